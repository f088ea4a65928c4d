"""Presentation decided in Python, not in templates: labels from the enums, cards by page type,
one picture component, the agenda's input read by a form, widgets chosen by the filter's type,
counts made before the template renders, and links to routes that lead somewhere."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db.models import Q
from django.http import QueryDict
from django.template import Context, Template
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail_factories import ImageFactory

from stad.core.templatetags.listing_tags import type_template_name
from stad.core.templatetags.picture_tags import responsive_picture
from stad.events.filters import (
    AgendaFilters,
    AgendaForm,
    CheckboxFilter,
    DateRange,
    Filter,
    Option,
    PeriodFilter,
)
from stad.events.models import EventOccurrence, EventPage, SpokenLanguage, Status


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def visible_text(element):
    for hidden in element.select(".visually-hidden"):
        hidden.decompose()
    return element.get_text(" ", strip=True)


def dutch_label(member):
    with translation.override("nl"):
        return str(member.label)


def event_card(soup, event):
    link = soup.find("a", href=event.url)
    return link.find_parent("article")


# Labels from the enums ---------------------------------------------------------------------


@pytest.mark.parametrize("language", list(SpokenLanguage))
def test_the_spoken_language_is_said_with_its_choice_label(client, db, site_tree, language):
    event = site_tree["EventPage"]["nl"]
    EventPage.objects.filter(pk=event.pk).update(spoken_language=language)
    card = event_card(soup_of(client, site_tree["EventIndexPage"]["nl"].url), event)
    assert visible_text(card.select_one(".fact--language")) == dutch_label(language)
    page = soup_of(client, event.url)
    assert visible_text(page.select_one(".event-facts .fact--language")) == dutch_label(language)


@pytest.mark.parametrize("status", [Status.CANCELLED, Status.SOLD_OUT, Status.POSTPONED])
def test_a_changed_date_says_so_with_its_status_label(client, db, site_tree, status):
    event = site_tree["EventPage"]["nl"]
    first_planned = timezone.now() + datetime.timedelta(days=3)
    EventOccurrence.objects.filter(event=event).update(
        status=status, previous_start=first_planned if status == Status.POSTPONED else None
    )
    card = event_card(soup_of(client, site_tree["EventIndexPage"]["nl"].url), event)
    page = soup_of(client, event.url)
    for shown in (card, page):
        assert [item.get_text(strip=True) for item in shown.select(".status")] == [
            dutch_label(status)
        ]
    note = page.select_one(".status__note")
    assert (note is not None) == (status == Status.POSTPONED)


def test_a_date_that_goes_ahead_shows_no_status(client, db, site_tree):
    event = site_tree["EventPage"]["nl"]
    assert set(EventOccurrence.objects.filter(event=event).values_list("status", flat=True)) == {
        Status.SCHEDULED
    }
    assert not soup_of(client, event.url).select(".status")


# Cards by page type --------------------------------------------------------------------------


def test_a_festival_card_shows_its_days_and_a_news_card_its_day(client, db, site_tree):
    festival = site_tree["FestivalPage"]["nl"]
    soup = soup_of(client, site_tree["EventIndexPage"]["nl"].url)
    card = soup.select_one("#festivals").find_parent("section").find("a", href=festival.url)
    times = card.find_parent("article").select(".card__meta time")
    assert [time["datetime"] for time in times] == [
        festival.start_date.isoformat(),
        festival.end_date.isoformat(),
    ]

    news = site_tree["NewsPage"]["nl"]
    card = soup_of(client, site_tree["NewsIndexPage"]["nl"].url).find("a", href=news.url)
    times = card.find_parent("article").select(".card__meta time")
    assert [time["datetime"] for time in times] == [news.date.isoformat()]

    programme = site_tree["ProgrammePage"]["nl"]
    card = soup_of(client, site_tree["ProgrammeIndexPage"]["nl"].url).find("a", href=programme.url)
    assert card.find_parent("article").select_one(".card__meta") is None


def render_card(item):
    request = RequestFactory().get("/")
    template = Template("{% load listing_tags %}{% card item %}")
    return BeautifulSoup(
        template.render(Context({"item": item, "request": request})), "html.parser"
    )


def test_the_card_follows_the_page_type_not_the_fields_it_happens_to_have(db, site_tree):
    event = EventPage.objects.get(pk=site_tree["EventPage"]["nl"].pk)
    # Fields that once made a template take any page for a festival or a news item.
    event.start_date = event.end_date = event.date = datetime.date(2026, 12, 5)
    assert render_card(event).select_one(".card__meta") is None
    festival = site_tree["FestivalPage"]["nl"]
    assert render_card(festival).select(".card__meta time")
    occurrence = EventOccurrence.objects.filter(event=event).select_related("event").first()
    assert render_card(occurrence).select_one("article.card--event")


def test_a_card_template_is_named_after_its_type():
    assert type_template_name(EventOccurrence(), "cards") == "events/cards/event_occurrence.html"
    assert type_template_name(EventPage(), "dates") == "events/dates/event_page.html"


# One picture component -----------------------------------------------------------------------


@pytest.fixture
def image(db):
    return ImageFactory(file__width=1200, file__height=900)


def picture_img(image, shape, **attrs):
    return BeautifulSoup(responsive_picture(image, shape, **attrs), "html.parser").select_one(
        "picture img"
    )


def test_one_picture_component_sets_lang_only_when_it_is_given(image):
    assert not picture_img(image, "card", alt="Een opgraving").has_attr("lang")
    assert not picture_img(image, "card", alt="Een opgraving", lang="").has_attr("lang")
    assert picture_img(image, "card", alt="Een opgraving", lang="nl")["lang"] == "nl"
    # An empty alt marks a decorative picture; no alt at all uses the image's own description.
    assert picture_img(image, "card", alt="")["alt"] == ""
    assert picture_img(image, "figure")["alt"] == image.default_alt_text


def test_each_shape_loads_and_crops_as_its_place_needs(image):
    card, page, figure = (picture_img(image, shape) for shape in ("card", "page", "figure"))
    assert card["loading"] == "lazy" and card["class"] == ["card__image"]
    assert page["fetchpriority"] == "high" and not page.has_attr("loading")
    assert int(card["width"]) * 9 == int(card["height"]) * 16  # cropped to 16:9
    assert int(figure["width"]) * 3 == int(figure["height"]) * 4  # shown whole
    assert responsive_picture(None, "card") == ""


# The agenda's form ---------------------------------------------------------------------------

TODAY = datetime.date(2026, 12, 2)


def sample_filters():
    return [
        Filter("theme", "Theme", "theme", [Option("bio", "Bio", Q()), Option("art", "Art", Q())]),
        CheckboxFilter("free", "Price", "price", [Option("1", "Free only", Q())]),
    ]


def test_the_form_cleans_each_parameter_to_one_usable_value():
    query = QueryDict("theme=bio&free=1&from=2026-12-05&to=2026-12-06&utm_source=mail")
    form = AgendaForm(query, sample_filters(), TODAY)
    assert form.is_valid()
    assert form.cleaned_data == {
        "theme": "bio",
        "free": "1",
        "from": datetime.date(2026, 12, 5),
        "to": datetime.date(2026, 12, 6),
    }
    assert form.notices == []


def test_the_form_leaves_out_what_it_cannot_use_and_says_why_in_order():
    query = QueryDict("theme=bio&theme=art&free=yes&from=2026-12-06&to=2026-12-01")
    with translation.override("en"):
        form = AgendaForm(query, sample_filters(), TODAY)
        form.is_valid()
        notices = form.notices
    assert form.cleaned_data == {
        "theme": "bio",
        "from": datetime.date(2026, 12, 1),
        "to": datetime.date(2026, 12, 6),
    }
    assert notices == [
        "Only one theme can be chosen at a time, so the first one is used.",
        "Filter left out: there is no price “yes” in this agenda.",
        "The dates were the wrong way round, so they were swapped.",
    ]


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ("from=2026-13-45", "“2026-13-45” is not a date we can use"),
        ("to=1999-12-31", "“1999-12-31” is not a date we can use"),
        ("from=" + "9" * 200, "the date in the link is too long"),
        ("theme=" + "x" * 200, "the theme in the link is too long"),
    ],
)
def test_a_malformed_value_becomes_a_notice_not_an_error(query, notice):
    with translation.override("en"):
        form = AgendaForm(QueryDict(query), sample_filters(), TODAY)
        assert not form.is_valid()
        assert len(form.notices) == 1 and notice in form.notices[0]
        assert "e.g. 2026-12-02" in form.notices[0] or "too long" in notice
    assert form.cleaned_data.get("theme", "") == "" and form.cleaned_data.get("from") is None


def test_the_agenda_shows_the_forms_notice_and_still_lists_its_dates(client, db, site_tree):
    event = site_tree["EventPage"]["nl"]
    soup = soup_of(client, site_tree["EventIndexPage"]["nl"].url + "?from=morgen&audience=nobody")
    notices = [item.get_text(strip=True) for item in soup.select(".notice li")]
    assert len(notices) == 2
    assert "“nobody”" in notices[0] and "“morgen” is geen bruikbare datum" in notices[1]
    assert soup.find("a", href=event.url)


# Widgets by the filter's type ----------------------------------------------------------------


class FakeFilters:
    def __init__(self, widgets):
        self.widgets = widgets
        self.date_range = DateRange("Or between")
        self.active = False


def render_form(widgets):
    html = render_to_string(
        "events/components/agenda_filters.html", {"filters": FakeFilters(widgets)}
    )
    return BeautifulSoup(html, "html.parser")


def test_each_filter_is_drawn_by_the_widget_of_its_type_whatever_its_name():
    options = [Option("1", "Yes", Q(), count=3)]
    soup = render_form(
        [
            CheckboxFilter("gratis", "Price", "price", options),
            Filter("free", "Kind", "kind", options, any_label="Any"),
        ]
    )
    assert soup.select_one('input[type="checkbox"][name="gratis"]')
    assert soup.select_one('select[name="free"]')
    assert not soup.select_one('input[name="free"]')
    assert soup.select_one('label[for="filter-gratis"]').get_text(strip=True) == "Yes (3)"


def test_a_period_brings_the_custom_days_and_the_archive_starts_with_them(db, site_tree):
    soup = render_form([PeriodFilter("moment", "When", "period", [], any_label="Any time")])
    select, fieldset = soup.select("select, fieldset")
    assert select["name"] == "moment" and fieldset.select_one('input[name="from"]')

    agenda = site_tree["EventIndexPage"]["nl"]
    past = AgendaFilters(QueryDict(), agenda, agenda.get_dates(), showing_past=True)
    assert isinstance(past.widgets[0], DateRange)
    upcoming = AgendaFilters(QueryDict(), agenda, agenda.get_dates(), showing_past=False)
    assert not any(isinstance(widget, DateRange) for widget in upcoming.widgets)


# Counts and links made by the view ---------------------------------------------------------


def test_counts_are_made_before_the_template_renders(db, site_tree):
    agenda = site_tree["EventIndexPage"]["nl"]
    request = RequestFactory().get(agenda.url, {"language": "nl"})
    response = agenda.upcoming(request)
    assert not response.is_rendered
    filters = response.context_data["filters"]
    dates = EventOccurrence.objects.filter(event__locale=agenda.locale, end__gte=timezone.now())
    language = next(item for item in filters.filters if item.name == "language")
    assert language.total == dates.count() > 0
    assert [option.count for option in language.options] == [0, dates.count()]


def test_links_to_the_agendas_routes_lead_to_them(client, db, site_tree):
    agenda = site_tree["EventIndexPage"]["nl"]
    soup = soup_of(client, agenda.url + "?language=nl")
    past = client.get(soup.select(".tabs a")[1]["href"])
    assert past.status_code == 200 and "Afgelopen" in past.content.decode()
    feed = client.get(soup.select_one(".subscribe a")["href"])
    assert feed["Content-Type"].startswith("text/calendar")

    theme = site_tree["ThemePage"]["nl"]
    links = [link["href"] for link in soup_of(client, theme.url).select(".section__more a")]
    responses = [client.get(link) for link in links if link.startswith(agenda.url)]
    assert sorted(response["Content-Type"].split(";")[0] for response in responses) == [
        "text/calendar",
        "text/html",
    ]
