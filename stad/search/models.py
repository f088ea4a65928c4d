from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

MAX_TERM_LENGTH = 100
SEPARATOR = ","


class SynonymGroup(models.Model):
    """Words and names that mean the same to a visitor, kept by editors.

    A search for one of them also finds pages that only use another: "LBSP" finds the page
    about the Leiden Bio Science Park. Applied to the query, not to the index, so it works the
    same on every search backend and takes effect without rebuilding anything.
    """

    terms = models.TextField(
        _("words that mean the same"),
        help_text=_(
            "Separate them with commas, for example: LBSP, Leiden Bio Science Park. "
            "A search for any of them also finds pages that use one of the others, "
            "on the Dutch and the English site."
        ),
    )

    class Meta:
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")
        ordering = ["terms"]

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self):
        """The terms, tidied: single spaces, no empty ones, no repeats (case ignored)."""
        seen, terms = set(), []
        for raw in self.terms.split(SEPARATOR):
            term = " ".join(raw.split())
            if term and term.lower() not in seen:
                seen.add(term.lower())
                terms.append(term)
        return terms

    def clean(self):
        terms = self.term_list()
        if len(terms) < 2:
            raise ValidationError(
                {"terms": _("Give at least two different words, separated by a comma.")}
            )
        too_long = [term for term in terms if len(term) > MAX_TERM_LENGTH]
        if too_long:
            raise ValidationError(
                {
                    "terms": _("Keep each term under %(count)s characters: %(term)s")
                    % {"count": MAX_TERM_LENGTH, "term": too_long[0][:40] + "…"}
                }
            )
        taken = {
            term.lower(): str(group)
            for group in SynonymGroup.objects.exclude(pk=self.pk)
            for term in group.term_list()
        }
        clashes = [term for term in terms if term.lower() in taken]
        if clashes:
            raise ValidationError(
                {
                    "terms": ngettext(
                        "%(terms)s is already in another group (%(group)s); add the words "
                        "there instead.",
                        "%(terms)s are already in another group (%(group)s); add the words "
                        "there instead.",
                        len(clashes),
                    )
                    % {"terms": ", ".join(clashes), "group": taken[clashes[0].lower()]}
                }
            )
        self.terms = ", ".join(terms)


class SearchStatistic(models.Model):
    """How often visitors searched for a query on one day in one language, and how much the
    last of those searches found.

    What editors learn from it: the searches that find nothing or little (a missing page, a
    word that needs a synonym or a promoted result). It is never shown to visitors, so nobody
    can plant text on the site by searching for it; the table keeps a bounded number of new
    queries a day and ``prune_search_statistics`` forgets old days.
    """

    # Counted by the site, never typed by editors (who read them in the report).
    query = models.CharField(_("search term"), max_length=255, editable=False)
    language = models.CharField(_("language"), max_length=8, editable=False)
    day = models.DateField(_("day"), editable=False)
    searches = models.PositiveIntegerField(_("searches"), default=0, editable=False)
    results = models.PositiveIntegerField(_("results"), default=0, editable=False)

    class Meta:
        verbose_name = _("search statistic")
        verbose_name_plural = _("search statistics")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "day"], name="one_statistic_per_query_and_day"
            )
        ]
        indexes = [models.Index(fields=["day", "language"])]

    def __str__(self):
        return f"{self.query} ({self.language}, {self.day})"


class PendingIndexUpdate(models.Model):
    """A page or other object whose entry in the search cluster is out of date, because the
    cluster did not answer when it changed (``stad.search.pending``).

    The database keeps them, so nothing changed during an outage stays unfindable once the
    cluster is back: ``manage.py catch_up_search_index`` (every minute, with the scheduler)
    brings each entry up to date and forgets it.
    """

    # Kept by the site, never edited (nothing in the admin shows them).
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, editable=False
    )
    object_id = models.CharField(max_length=255, editable=False)
    failed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_pending_update_per_object"
            )
        ]
