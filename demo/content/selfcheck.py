"""A quick consistency check of the demo content: ``python -m demo.content.selfcheck``.

It checks references between records, slugs, text lengths against the model limits, body shapes
and the spread of event dates, and prints the event counts. Exits with status 1 on a problem.
"""

import re
import sys

from demo.content.events import FESTIVALS, STANDALONE_EVENTS
from demo.content.news import NEWS
from demo.content.pages import HOME, INDEXES, STANDARD_PAGES
from demo.content.partners import PARTNERS
from demo.content.programmes import FLAGSHIPS, NETWORKS
from demo.content.schema import Event, KeyFigure, Quote, T
from demo.content.themes import THEMES
from demo.content.venues import VENUES

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NUMBER = re.compile(r"^\d+$")
BLOCK_TYPES = {"heading", "paragraph", "quote", "key_figures"}

problems: list[str] = []
same_texts: set[str] = set()


def fail(msg: str) -> None:
    problems.append(msg)


def check_t(where: str, t: T, max_len: int | None = None) -> None:
    if not isinstance(t, T):
        fail(f"{where}: not a T: {t!r}")
        return
    for lang in ("nl", "en"):
        value = getattr(t, lang)
        if not isinstance(value, str) or not value.strip():
            fail(f"{where}: empty {lang}")
        elif max_len and len(value) > max_len:
            fail(f"{where}: {lang} longer than {max_len} ({len(value)})")
        if isinstance(value, str) and (value != value.strip() or "  " in value):
            fail(f"{where}: stray whitespace in {lang}")
    if t.nl == t.en:
        same_texts.add(t.nl)


def check_slug(where: str, slug: T) -> None:
    check_t(where, slug, 255)
    for lang in ("nl", "en"):
        if not SLUG.match(getattr(slug, lang)):
            fail(f"{where}: bad {lang} slug {getattr(slug, lang)!r}")


def check_siblings(where: str, slugs: list[T]) -> None:
    for lang in ("nl", "en"):
        values = [getattr(s, lang) for s in slugs]
        dupes = {v for v in values if values.count(v) > 1}
        if dupes:
            fail(f"{where}: duplicate {lang} slugs {sorted(dupes)}")


