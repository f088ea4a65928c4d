"""Django's LocaleMiddleware, minus one redirect for addresses outside the language tree; the
security headers django-csp and Django do not set the way this site needs."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(DjangoLocaleMiddleware):
    """On a 404 for an address without /nl/ or /en/, Django tries the same address with the
    visitor's language in front and redirects there if any view would take it. Wagtail's pages
    take every address, so a 404 from a view that exists without a prefix (the API, a document)
    would turn into a redirect to a page that is not there either. Here only addresses that
    matched no view at all (``/``, ``/agenda/``) are redirected."""

    def process_response(self, request, response):
        answered_by_a_view = getattr(request, "resolver_match", None) is not None
        if (
            response.status_code == 404
            and answered_by_a_view
            and not translation.get_language_from_path(request.path_info)
        ):
            # What Django does for such a response after deciding not to redirect.
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ``ADMIN_CONTENT_SECURITY_POLICY`` for the Wagtail admin
    instead of the public ``CONTENT_SECURITY_POLICY`` (the settings say why the admin needs its
    own). A view that sets a policy with django-csp's decorators still has the last word."""

    @staticmethod
    def is_admin(request):
        # Wagtail renders previews (the editor's preview panel, moderation) by sending a dummy
        # request for the page's public address through the whole middleware chain; the
        # preview runs the admin's accessibility checker, so it gets the admin's policy.
        return request.path_info.startswith(settings.ADMIN_URL_PREFIX) or getattr(
            request, "is_dummy", False
        )

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and self.is_admin(request):
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts


def permissions_policy_header(policy):
    """``{"camera": [], "fullscreen": ["self"]}`` as ``camera=(), fullscreen=(self)``."""
    return ", ".join(f"{feature}=({' '.join(allowed)})" for feature, allowed in policy.items())


class PermissionsPolicyMiddleware:
    """Adds the ``Permissions-Policy`` header of ``PERMISSIONS_POLICY`` to every response that
    has none (Django has no setting for it)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
