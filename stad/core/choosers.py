"""Choosers that open where the editor looks: in the language of the page being edited, and for
one page type, at the page that holds the pages of that type.

Left to itself, Wagtail's page chooser for one page type opens at the deepest page above every
page of that type. With a Dutch and an English tree that is the site's "Root": the editor picks
a language, then the home page, then the theme overview, before seeing a single theme. Its
snippet chooser lists the partners and venues of every language together. Here a theme chooser
opens at the theme overview, a partner or venue chooser lists those of the page's language, both
in the language of the page being edited; the editor can still switch language or go up a level.

An empty page chooser opens Wagtail's chooser view at its modal URL (the parent of a chosen page
is appended to it once there is one), so the start is a URL of its own that names the language:
``stad.core.chooser_views`` finds the page to start at, then lets Wagtail's view show it.

The language reaches a chooser through its panel: ``ChooserPanel`` for a field of the page
itself, ``RowsPanel`` (an ``InlinePanel``) for the rows of links below it: a row's form does not
know its page.
Each form holds its own copy of a widget, so telling one the language changes nothing shared.
"""

from urllib.parse import urlencode

from django.urls import reverse
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.widgets import AdminSnippetChooser


class OpensInLanguage:
    """A chooser widget that can be told the language (a ``Locale``) to open in."""

    locale = None

    def open_in(self, locale):
        self.locale = locale


def starting_page(models, locale):
    """The page a chooser for pages of ``models`` opens at in ``locale``: the deepest page above
    all of them in that language (the theme overview for themes), or, while there are none yet,
    the one page of their parent type in that language. None leaves it to Wagtail."""
    pages = Page.objects.type(*models).filter(locale=locale)
    if pages.exists():
        return pages.first_common_ancestor()
    parents = {parent for model in models for parent in model.allowed_parent_page_models()}
    if len(parents) != 1 or Page in parents:
        return None
    (parent,) = parents
    return parent.objects.filter(locale=locale).order_by("path").first()


class TypedPageChooser(OpensInLanguage, AdminPageChooser):
    """A page chooser that opens among the pages it offers, in the language it was told.

    With a page chosen in that language, it opens next to that page, as Wagtail's does.
    """

    def get_chooser_modal_url(self):
        if self.locale is None or self.model is Page:
            return super().get_chooser_modal_url()
        return reverse("choose_page_in_language", args=[self.locale.language_code])

    def get_value_data_from_instance(self, instance):
        return {**super().get_value_data_from_instance(instance), "locale": instance.locale_id}

    def get_js_init_options(self, id_, name, value_data):
        opts = super().get_js_init_options(id_, name, value_data)
        chosen_locale = (value_data or {}).get("locale")
        if self.locale is not None and chosen_locale not in (None, self.locale.pk):
            # Chosen in another language: start afresh in this one.
            opts.pop("parentId", None)
        return opts


class LanguageSnippetChooser(OpensInLanguage, AdminSnippetChooser):
    """A snippet chooser that lists the snippets of the language it was told; the chooser's own
    language filter shows that language and can be changed."""

    def get_chooser_modal_url(self):
        url = super().get_chooser_modal_url()
        if self.locale is None or not issubclass(self.model, TranslatableMixin):
            return url
        return f"{url}?{urlencode({'locale': self.locale.language_code})}"


def chooser_for(db_field):
    """The widget for a foreign key to a page or a snippet, or None for any other field."""
    target = getattr(db_field, "related_model", None)
    if target is None:
        return None
    if issubclass(target, Page):
        return TypedPageChooser(target_models=[target])
    if target in get_snippet_models():
        return LanguageSnippetChooser(target)
    return None


def language_of(instance):
    """The language of an object being edited, or None when it has none."""
    if isinstance(instance, TranslatableMixin) and instance.locale_id:
        return instance.locale
    return None


def open_choosers_in(forms, locale):
    """Tell every chooser of ``forms`` that can be told the language to open in ``locale``."""
    if locale is None:
        return
    for form in forms:
        for field in form.fields.values():
            if isinstance(field.widget, OpensInLanguage):
                field.widget.open_in(locale)


class ChooserPanel(FieldPanel):
    """A page or snippet chooser that opens in the language of the object being edited (for a
    field of a row of links, the ``RowsPanel`` around it says the language)."""

    def get_form_options(self):
        opts = super().get_form_options()
        if self.widget is None and "fields" in opts:
            widget = chooser_for(self.db_field)
            if widget is not None:
                opts["widgets"] = {self.field_name: widget}
        return opts

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.bound_field is not None:
                open_choosers_in([self.form], language_of(self.instance))


class RowsPanel(InlinePanel):
    """An InlinePanel whose rows' choosers open in the language of the page they belong to.

    With ``min_num`` (at least one date, at least one theme) its heading carries Wagtail's
    required mark, as the label of a required field does.
    """

    class BoundPanel(InlinePanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.form is None:
                return
            forms = [child.form for child in self.children] + [self.empty_child.form]
            open_choosers_in(forms, language_of(self.instance))

        def is_required(self):
            return bool(self.panel.min_num)
