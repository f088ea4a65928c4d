"""Wagtail's and wagtail-localize's own interface strings whose Dutch this project completes.

Their Dutch catalogues glue words together ("1-14van 14pagina's", "Vertaling van Xnaar
Engels"), leave English behind ("Editor Guide", "Checks") or use developers' words ("Taalregio"
for a language). ``LOCALE_PATHS`` comes before every app's catalogue, so the entries in
``locale/nl/LC_MESSAGES/django.po`` win. Nothing calls this module: it only marks the strings,
so that ``makemessages --no-obsolete`` (README) keeps those entries instead of dropping them as
strings the project no longer uses. The texts must be Wagtail's exactly, spaces included.

Strings of the admin's JavaScript (the translation editor's buttons) live in
``locale/nl/LC_MESSAGES/djangojs.po``, which ``makemessages`` does not touch.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

# Words glued together or split in the wrong place.
GLUED = (
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in "
        "'<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
    gettext_noop("%(status_display)s %(task_name)s %(started_at)s"),
    gettext_noop("%(related_model_name)s %(field_label)s"),
    gettext_noop("Translation of %(instance)s into %(locale)s"),
    gettext_noop("Editing %(object_type)s %(title)s"),
    gettext_noop("Are you sure you want to delete %(count)s %(snippet_type_name)s?"),
    gettext_noop("Status: "),
    gettext_noop("Locking: "),
    gettext_noop("Page visibility: "),
    # wagtail-localize's note on an untranslated copy: "een kopie van Nederlandspagina".
    gettext_noop(
        "This page hasn't been translated yet. It is mirroring the <a "
        'href="%(edit_original_page_url)s" target="_blank">%(original_locale)s page</a>.'
    ),
    ngettext_lazy(
        '%(total)s Image <span class="w-sr-only">created in %(site_name)s</span>',
        '%(total)s Images <span class="w-sr-only">created in %(site_name)s</span>',
    ),
)

# A page's language is its "taal" for editors (docs/editors.md), not a "taalregio".
LANGUAGE = (
    gettext_noop("Locale"),
    gettext_noop("locale"),
    gettext_noop("Locales"),
    gettext_noop("Locale: "),
    gettext_noop("Available in %(translations_total)s locales"),
)

# English left in the Dutch admin, and the guide's word for the start screen.
ENGLISH = (
    gettext_noop("Dashboard"),
    gettext_noop("Default"),  # the preview mode, the density in Account
    gettext_noop("Editor Guide"),
    gettext_noop("Checks"),
    gettext_noop("Content metrics"),
    gettext_noop("Content type"),  # a filter of wagtail-localize's translations report
    gettext_noop("Minimap"),
    gettext_noop("Error 404"),
    gettext_noop("Error 404: Page not found"),
)

# Review words that say what happens (docs/editors.md, "Controleren en goedkeuren"): withdrawing
# a page from review, not "Workflow annuleren"; a schedule that takes effect once approved.
REVIEW = (
    gettext_noop("Cancel workflow "),  # Wagtail's msgid ends in a space
    gettext_noop("Once scheduled:"),
    gettext_noop("Go-live:"),
)
