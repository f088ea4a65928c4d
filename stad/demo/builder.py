"""Build the demo site: the Dutch tree from ``demo/content``, then its English translation.

Every step looks for what it would create first (pages by slug under their parent, snippets by
name, images by title), so running the builder again changes nothing.
"""

import datetime
from dataclasses import dataclass
from decimal import Decimal
from html import escape
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update

from stad.core.models import HomePage, NewsIndexPage, NewsPage, SiteChrome, StandardPage
from stad.events.models import (
    ACCESS_FEATURES,
    AUDIENCES,
    VENUE_FEATURES,
    AccessibilitySource,
    EventIndexPage,
    EventOccurrence,
    EventPage,
    FestivalPage,
    Venue,
)
from stad.events.models.occurrence import whole_days
from stad.programmes.models import (
    NetworkPage,
    Partner,
    ProgrammeIndexPage,
    ProgrammePage,
    ThemeIndexPage,
    ThemePage,
)
from stad.search.models import SynonymGroup

from . import images
from .content import chrome, events, news, pages, partners, programmes, synonyms, themes, venues
from .content.schema import T
from .translate import english_by_dutch, translate

CONTENT_MODULES = (pages, partners, venues, themes, programmes, events, news, chrome)
HOME_SLUG = "home-nl"


def flag_fields(flags, slugs):
    """The yes/no field of every flag in ``flags``: True for those whose slug is listed."""
    unknown = set(slugs) - {flag.slug for flag in flags}
    if unknown:
        raise ValueError(f"Unknown demo audiences or features: {sorted(unknown)}")
    return {flag.field: flag.slug in slugs for flag in flags}


class OutdatedDemo(Exception):
    """The database holds demo pages the current content no longer fits."""


def stream_body(body):
    """Demo body blocks as StreamField data in Dutch."""
    stream = []
    for block_type, value in body:
        if block_type == "heading":
            stream.append(("heading", value.nl))
        elif block_type == "paragraph":
            stream.append(("paragraph", RichText(f"<p>{escape(value.nl)}</p>")))
        elif block_type == "quote":
            stream.append(("quote", {"text": value.text.nl, "attribution": value.attribution.nl}))
        elif block_type == "key_figures":
            figures = [{"figure": item.figure, "label": item.label.nl} for item in value]
            stream.append(("key_figures", figures))
        else:
            raise ValueError(f"Unknown demo block type {block_type!r}")
    return stream


