"""The fixed vocabularies of events: spoken language, audiences and accessibility features.

Audiences and features are yes/no fields on the event rather than related rows: editors tick
boxes, filters and their counts are plain conditions in one query, and they work the same on
every database. Each entry names its field, its value in agenda links, and its label.

Two features belong to the place (a step-free entrance, an induction loop in the room): a venue
has them as fields of its own, and an event shows the venue's unless its editor says it differs
(``AccessibilitySource``, ``stad.events.models.accessibility``). A sign language interpreter and a
low-stimulus session are arranged per event, so they are the event's alone.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class SpokenLanguage(models.TextChoices):
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
    BOTH = "nl_en", _("Dutch and English")
    NONE = "none", _("No language needed")


# Languages an English speaker can follow: the agenda's "English-friendly" filter.
ENGLISH_FRIENDLY = (SpokenLanguage.ENGLISH, SpokenLanguage.BOTH, SpokenLanguage.NONE)
DUTCH_SPOKEN = (SpokenLanguage.DUTCH, SpokenLanguage.BOTH)


@dataclass(frozen=True)
class Flag:
    field: str  # the BooleanField on EventPage
    slug: str  # its value in agenda links, the same in every language
    label: Promise
    help_text: Promise
    at_venue: bool = False  # a fact of the place: also a field of Venue, which events follow
    # For a place feature: what an editor reads when an event claims it at a venue without it.
    venue_lacks: Promise | None = None


AUDIENCES = (
    Flag("for_general_public", "everyone", _("General public"), _("Anyone interested.")),
    Flag(
        "for_families",
        "families",
        _("Families and children"),
        _("Suitable for children, with or without their parents."),
    ),
    Flag("for_pupils", "pupils", _("Pupils"), _("Primary or secondary school pupils.")),
    Flag("for_students", "students", _("Students"), _("Students of mbo, hbo or university.")),
    Flag("for_researchers", "researchers", _("Researchers"), _("Scientists and researchers.")),
    Flag(
        "for_professionals",
        "professionals",
        _("Professionals"),
        _("People who attend for their work, such as teachers, entrepreneurs or civil servants."),
    ),
)

ACCESS_FEATURES = (
    Flag(
        "wheelchair_access",
        "wheelchair",
        _("Wheelchair accessible"),
        _("Entrance, room and toilet can be reached without steps."),
        at_venue=True,
        venue_lacks=_(
            "According to its details, %(venue)s is not wheelchair accessible, but this event "
            "says it is."
        ),
    ),
    Flag(
        "hearing_loop",
        "hearing-loop",
        _("Hearing loop"),
        _("The room has a working induction loop."),
        at_venue=True,
        venue_lacks=_(
            "According to its details, %(venue)s has no hearing loop, but this event says it has."
        ),
    ),
    Flag(
        "sign_language",
        "sign-language",
        _("Sign language interpreter"),
        _("A sign language interpreter (NGT) is present."),
    ),
    Flag(
        "low_stimulus",
        "low-stimulus",
        _("Low-stimulus session"),
        _("Quieter, with less light and sound, for visitors who are easily overstimulated."),
    ),
)

# The features a venue has, the same for every event there.
VENUE_FEATURES = tuple(flag for flag in ACCESS_FEATURES if flag.at_venue)


class AccessibilitySource(models.TextChoices):
    """Where an event's place features (``VENUE_FEATURES``) come from.

    A new event in the admin starts with VENUE; EVENT is the default of the field, so that
    events, revisions and translation sources stored before venues had features keep the ticks
    they were given.
    """

    VENUE = "venue", _("As at the venue")
    EVENT = "event", _("Different for this event")


def flag_field(name):
    """The yes/no field for the audience or feature whose field is called ``name``."""
    (flag,) = (flag for flag in AUDIENCES + ACCESS_FEATURES if flag.field == name)
    return models.BooleanField(flag.label, default=False, help_text=flag.help_text)


def spoken_language_field(help_text):
    """The spoken language of an event, or the one an agenda source gives its events."""
    return models.CharField(
        _("spoken language"),
        max_length=8,
        choices=SpokenLanguage.choices,
        default=SpokenLanguage.DUTCH,
        help_text=help_text,
    )


class AudienceFields(models.Model):
    """A yes/no field for every audience (``AUDIENCES``): on an event, and on an agenda source
    as what its imported events start with."""

    for_general_public = flag_field("for_general_public")
    for_families = flag_field("for_families")
    for_pupils = flag_field("for_pupils")
    for_students = flag_field("for_students")
    for_researchers = flag_field("for_researchers")
    for_professionals = flag_field("for_professionals")

    class Meta:
        abstract = True

    @property
    def audience_fields(self):
        """Each audience's field and its value, to copy onto another model."""
        return {flag.field: getattr(self, flag.field) for flag in AUDIENCES}
