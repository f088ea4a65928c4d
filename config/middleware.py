"""Django's LocaleMiddleware, minus one redirect for addresses outside the language tree."""

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
