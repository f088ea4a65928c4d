from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from stad.search.models import SynonymGroup


class SynonymViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = _("Synonyms")
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["__str__"]


register_snippet(SynonymViewSet)
