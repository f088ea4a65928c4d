"""The admin's second step: give a code, or set up an authenticator app (enrolment)."""

from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from stad.accounts.enrolment_qr import enrolment_qr_svg, readable_key
from stad.accounts.forms import CodeForm
from stad.accounts.sign_in_log import log_failed_second_factor


def next_url(request):
    """Where the editor was going before the second step; the dashboard if that is unsafe."""
    url = request.POST.get(REDIRECT_FIELD_NAME) or request.GET.get(REDIRECT_FIELD_NAME, "")
    if url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return reverse("wagtailadmin_home")


def check_code(request, device, form):
    """True if the code is right; otherwise the form says why. A wrong code is logged and
    counted on the device (django-otp's throttling makes each next try wait longer)."""
    allowed, _details = device.verify_is_allowed()
    if not allowed:
        form.add_error("code", _("Too many wrong codes. Wait a minute, then try the newest code."))
        return False
    if device.verify_token(form.cleaned_data["code"]):
        return True
    log_failed_second_factor(request, request.user)
    form.add_error("code", _("This code is not right. Try the newest code that your app shows."))
    return False


def verify(request):
    """After the password: the code from the editor's authenticator app."""
    device = TOTPDevice.objects.devices_for_user(request.user, confirmed=True).first()
    if device is None:
        return redirect_to_login(next_url(request), reverse("accounts_second_factor_enrol"))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and check_code(request, device, form):
        otp_login(request, device)
        return redirect(next_url(request))
    return TemplateResponse(
        request, "accounts/second_factor.html", {"form": form, "next": next_url(request)}
    )


def enrol(request):
    """Set up an authenticator app: scan the QR code, then confirm with a first code.

    The new app replaces an earlier one only once its first code is right, so a half-finished
    enrolment never locks the editor out.
    """
    if user_has_device(request.user, confirmed=True) and not request.user.is_verified():
        # Replacing an app needs a code from the current one first.
        return redirect_to_login(next_url(request), reverse("accounts_second_factor"))
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "authenticator"}
    )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and check_code(request, device, form):
        TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        otp_login(request, device)
        return redirect(next_url(request))
    return TemplateResponse(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "next": next_url(request),
            "qr_svg": enrolment_qr_svg(device),
            "readable_key": readable_key(device),
        },
    )
