"""A large, realistic site on top of the demo, for benchmarks: thousands of events and news items.

Everything is drawn from a seeded random generator, so two databases loaded with the same sizes
get the same titles, dates and links. Texts are composed from the demo's own vocabulary (its
themes, partners, venues, festivals and body paragraphs), in Dutch and English.

Speed decides how the English is made. The demo translates each page through wagtail-localize
(``translate.translate``), about half a second a page: hours for 7,000 pages. Here each English
page is what that translation produces, built directly: the same model in the English locale,
with the Dutch page's ``translation_key``, under the English parent, linked to the English
themes, partners, venue and festival, with the same calendar UIDs. Visitors, the language
switcher, hreflang and the API see a translation like any other; only wagtail-localize's
segment records (an editor's translation workspace) are absent for these pages.

Pages are added with treebeard's ``add_child`` (its paths cannot be bulk-created safely for
multi-table page models) and get one published revision each, without the publish signals and
audit log entries that an editor's publish would add; the search index is updated per batch.
"""

import datetime
import random
import re
import uuid
from contextlib import contextmanager
from decimal import Decimal

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update

from stad.core.models import NewsIndexPage, NewsPage
from stad.events.models import (
    ACCESS_FEATURES,
    AUDIENCES,
    EventIndexPage,
    EventOccurrence,
    EventPage,
    FestivalPage,
    SpokenLanguage,
    Status,
    Venue,
)
from stad.programmes.models import Partner, ThemePage

from . import images
from .builder import HOME_SLUG, flag_fields, stream_body
from .content import events, news, themes
from .content.schema import T

SEED = 20231231
# Every scale page's slug ends in its number, e.g. "lezing-over-erfgoed-s00042".
SLUG_NUMBER = re.compile(r"-s\d{5}$")
# Pictures: a fixed pool, so warming renditions stays bounded however many pages there are.
PICTURE_POOL = 24
PICTURE_SHARE = 0.4
FESTIVAL_SHARE = 0.15
BATCH = 200

TOPICS = (
    T("biodiversiteit in de binnenstad", "biodiversity in the city centre"),
    T("het erfgoed van de Leidse grachten", "the heritage of Leiden's canals"),
    T("gezond ouder worden", "healthy ageing"),
    T("leren met de stad", "learning with the city"),
    T("energie besparen in oude huizen", "saving energy in old houses"),
    T("de collectie van Naturalis", "the Naturalis collection"),
    T("wetenschap voor kinderen", "science for children"),
    T("welzijn van studenten", "student wellbeing"),
    T("bijen en vlinders in Leiden", "bees and butterflies in Leiden"),
    T("het Bio Science Park", "the Bio Science Park"),
    T("archeologie onder de stad", "archaeology beneath the city"),
    T("vaccins en gezondheid", "vaccines and health"),
    T("de geschiedenis van de universiteit", "the history of the university"),
    T("groene daken en tuinen", "green roofs and gardens"),
    T("eenzaamheid in de wijk", "loneliness in the neighbourhood"),
    T("de Leidse molens", "the windmills of Leiden"),
    T("water en klimaat", "water and climate"),
    T("taal en lezen", "language and reading"),
    T("kunst en wetenschap", "art and science"),
    T("sterrenkunde in Leiden", "astronomy in Leiden"),
    T("het mbo en de arbeidsmarkt", "vocational education and work"),
    T("voeding en gezondheid", "food and health"),
    T("de Hortus botanicus", "the Hortus botanicus"),
    T("monumenten en duurzaamheid", "monuments and sustainability"),
)
EVENT_FORMATS = (
    T("Lezing: {nl}", "Lecture: {en}"),
    T("Science Café over {nl}", "Science Café on {en}"),
    T("Kenniscafé: {nl}", "Knowledge café: {en}"),
    T("Wandeling langs {nl}", "Walk: {en}"),
    T("Workshop {nl}", "Workshop: {en}"),
    T("Debat over {nl}", "Debate on {en}"),
    T("Open dag: {nl}", "Open day: {en}"),
    T("Familiemiddag over {nl}", "Family afternoon: {en}"),
)
EVENT_INTRODUCTIONS = (
    T(
        "Onderzoekers van {partner_nl} vertellen over {topic_nl}, met ruimte voor vragen.",
        "Researchers from {partner_en} talk about {topic_en}, with time for questions.",
    ),
    T(
        "Een middag over {topic_nl} voor iedereen die in Leiden woont, werkt of studeert.",
        "An afternoon on {topic_en} for everyone who lives, works or studies in Leiden.",
    ),
    T(
        "Samen met {partner_nl} ontdek je wat de stad weet over {topic_nl}.",
        "Together with {partner_en}, find out what the city knows about {topic_en}.",
    ),
)
NEWS_FORMATS = (
    T("{partner_nl} start onderzoek naar {topic_nl}", "{partner_en} starts research on {topic_en}"),
    T("Nieuwe samenwerking rond {topic_nl}", "New partnership on {topic_en}"),
    T("Subsidie voor project over {topic_nl}", "Funding for a project on {topic_en}"),
    T("Resultaten bekend: {topic_nl}", "Results published: {topic_en}"),
    T("Leidse scholen werken aan {topic_nl}", "Leiden schools work on {topic_en}"),
)
NEWS_INTRODUCTIONS = (
    T(
        "{partner_nl} en de gemeente Leiden maken werk van {topic_nl}.",
        "{partner_en} and the municipality of Leiden take up {topic_en}.",
    ),
    T(
        "Wat betekent {topic_nl} voor de stad? Een eerste overzicht.",
        "What does {topic_en} mean for the city? A first overview.",
    ),
)
HEADINGS = (
    T("Wat je kunt verwachten", "What to expect"),
    T("Waarom dit ertoe doet", "Why it matters"),
    T("Over de organisatoren", "About the organisers"),
    T("Achtergrond", "Background"),
)
START_TIMES = ((10, 0), (13, 30), (15, 0), (19, 30), (20, 0))