class DemoBuilder:
    def __init__(self, today=None):
        self.today = today or timezone.localdate()
        # Dates that must fall in the agenda's "this weekend" count from here (today on a Sunday).
        self.coming_sunday = self.today + datetime.timedelta(days=6 - self.today.weekday())
        self.created = 0
        self.dutch = Locale.objects.get(language_code="nl")
        self.english = Locale.objects.get(language_code="en")
        # The content record each Dutch object was built from, to translate it with.
        self.records = {}
        # Dutch pages left untranslated on purpose.
        self.untranslated = set()

    def build(self):
        # Wagtail refreshes its reference index after every save, ten times over for a page with
        # translations; build with that switched off, then index each finished object once.
        with transaction.atomic(), disable_reference_index_auto_update():
            created = self.build_all()
        for instance in self.records:
            for version in (instance, instance.get_translation_or_none(self.english)):
                if version is not None and ReferenceIndex.is_indexed(type(version)):
                    ReferenceIndex.create_or_update_for_object(version)
        return created

    def build_all(self):
        home = self.home_page()
        self.partners = {
            item.key: self.snippet(Partner, item, self.partner_fields) for item in partners.PARTNERS
        }
        self.venues = {
            item.key: self.snippet(Venue, item, self.venue_fields) for item in venues.VENUES
        }
        self.theme_pages = self.build_themes(home)
        self.build_programmes(home)
        self.build_agenda(home)
        self.build_news(home)
        standard_pages = {
            item.key: self.page(
                home,
                StandardPage,
                item,
                body=stream_body(item.body),
                show_in_menus=item.key == "about",
            )
            for item in pages.STANDARD_PAGES
        }
        self.translate_everything()
        # After the pages: the footer links to them, and its translation links to theirs.
        self.build_chrome(standard_pages)
        self.build_synonyms()
        return self.created

    # Dutch content -----------------------------------------------------------------------------

    def home_page(self):
        root = Page.get_first_root_node()
        content = pages.HOME
        home = HomePage.objects.filter(locale=self.dutch).first()
        if home is None:
            home = HomePage(
                title=content["title"].nl,
                slug=HOME_SLUG,
                introduction=content["introduction"].nl,
                body=stream_body(content["body"]),
                locale=self.dutch,
            )
            root.add_child(instance=home)
            home.save_revision().publish()
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        if site.root_page_id != home.pk:
            placeholder = site.root_page if site.pk else None
            # Absolute links (hreflang, feeds) use the site's address: the one the admin uses.
            address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            site.hostname = address.hostname or "localhost"
            site.port = address.port or (443 if address.scheme == "https" else 80)
            site.site_name = "Stad van ontdekkingen"
            site.root_page = home
            site.save()
            # Wagtail's "Welcome to your new Wagtail site!" page has served its purpose.
            if placeholder and type(placeholder.specific) is Page:
                placeholder.delete()
        # The two home pages are siblings under the root, so their slugs must differ; the
        # slug of a site's root page never shows in a URL.
        self.records[home] = [content, T(HOME_SLUG, "home-en")]
        return home

    def page(self, parent, model, item, palette="default", illustrated=True, **fields):
        """The Dutch page for ``item`` under ``parent``: found by slug, or created and published.

        An illustrated page gets a generated picture whose alt text is translated with it.
        """
        alt = images.alt_text(palette) if illustrated else None
        page = model.objects.child_of(parent).filter(slug=item.slug.nl).first()
        if page is None and Page.objects.child_of(parent).filter(slug=item.slug.nl).exists():
            raise OutdatedDemo(
                f"“{parent.url_path}{item.slug.nl}/” is a page of another type, left by an older "
                "version of the demo. Load the demo into an empty database (make clean, then "
                "make run)."
            )
        if page is None:
            page = model(
                title=item.title.nl,
                slug=item.slug.nl,
                introduction=item.introduction.nl,
                listing_image=self.illustration(model, item, palette) if alt else None,
                listing_image_alt=alt.nl if alt else "",
                **fields,
            )
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
        self.records[page] = [item, alt]
        return page

    @staticmethod
    def illustration(model, item, palette):
        key = f"{model._meta.model_name}-{item.slug.nl}"
        return images.get_or_create_image(key, item.title.nl, palette)

    def index_page(self, home, model, key):
        content = pages.INDEXES[key]
        record = _IndexRecord(content["slug"], content["title"], content["introduction"])
        return self.page(home, model, record, illustrated=False, show_in_menus=True)

    def snippet(self, model, item, fields_for):
        snippet = model.objects.filter(locale=self.dutch, name=item.name.nl).first()
        if snippet is None:
            snippet = model.objects.create(locale=self.dutch, **fields_for(item))
            self.created += 1
        self.records[snippet] = item
        return snippet

    @staticmethod
    def partner_fields(item):
        return {"name": item.name.nl, "description": item.description.nl, "website": item.website}

    @staticmethod
    def venue_fields(item):
        return {
            "name": item.name.nl,
            "street": item.street,
            "postcode": item.postcode,
            "city": item.city,
            "latitude": Decimal(f"{item.latitude:.6f}"),
            "longitude": Decimal(f"{item.longitude:.6f}"),
            "accessibility": item.accessibility.nl,
            **flag_fields(VENUE_FEATURES, item.access),
        }

    def links(self, model, item):
        """Theme and partner links for a new ``model`` page, as child objects saved with it.

        The link model of each relation is read off the page model, so no call names it.
        """
        wanted = {
            "theme_links": ("theme", self.theme_pages, getattr(item, "themes", [])),
            "partner_links": ("partner", self.partners, item.partners),
        }
        links = {}
        for relation, (field, known, keys) in wanted.items():
            if keys:
                link_model = model._meta.get_field(relation).related_model
                links[relation] = [link_model(**{field: known[key]}) for key in keys]
        return links

    def build_themes(self, home):
        index = self.index_page(home, ThemeIndexPage, "themes")
        return {
            item.key: self.page(
                index, ThemePage, item, palette=item.key, body=stream_body(item.body)
            )
            for item in themes.THEMES
        }

    def build_programmes(self, home):
        index = self.index_page(home, ProgrammeIndexPage, "programmes")
        for records, model in (
            (programmes.FLAGSHIPS, ProgrammePage),
            (programmes.NETWORKS, NetworkPage),
        ):
            for item in records:
                self.page(
                    index,
                    model,
                    item,
                    palette=item.themes[0],
                    body=stream_body(item.body),
                    website=item.website,
                    **self.links(model, item),
                )

    def build_agenda(self, home):
        agenda = self.index_page(home, EventIndexPage, "agenda")
        for festival_item in events.FESTIVALS:
            first_day = self.today + datetime.timedelta(days=festival_item.days_from_today)
            festival = self.page(
                agenda,
                FestivalPage,
                festival_item,
                body=stream_body(festival_item.body),
                start_date=first_day,
                end_date=first_day + datetime.timedelta(days=festival_item.length_days - 1),
                **self.links(FestivalPage, festival_item),
            )
            for item in festival_item.events:
                self.event(festival, item)
        for item in events.STANDALONE_EVENTS:
            self.event(agenda, item)

    def event(self, parent, item):
        venue = self.venues[item.venue] if item.venue else None
        self.page(
            parent,
            EventPage,
            item,
            palette=item.themes[0],
            body=stream_body(item.body),
            occurrences=[self.occurrence(when) for when in item.dates],
            venue=venue,
            accessibility_source=self.accessibility_source(item, venue),
            online_url=item.online_url,
            spoken_language=item.spoken_language,
            is_free=not item.price,
            price=Decimal(item.price) if item.price else None,
            price_note=item.price_note.nl if item.price_note else "",
            ticket_url=item.ticket_url,
            registration_required=item.registration_required,
            **flag_fields(AUDIENCES, item.audiences),
            **flag_fields(ACCESS_FEATURES, item.access),
            **self.links(EventPage, item),
        )

    @staticmethod
    def accessibility_source(item, venue):
        """As an editor would set it: an event follows its venue where its ticks for the
        venue's features say the same, and says it differs where they do not."""
        if venue is None:
            return AccessibilitySource.EVENT
        ticked = {flag.slug for flag in VENUE_FEATURES if flag.slug in item.access}
        has = {flag.slug for flag in venue.access_features}
        return AccessibilitySource.VENUE if ticked == has else AccessibilitySource.EVENT

    def occurrence(self, when):
        """The ``EventOccurrence`` for a demo ``When``, in Dutch time; saved with its page."""
        if when.days_from_sunday is None:
            anchor, days = self.today, when.days_from_today
        else:
            anchor, days = self.coming_sunday, when.days_from_sunday
        hour, minute = (int(part) for part in when.start_time.split(":"))

        def moment(offset):
            day = anchor + datetime.timedelta(days=offset)
            return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))

        start = moment(days)
        if when.all_day:
            start, end = whole_days(start, start)
        else:
            end = start + datetime.timedelta(minutes=when.duration_minutes)
        moved_from = None if when.moved_from_days is None else moment(when.moved_from_days)
        return EventOccurrence(
            start=start,
            end=end,
            all_day=when.all_day,
            status=when.status,
            previous_start=moved_from,
        )

    def build_news(self, home):
        index = self.index_page(home, NewsIndexPage, "news")
        for item in news.NEWS:
            self.news_page(index, item)
        self.untranslated.add(self.news_page(index, news.UNTRANSLATED_NEWS))

    def news_page(self, index, item):
        return self.page(
            index,
            NewsPage,
            item,
            palette=item.themes[0],
            body=stream_body(item.body),
            date=datetime.date.fromisoformat(item.date),
            **self.links(NewsPage, item),
        )

    # English translation ---------------------------------------------------------------------

    def translate_everything(self):
        """Translate snippets first (pages refer to them), then pages from the top down."""
        snippets = [item for item in self.records if not isinstance(item, Page)]
        built_pages = sorted((item for item in self.records if isinstance(item, Page)), key=_path)
        for instance in snippets + built_pages:
            existing = instance.get_translation_or_none(self.english)
            if instance in self.untranslated:
                if existing is None:
                    # What wagtail-localize's tree synchronisation gives a new Dutch page: an
                    # alias in the English tree, which stays Dutch until someone translates it.
                    instance.copy_for_translation(self.english, copy_parents=True, alias=True)
                    self.created += 1
                continue
            if existing is not None and not getattr(existing, "alias_of_id", None):
                continue
            translate(instance, self.english, english_by_dutch(self.records[instance]))
            self.created += 1

    def build_chrome(self, standard_pages):
        """The published header and footer in Dutch, then its English translation."""
        content = chrome.CHROME
        site_chrome = SiteChrome.objects.filter(locale=self.dutch).first()
        if site_chrome is None:
            site_chrome = SiteChrome(
                locale=self.dutch,
                site_name=content.site_name.nl,
                tagline=content.tagline.nl,
                footer_text=content.footer_text.nl,
                footer_links=[
                    ("link", {"text": "", "page": standard_pages[link.page], "url": ""})
                    for link in content.footer_links
                ],
                contact_email=content.contact_email,
                contact_phone=content.contact_phone,
                contact_address=content.contact_address.nl if content.contact_address else "",
                social_links=[
                    ("social", {"text": link.text.nl, "url": link.url})
                    for link in content.social_links
                ],
            )
            site_chrome.save()
            site_chrome.save_revision().publish()
            self.created += 1
        self.records[site_chrome] = content
        if site_chrome.get_translation_or_none(self.english) is None:
            translate(site_chrome, self.english, english_by_dutch(content))
            self.created += 1
        return site_chrome

    def build_synonyms(self):
        """Editors' search synonyms; a group is left alone once any of its words is in use."""
        in_use = {
            term.lower() for group in SynonymGroup.objects.all() for term in group.term_list()
        }
        for terms in synonyms.SYNONYMS:
            if not in_use.intersection(term.lower() for term in terms):
                SynonymGroup.objects.create(terms=", ".join(terms))
                self.created += 1


def _path(page):
    return page.path


@dataclass(frozen=True)
class _IndexRecord:
    """The fields ``DemoBuilder.page`` reads, for an index page."""

    slug: T
    title: T
    introduction: T
