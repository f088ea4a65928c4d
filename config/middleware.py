"""Django's LocaleMiddleware, minus one redirect for addresses outside the language tree; the
security headers django-csp and Django do not set the way this site needs."""

from csp.constants import HEADER
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy, default_config
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

    # Set on a response by django-csp's decorators (``@csp_update``, ``@csp_exempt``, ...): the
    # view wants a policy of its own, which django-csp's own path builds.
    VIEW_POLICY_ATTRIBUTES = tuple(
        f"_csp_{what}{suffix}"
        for what in ("config", "update", "replace", "exempt")
        for suffix in ("", "_ro")
    )

    def __init__(self, get_response):
        super().__init__(get_response)
        self._built = {}

    def process_response(self, request, response):
        """The same header as django-csp's, without building it anew for every response.

        django-csp turns the settings into the header text twice per response (enforced and
        report-only), copying every directive: a third of the CPU of a page served from the
        page cache. With no nonce, no view of its own policy, no report-only policy and no
        excluded addresses, the text depends only on the settings and the admin/public split.
        """
        if not self.is_plain(request, response):
            return super().process_response(request, response)
        policy = self.plain_policy(request)
        if policy:
            response.headers.setdefault(HEADER, policy)
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

    def is_plain(self, request, response):
        public = getattr(settings, "CONTENT_SECURITY_POLICY", None) or {}
        return not (
            getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in self.VIEW_POLICY_ATTRIBUTES)
            or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
            or public.get("EXCLUDE_URL_PREFIXES")
            or (settings.DEBUG and response.status_code in (404, 500))
        )

    def plain_policy(self, request):
        admin = self.is_admin(request)
        policy = (
            settings.ADMIN_CONTENT_SECURITY_POLICY
            if admin
            else getattr(settings, "CONTENT_SECURITY_POLICY", None)
        )
        # Kept with the settings object it was built from: a changed setting (a test's
        # override) is built again.
        source, text = self._built.get(admin, (None, None))
        if source is not policy:
            config = default_config(policy.get("DIRECTIVES", {})) if policy else None
            text = build_policy(config=config) if config is not None else ""
            self._built[admin] = (policy, text)
        return text

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