class ScaleContentExists(Exception):
    """The database already holds scale content; loading it again would double it."""


def demo_paragraphs():
    """Every paragraph of the demo's events and news, in both languages."""
    records = [item for festival in events.FESTIVALS for item in festival.events]
    records += list(events.STANDALONE_EVENTS) + list(news.NEWS)
    return [value for item in records for kind, value in item.body if kind == "paragraph"]


def in_english(body):
    """A scale body (headings and paragraphs) with its languages swapped, for ``stream_body``."""
    return [(kind, T(value.en, value.nl)) for kind, value in body]


def capitalised(text):
    return text[:1].upper() + text[1:]


@contextmanager
def search_index_by_batch(models):
    """Without indexing on every save of ``models`` (a page is saved three times as it is made)."""
    disconnected = [
        model for model in models if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)


class ScaleBuilder:
    """Adds ``events`` events and ``news`` news items, in Dutch and English, to the demo site."""

    MODELS = (EventPage, NewsPage)

    def __init__(self, events=5000, news=2000, today=None, seed=SEED, progress=None):
        self.event_count = events
        self.news_count = news
        self.today = today or timezone.localdate()
        self.random = random.Random(seed)
        self.progress = progress or (lambda message: None)
        self.dutch = Locale.objects.get(language_code="nl")
        self.english = Locale.objects.get(language_code="en")
        self.paragraphs = demo_paragraphs()
        self.now = timezone.now()
        self.unindexed = []

    def build(self):
        existing = Page.objects.filter(slug__regex=SLUG_NUMBER.pattern).count()
        if existing:
            raise ScaleContentExists(
                f"This database already holds {existing} scale pages; loading them again would "
                "double them. Load the scale content into a fresh database (with the demo)."
            )
        self.find_demo()
        with disable_reference_index_auto_update(), search_index_by_batch(self.MODELS):
            for model, count, add in (
                (EventPage, self.event_count, self.event),
                (NewsPage, self.news_count, self.news_item),
            ):
                for start in range(0, count, BATCH):
                    with transaction.atomic():
                        for number in range(start, min(start + BATCH, count)):
                            add(number)
                        self.index_batch(model)
                    self.progress(f"{min(start + BATCH, count)} {model.__name__} pairs")
        return self.event_count, self.news_count

    def index_batch(self, model):
        """Index the pages of a batch in one call per search backend, not three times each."""
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, self.unindexed)
        self.unindexed = []

    def find_demo(self):
        """The demo's Dutch pages and snippets the scale content hangs from and links to."""
        home = Page.objects.filter(slug=HOME_SLUG, locale=self.dutch).first()
        if home is None:
            raise LookupError("Load the demo first (manage.py load_demo_content).")
        self.agenda = EventIndexPage.objects.child_of(home).get()
        self.news_index = NewsIndexPage.objects.child_of(home).get()
        self.festivals = list(FestivalPage.objects.child_of(self.agenda).order_by("path"))
        theme_keys = {item.slug.nl: item.key for item in themes.THEMES}
        self.themes = [
            (theme_keys.get(theme.slug, "default"), theme)
            for theme in ThemePage.objects.filter(locale=self.dutch).order_by("path")
        ]
        self.partners = self.bilingual(Partner)
        self.venues = self.bilingual(Venue)
        self.english_parents = {}
        self.pictures = [
            images.get_or_create_image(
                f"scale-{number:02d}",
                f"Schaal {number:02d}",
                self.themes[number % len(self.themes)][0],
            )
            for number in range(PICTURE_POOL)
        ]

    def bilingual(self, model):
        """The live Dutch snippets of ``model`` that have an English side, which the English
        scale pages link to. A partner's agenda that the demo imports adds a draft venue in
        review, in Dutch only: it is left out, as it is from what visitors see."""
        english = model.objects.filter(locale=self.english).values("translation_key")
        return list(
            model.objects.filter(
                locale=self.dutch, live=True, translation_key__in=english
            ).order_by("pk")
        )

    def in_english_locale(self, instance):
        """The English translation of a demo page or snippet (cached: they are few)."""
        key = (type(instance), instance.pk)
        if key not in self.english_parents:
            self.english_parents[key] = instance.get_translation(self.english)
        return self.english_parents[key]

    # Text --------------------------------------------------------------------------------------

    def texts(self, formats, introductions, partner):
        topic = self.random.choice(TOPICS)
        names = {
            "nl": topic.nl,
            "en": topic.en,
            "topic_nl": topic.nl,
            "topic_en": topic.en,
            "partner_nl": partner.name,
            "partner_en": self.in_english_locale(partner).name,
        }
        title_format = self.random.choice(formats)
        title = T(
            capitalised(title_format.nl.format(**names)),
            capitalised(title_format.en.format(**names)),
        )
        introduction_format = self.random.choice(introductions)
        introduction = T(
            introduction_format.nl.format(**names), introduction_format.en.format(**names)
        )
        body = [("heading", self.random.choice(HEADINGS))]
        body += [("paragraph", text) for text in self.random.sample(self.paragraphs, 3)]
        return title, introduction, body

    def new_uuid(self):
        """A random UUID from the seeded generator, so reloads give the same calendar UIDs."""
        return uuid.UUID(int=self.random.getrandbits(128), version=4)

    def picture(self, palette):
        if self.random.random() >= PICTURE_SHARE:
            return {}
        alt = images.alt_text(palette)
        return {"image": self.random.choice(self.pictures), "alt": alt}

    # Pages -------------------------------------------------------------------------------------

    def publish_pair(self, parent, model, number, title, introduction, body, picture, **fields):
        """The Dutch page and its English translation, each live with one published revision.

        ``fields`` are the same in both languages, except page and snippet links given as
        ``(relation, field, [Dutch objects])`` under ``links``.
        """
        links = fields.pop("links", [])
        occurrences = fields.pop("occurrences", [])
        pages = []
        for locale, language in ((self.dutch, "nl"), (self.english, "en")):
            english = language == "en"
            text = (lambda value: value.en) if english else (lambda value: value.nl)  # noqa: E731
            translated = self.in_english_locale if english else (lambda instance: instance)
            page = model(
                title=text(title),
                slug=f"{slugify(text(title))[:60].strip('-')}-s{number:05d}",
                introduction=text(introduction),
                body=stream_body(in_english(body) if english else body),
                locale=locale,
                translation_key=pages[0].translation_key if pages else self.new_uuid(),
                listing_image=picture.get("image"),
                listing_image_alt=text(picture["alt"]) if picture else "",
                live=True,
                **{
                    name: translated(value) if isinstance(value, Page | Venue) else value
                    for name, value in fields.items()
                },
            )
            for relation, field, targets in links:
                link_model = model._meta.get_field(relation).related_model
                setattr(
                    page,
                    relation,
                    [link_model(**{field: translated(target)}) for target in targets],
                )
            if occurrences:
                page.occurrences = [EventOccurrence(**values) for values in occurrences]
            page.first_published_at = page.last_published_at = self.now
            translated(parent).add_child(instance=page)
            # What publishing leaves behind (a live revision), without its signals and log.
            revision = page.save_revision(changed=False, clean=False)
            Page.objects.filter(pk=page.pk).update(live_revision=revision)
            self.unindexed.append(page)
            pages.append(page)
        return pages

    def subject(self, formats, introductions):
        """What every page of the set draws first: a theme (with its pictures' palette), one or
        two partners, and a title, introduction and body about them. Returns the palette, the
        theme and partner links, and the three texts."""
        choose = self.random
        palette, theme = choose.choice(self.themes)
        partners = choose.sample(self.partners, choose.randint(1, 2))
        texts = self.texts(formats, introductions, partners[0])
        links = [("theme_links", "theme", [theme]), ("partner_links", "partner", partners)]
        return palette, links, texts

    def event(self, number):
        choose = self.random
        palette, links, texts = self.subject(EVENT_FORMATS, EVENT_INTRODUCTIONS)
        on_site = choose.random() < 0.85
        venue = choose.choice(self.venues) if on_site else None
        parent = self.agenda
        if self.festivals and choose.random() < FESTIVAL_SHARE:
            parent = choose.choice(self.festivals)
        price = None if choose.random() < 0.6 else Decimal(choose.choice(("5", "7.50", "12.50")))
        audiences = choose.sample([flag.slug for flag in AUDIENCES], choose.randint(1, 2))
        access = choose.sample([flag.slug for flag in ACCESS_FEATURES], choose.randint(0, 2))
        self.publish_pair(
            parent,
            EventPage,
            number,
            *texts,
            self.picture(palette),
            occurrences=self.occurrences(),
            venue=venue,
            online_url="" if on_site and choose.random() < 0.8 else "https://example.org/live",
            spoken_language=choose.choice(list(SpokenLanguage)).value,
            is_free=price is None,
            price=price,
            registration_required=choose.random() < 0.3,
            links=links,
            **flag_fields(AUDIENCES, audiences),
            **flag_fields(ACCESS_FEATURES, access),
        )

    def occurrences(self):
        """One to four dates between four months ago and six months ahead, one hour to a day."""
        choose = self.random
        first_day = self.today + datetime.timedelta(days=choose.randint(-120, 180))
        uid = self.new_uuid()
        dates = []
        for session in range(choose.choice((1, 1, 2, 3, 4))):
            hour, minute = choose.choice(START_TIMES)
            day = first_day + datetime.timedelta(weeks=session)
            start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
            status = choose.choices(
                [Status.SCHEDULED, Status.SOLD_OUT, Status.CANCELLED], weights=(90, 6, 4)
            )[0]
            dates.append(
                {
                    "start": start,
                    "end": start + datetime.timedelta(minutes=choose.choice((60, 90, 120))),
                    "status": status,
                    "uid": uuid.UUID(int=(uid.int + session) % 2**128),
                }
            )
        return dates

    def news_item(self, number):
        palette, links, texts = self.subject(NEWS_FORMATS, NEWS_INTRODUCTIONS)
        self.publish_pair(
            self.news_index,
            NewsPage,
            number,
            *texts,
            self.picture(palette),
            date=self.today - datetime.timedelta(days=self.random.randint(0, 3 * 365)),
            links=links,
        )
