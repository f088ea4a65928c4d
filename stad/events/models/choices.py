"""The fixed vocabularies of events: spoken language, audiences and accessibility features.

Audiences and features are yes/no fields on the event rather than related rows: editors tick
boxes, filters and their counts are plain conditions in one query, and they work the same on
every database. Each entry names its field, its value in agenda links, and its label.
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
    ),
    Flag(
        "hearing_loop",
        "hearing-loop",
        _("Hearing loop"),
        _("The room has a working induction loop."),
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


def flag_field(name):
    """The yes/no field for the audience or feature whose field is called ``name``."""
    (flag,) = (flag for flag in AUDIENCES + ACCESS_FEATURES if flag.field == name)
    return models.BooleanField(flag.label, default=False, help_text=flag.help_text)
