"""The demo's agenda source: a partner's calendar that the site itself serves
(``static/demo/partner-agenda.ics``), so the admin shows imported events awaiting review.

``load_demo_content`` imports the file straight from disk: the development server may not be
running yet when the demo loads. Later imports (``make scheduler``, ``manage.py import_events``)
fetch the same file through the site's own address, which development settings allow.
"""

from django.conf import settings
from django.test.utils import override_settings
from django.utils import translation
from wagtail.models import Locale

from stad.events.sources.importer import import_source
from stad.events.sources.models import EventSource
from stad.programmes.models import Partner, ThemePage

FEED = settings.BASE_DIR / "static" / "demo" / "partner-agenda.ics"
NAME = "Universiteit Leiden, publieksagenda (demo)"
PARTNER = "Universiteit Leiden"


def load_demo_source():
    """Create the demo source once and import its feed; returns a line for the output."""
    dutch = Locale.get_default()
    source = EventSource.objects.filter(name=NAME).first()
    if source is None:
        partner = Partner.objects.filter(locale=dutch, name=PARTNER).first()
        if partner is None:  # removed from this database: the rest of the demo stands
            return f"Agenda source '{NAME}' left out: there is no partner '{PARTNER}'."
        source = EventSource.objects.create(
            name=NAME,
            partner=partner,
            feed_url=settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + settings.STATIC_URL
            + "demo/partner-agenda.ics",
            for_general_public=True,
            for_students=True,
        )
        source.themes.set(ThemePage.objects.filter(locale=dutch).order_by("path")[:1])
    # The demo's reviewers are not mailed about the demo's own drafts: in development each mail
    # would be printed into `make run`'s output, between the sign-in lines and the server.
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        result = import_source(source, content=FEED.read_bytes())
    with translation.override(settings.LANGUAGE_CODE):
        return f"Agenda source '{NAME}': {result.summary()}"
