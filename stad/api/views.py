"""The endpoints of the public, read-only API: Wagtail's, made safe to hand to partners.

Pages come from Wagtail's own query for anonymous visitors (live pages only, no page behind a
password, a login or a group restriction, nor anything under one); images and documents leave
out restricted collections and list only files that live public content uses
(``published_files``). Answers are the same with or without a session. Every answer may be
fetched from any website (no credentials are involved), so partners can embed the agenda with a
few lines of JavaScript.
"""

from django.http import Http404, JsonResponse
from rest_framework.exceptions import Throttled
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale, Site

from stad.api.events import prepare_for_api, with_api_relations
from stad.api.filters import CheckedFieldsFilter, UpcomingEventsFilter
from stad.api.images import PublicImageSerializer, with_download_renditions
from stad.api.pagination import BoundedPagination
from stad.api.published_files import listed
from stad.api.search import SafeSearchFilter
from stad.api.throttling import ClientRateThrottle
from stad.core.rate_limits import mark_refused
from stad.events.models import EventPage

CORS = {"Access-Control-Allow-Origin": "*"}


SAFER = {FieldsFilter: CheckedFieldsFilter, SearchFilter: SafeSearchFilter}


def checked(filter_backends):
    return [SAFER.get(backend, backend) for backend in filter_backends]


def is_database_id(value):
    # Not str.isdigit() alone: it accepts "²", which int() refuses.
    return value.isascii() and value.isdigit()


class PublicEndpoint:
    """Public, anonymous, read-only data: any site may read it from a browser."""

    pagination_class = BoundedPagination
    # The same answer for everyone: no sign-in counts (an editor's session would otherwise let
    # restricted pages and collections into the answers, which a shared cache could keep) ...
    authentication_classes = ()
    permission_classes = (AllowAny,)
    throttle_classes = (ClientRateThrottle,)

    def initialize_request(self, request, *args, **kwargs):
        request = super().initialize_request(request, *args, **kwargs)
        # ... and no page or collection password entered earlier in this browser either. The
        # site's own session is left as it is (Wagtail's checks read it through this request).
        request.session = {}
        return request

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # PostgreSQL refuses text with a NUL byte (a 500 from any filter that reaches it).
        if any("\x00" in value for _name, values in request.GET.lists() for value in values):
            raise BadRequestError("query parameters may not contain NUL characters")

    def find_object(self, queryset, request):
        if "id" in request.GET and not is_database_id(request.GET["id"]):
            raise BadRequestError("id must be a positive integer")
        return super().find_object(queryset, request)

    def handle_exception(self, exc):
        if isinstance(exc, Throttled):
            # The API's own error shape, not DRF's {"detail": ...} in the browser's language.
            message = f"too many requests from your address; try again in {exc.wait} seconds"
            return mark_refused(Response({"message": message}), exc.wait)
        response = super().handle_exception(exc)
        if response.status_code == 404 and not response.data.get("message"):
            response.data = {"message": "not found"}  # e.g. ?format= other than json
        return response

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        for name, value in CORS.items():
            response[name] = value
        if response.status_code == 429:
            # So that a partner's script on another site may read when to ask again.
            response["Access-Control-Expose-Headers"] = "Retry-After"
        return response


class PublicPagesAPIViewSet(PublicEndpoint, PagesAPIViewSet):
    filter_backends = checked(PagesAPIViewSet.filter_backends)
    # Before the search filter, whose results cannot be filtered further.
    filter_backends.insert(filter_backends.index(SafeSearchFilter), UpcomingEventsFilter)
    known_query_parameters = PagesAPIViewSet.known_query_parameters | {"upcoming"}

    def get_queryset(self):
        # Every listing shows each page's language: fetch it with the pages.
        queryset = super().get_queryset().select_related("locale")
        if issubclass(queryset.model, EventPage):
            queryset = with_download_renditions(with_api_relations(queryset), "listing_image")
        elif any(field.name == "listing_image" for field in queryset.model._meta.fields):
            queryset = queryset.select_related("listing_image")
        return queryset

    def find_object(self, queryset, request):
        """``find/?html_path=/en/events/...``: the page at a public address, language prefix
        included (Wagtail's own lookup only walks the Dutch tree, without the prefix)."""
        if "html_path" not in request.GET:
            return super().find_object(queryset, request)
        page = page_at(request, request.GET["html_path"])
        if page is not None and queryset.filter(pk=page.pk).exists():
            return page
        return None

    def paginate_queryset(self, queryset):
        items = super().paginate_queryset(queryset)
        if issubclass(queryset.model, EventPage):
            return prepare_for_api(items)
        return items

    def get_object(self):
        page = super().get_object()
        if isinstance(page, EventPage):
            prepare_for_api([page])
        return page


def not_found(request, *args, **kwargs):
    """Any other address under /api/: a JSON 404 rather than a redirect into the pages."""
    return JsonResponse({"message": "not found"}, status=404, headers=CORS)


def page_at(request, address):
    components = [component for component in address.split("/") if component]
    site = Site.find_for_request(request)
    locale = Locale.objects.filter(language_code=components[0]).first() if components else None
    if site is None or locale is None:
        return None
    home = site.root_page.get_translation_or_none(locale)
    if home is None:
        return None
    try:
        page, _args, _kwargs = home.specific.route(request, components[1:])
    except Http404:
        return None
    return page


class PublicImagesAPIViewSet(PublicEndpoint, ImagesAPIViewSet):
    filter_backends = checked(ImagesAPIViewSet.filter_backends)
    # Also the serializer of pictures nested in pages (an event's listing_image).
    base_serializer_class = PublicImageSerializer

    def get_queryset(self):
        return with_download_renditions(listed(super().get_queryset()).prefetch_related("tags"))


class PublicDocumentsAPIViewSet(PublicEndpoint, DocumentsAPIViewSet):
    filter_backends = checked(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        return listed(super().get_queryset()).prefetch_related("tags")
