"""Factories per page type and snippet. They build pages under a parent you pass in and never
touch the site root or other global state."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from stad.core.models import HomePage, NewsIndexPage, NewsPage, SiteChrome, StandardPage
from stad.events.models import EventIndexPage, EventOccurrence, EventPage, FestivalPage, Venue
from stad.programmes.models import (
    NetworkPage,
    Partner,
    ProgrammeIndexPage,
    ProgrammePage,
    ThemeIndexPage,
    ThemePage,
)

# The names of every page type, in tree order; tests run once per type.
PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "NewsIndexPage",
    "NewsPage",
    "ProgrammeIndexPage",
    "ProgrammePage",
    "NetworkPage",
    "ThemeIndexPage",
    "ThemePage",
    "EventIndexPage",
    "FestivalPage",
    "EventPage",
]


def dutch():
    return Locale.objects.get(language_code="nl")


class PartnerFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Kennispartner {n}")
    description = "Een organisatie die meedoet."
    website = "https://example.org/"
    locale = factory.LazyFunction(dutch)

    class Meta:
        model = Partner


class VenueFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Zaal {n}")
    street = "Breestraat 1"
    postcode = "2311 CS"
    city = "Leiden"
    accessibility = "Drempelvrije ingang."
    locale = factory.LazyFunction(dutch)

    class Meta:
        model = Venue


class BasePageFactory(wagtail_factories.PageFactory):
    introduction = factory.LazyAttribute(lambda page: f"Inleiding bij {page.title}.")

    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Stad van ontdekkingen"

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Over ons {n}")

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(BasePageFactory):
    title = "Nieuws"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Erfgoed Deal toegekend {n}")
    date = datetime.date(2023, 6, 1)

    class Meta:
        model = NewsPage


class ProgrammeIndexPageFactory(BasePageFactory):
    title = "Programma's"

    class Meta:
        model = ProgrammeIndexPage


class ProgrammePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Leren met de Stad {n}")

    class Meta:
        model = ProgrammePage


class NetworkPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Leiden Biodiversity Network {n}")

    class Meta:
        model = NetworkPage


class ThemeIndexPageFactory(BasePageFactory):
    title = "Thema's"

    class Meta:
        model = ThemeIndexPage


class ThemePageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Gezondheid en welzijn {n}")

    class Meta:
        model = ThemePage


class EventIndexPageFactory(BasePageFactory):
    title = "Agenda"

    class Meta:
        model = EventIndexPage


class FestivalPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Days of Arts and Science {n}")
    start_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=10))
    end_date = factory.LazyAttribute(lambda page: page.start_date + datetime.timedelta(days=2))

    class Meta:
        model = FestivalPage


class EventPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Nacht van Ontdekkingen {n}")
    venue = factory.SubFactory(VenueFactory)

    class Meta:
        model = EventPage
        skip_postgeneration_save = True  # the dates are rows of their own; the page is saved

    @factory.post_generation
    def dates(page, create, extracted, **kwargs):
        """``dates=[(start, end), ...]``, or ``[(start, end, extra fields)]``; by default one
        two-hour date ten days ahead."""
        if not create:
            return
        if extracted is None:
            start = timezone.now() + datetime.timedelta(days=10)
            extracted = [(start, start + datetime.timedelta(hours=2))]
        for start, end, *extra in extracted:
            EventOccurrence.objects.create(event=page, start=start, end=end, **(extra or [{}])[0])


class SiteChromeFactory(factory.django.DjangoModelFactory):
    """A published header and footer in Dutch (pass ``locale`` for another language)."""

    site_name = "Stad van ontdekkingen"
    tagline = "Leiden, kennisstad"
    footer_text = "Een website van de gemeente Leiden en haar kennispartners."
    locale = factory.LazyFunction(dutch)

    class Meta:
        model = SiteChrome
        skip_postgeneration_save = True

    @factory.post_generation
    def publish(obj, create, extracted, **kwargs):
        if create:
            obj.save_revision().publish()