def sentences(text: str) -> int:
    return len([s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z‘'’\"0-9])", text) if s.strip()])


def check_body(where: str, body: list, min_blocks: int = 1, max_blocks: int = 99) -> None:
    if not (min_blocks <= len(body) <= max_blocks):
        fail(f"{where}: {len(body)} blocks, expected {min_blocks}-{max_blocks}")
    for i, block in enumerate(body):
        kind, value = block
        w = f"{where} block {i} ({kind})"
        if kind not in BLOCK_TYPES:
            fail(f"{w}: unknown block type")
        elif kind == "heading":
            check_t(w, value, 120)
        elif kind == "paragraph":
            check_t(w, value)
            for lang in ("nl", "en"):
                text = getattr(value, lang)
                if re.search(r"[<>*_#`]|\]\(", text):
                    fail(f"{w}: markup in {lang}")
                n = sentences(text)
                if not 1 <= n <= 4:
                    fail(f"{w}: {n} sentences in {lang}")
        elif kind == "quote":
            if not isinstance(value, Quote):
                fail(f"{w}: not a Quote")
            else:
                check_t(f"{w} text", value.text)
                check_t(f"{w} attribution", value.attribution, 200)
        elif kind == "key_figures":
            if not 2 <= len(value) <= 4:
                fail(f"{w}: {len(value)} figures, expected 2-4")
            for fig in value:
                if not isinstance(fig, KeyFigure) or not NUMBER.match(fig.figure):
                    fail(f"{w}: figure must be a plain number: {fig!r}")
                else:
                    check_t(f"{w} label", fig.label, 120)


def check_keys(where: str, keys: list, known: set, required: bool) -> None:
    if required and not keys:
        fail(f"{where}: needs at least one")
    for key in keys:
        if key not in known:
            fail(f"{where}: unknown key {key!r}")
    if len(set(keys)) != len(keys):
        fail(f"{where}: duplicate keys")


def unique_keys(where: str, records: list) -> None:
    keys = [r.key for r in records]
    if len(set(keys)) != len(keys):
        fail(f"{where}: duplicate record keys")


def main() -> int:
    partner_keys = {p.key for p in PARTNERS}
    venue_keys = {v.key for v in VENUES}
    theme_keys = {t.key for t in THEMES}

    expected_partners = {
        "universiteit-leiden",
        "hogeschool-leiden",
        "naturalis",
        "mborijnland",
        "lis",
        "roc-mondriaan",
        "gemeente-leiden",
    }
    if partner_keys != expected_partners:
        fail(f"partner keys differ: {sorted(partner_keys ^ expected_partners)}")
    if theme_keys != {"health", "biodiversity", "heritage"}:
        fail(f"theme keys: {sorted(theme_keys)}")
    for required in (
        "naturalis",
        "betaplein",
        "pieterskerk",
        "stadsgehoorzaal",
        "academiegebouw",
        "bibliotheek",
        "hogeschool-leiden",
    ):
        if required not in venue_keys:
            fail(f"missing venue {required}")

    for group, records in (
        ("partners", PARTNERS),
        ("venues", VENUES),
        ("themes", THEMES),
        ("programmes", FLAGSHIPS + NETWORKS),
        ("news", NEWS),
        ("pages", STANDARD_PAGES),
    ):
        unique_keys(group, records)

    for p in PARTNERS:
        check_t(f"partner {p.key} name", p.name, 120)
        check_t(f"partner {p.key} description", p.description, 600)
        if not p.website.startswith("https://"):
            fail(f"partner {p.key}: website")

    if not 6 <= len(VENUES) <= 8:
        fail(f"{len(VENUES)} venues")
    for v in VENUES:
        check_t(f"venue {v.key} name", v.name, 120)
        check_t(f"venue {v.key} accessibility", v.accessibility, 600)
        if not re.match(r"^\d{4} [A-Z]{2}$", v.postcode):
            fail(f"venue {v.key}: postcode {v.postcode!r}")
        if not (52.10 < v.latitude < 52.20 and 4.43 < v.longitude < 4.53):
            fail(f"venue {v.key}: coordinates outside Leiden")

    for t in THEMES:
        w = f"theme {t.key}"
        check_slug(w, t.slug)
        check_t(f"{w} title", t.title, 255)
        check_t(f"{w} introduction", t.introduction, 500)
        check_t(f"{w} image_alt", t.image_alt, 250)
        check_body(w, t.body, 3, 5)
    check_siblings("themes", [t.slug for t in THEMES])

    for p in FLAGSHIPS + NETWORKS:
        w = f"programme {p.key}"
        check_slug(w, p.slug)
        check_t(f"{w} title", p.title, 255)
        check_t(f"{w} introduction", p.introduction, 500)
        check_t(f"{w} image_alt", p.image_alt, 250)
        check_body(w, p.body, 4, 7)
        if not any(kind == "key_figures" for kind, _ in p.body):
            fail(f"{w}: no key_figures block")
        check_keys(f"{w} themes", p.themes, theme_keys, True)
        check_keys(f"{w} partners", p.partners, partner_keys, True)
    check_siblings("programmes", [p.slug for p in FLAGSHIPS + NETWORKS])
    if len(FLAGSHIPS) != 4 or len(NETWORKS) != 5:
        fail(f"{len(FLAGSHIPS)} flagships, {len(NETWORKS)} networks")

    all_events: list[Event] = []

    def check_event(w: str, e: Event) -> None:
        check_slug(w, e.slug)
        check_t(f"{w} title", e.title, 255)
        check_t(f"{w} introduction", e.introduction, 500)
        check_t(f"{w} image_alt", e.image_alt, 250)
        check_body(w, e.body, 2, 4)
        check_keys(f"{w} themes", e.themes, theme_keys, True)
        check_keys(f"{w} partners", e.partners, partner_keys, True)
        if e.venue not in venue_keys:
            fail(f"{w}: unknown venue {e.venue!r}")
        if not re.match(r"^([01]\d|2[0-3]):[0-5]\d$", e.start_time):
            fail(f"{w}: start_time {e.start_time!r}")
        if not 15 <= e.duration_minutes <= 600:
            fail(f"{w}: duration {e.duration_minutes}")
        if e.is_free and e.price is not None:
            fail(f"{w}: free but has a price")
        if not e.is_free:
            if e.price is None:
                fail(f"{w}: not free but no price")
            else:
                check_t(f"{w} price", e.price, 120)
        all_events.append(e)

    for f in FESTIVALS:
        w = f"festival {f.key}"
        check_slug(w, f.slug)
        check_t(f"{w} title", f.title, 255)
        check_t(f"{w} introduction", f.introduction, 500)
        check_t(f"{w} image_alt", f.image_alt, 250)
        check_body(w, f.body, 2, 5)
        check_keys(f"{w} partners", f.partners, partner_keys, True)
        first, last = f.days_from_today, f.days_from_today + f.length_days - 1
        for e in f.events:
            check_event(f"{w} event {e.key}", e)
            if not first <= e.days_from_today <= last:
                fail(f"{w} event {e.key}: day {e.days_from_today} outside {first}..{last}")
        check_siblings(f"{w} events", [e.slug for e in f.events])
    for e in STANDALONE_EVENTS:
        check_event(f"event {e.key}", e)
    check_siblings("agenda", [f.slug for f in FESTIVALS] + [e.slug for e in STANDALONE_EVENTS])
    unique_keys("events", all_events + list(FESTIVALS))

    festival_keys = {f.key for f in FESTIVALS}
    expected_festivals = {
        "days-of-arts-science",
        "letterlijk-leiden",
        "life-science-health-week",
        "science-cafe",
    }
    if festival_keys != expected_festivals:
        fail(f"festival keys: {sorted(festival_keys)}")

    for n in NEWS:
        w = f"news {n.key}"
        check_slug(w, n.slug)
        check_t(f"{w} title", n.title, 255)
        check_t(f"{w} introduction", n.introduction, 500)
        check_t(f"{w} image_alt", n.image_alt, 250)
        check_body(w, n.body, 2, 5)
        check_keys(f"{w} themes", n.themes, theme_keys, True)
        check_keys(f"{w} partners", n.partners, partner_keys, True)
        if not re.match(r"^(2023-\d\d-\d\d|2024-0[1-4]-\d\d)$", n.date):
            fail(f"{w}: date {n.date}")
    check_siblings("news", [n.slug for n in NEWS])

    check_t("home title", HOME["title"], 255)
    check_t("home introduction", HOME["introduction"], 500)
    check_body("home", HOME["body"], 3, 10)
    expected_index_slugs = {
        "programmes": ("programmas", "programmes"),
        "themes": ("themas", "themes"),
        "agenda": ("agenda", "events"),
        "news": ("nieuws", "news"),
    }
    for key, (nl, en) in expected_index_slugs.items():
        index = INDEXES[key]
        if (index["slug"].nl, index["slug"].en) != (nl, en):
            fail(f"index {key}: slug {index['slug']}")
        check_slug(f"index {key}", index["slug"])
        check_t(f"index {key} title", index["title"], 255)
        check_t(f"index {key} introduction", index["introduction"], 500)
    for p in STANDARD_PAGES:
        w = f"page {p.key}"
        check_slug(w, p.slug)
        check_t(f"{w} title", p.title, 255)
        check_t(f"{w} introduction", p.introduction, 500)
        check_body(w, p.body, 3, 20)
    check_siblings(
        "home children",
        [i["slug"] for i in INDEXES.values()] + [p.slug for p in STANDARD_PAGES],
    )

    days = sorted(e.days_from_today for e in all_events)
    past = [d for d in days if d < 0]
    upcoming = [d for d in days if d >= 0]
    this_week = [d for d in days if 0 <= d <= 6]
    within_month = [d for d in days if 7 <= d <= 30]
    later = [d for d in days if d > 30]
    if len(past) < 6 or len(upcoming) < 10 or not this_week or not within_month or not later:
        fail("event date spread does not meet the brief")
    if days and (days[-1] > 200):
        fail("an event is more than 200 days ahead")

    print(f"events: {len(all_events)} ({len(FESTIVALS)} festivals)")
    print(f"  past: {len(past)}  {past}")
    print(f"  upcoming: {len(upcoming)}  {upcoming}")
    print(
        f"    within 7 days: {len(this_week)}, 7-30 days: {len(within_month)}, later: {len(later)}"
    )
    print(f"  paid: {sum(not e.is_free for e in all_events)}")
    print(
        f"partners {len(PARTNERS)}, venues {len(VENUES)}, themes {len(THEMES)}, "
        f"flagships {len(FLAGSHIPS)}, networks {len(NETWORKS)}, news {len(NEWS)}, "
        f"standard pages {len(STANDARD_PAGES)}"
    )
    print(f"identical nl/en strings (should be proper names only): {sorted(same_texts)}")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
