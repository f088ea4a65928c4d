"""The home page of each language and the free-form standard pages under it."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import get_page_models
from wagtail.search import index

from stad.core.blocks import BodyBlock
from stad.core.per_request import HOME_OF_REQUEST, remember_for_request
from stad.core.routing import route_from

from .base import BasePage, one_per_language


class BodyFieldMixin(models.Model):
    """A free-form page body built from the shared blocks."""

    body = StreamField(
        BodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The main text of the page, built from headings, text, images and more."),
    )

    class Meta:
        abstract = True

    def pictures(self):
        """The page's own pictures (see ``BasePage.pictures``) and those in its body."""
        yield from super().pictures()
        yield from self.body.stream_block.pictures(self.body)


class HomePage(BodyFieldMixin, BasePage):
    """The front page of one language: what the city of discoveries is, and where to go next."""

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = one_per_language()

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def clean_subpage_models(cls):
        """Every page type that names the home page in its ``parent_page_types``.

        The overviews of the apps above this one declare where they go; listing them here as
        well would make this app name the apps above it. A type that declares no parents at
        all (such as Wagtail's own ``Page``) is not offered.
        """
        if cls._clean_subpage_models is None:
            cls._clean_subpage_models = [
                model
                for model in get_page_models()
                if getattr(model, "parent_page_types", None) is not None
                and cls in model.clean_parent_page_models()
            ]
        return cls._clean_subpage_models

    def route(self, request, path_components):
        # Wagtail routes every request from the home page of the request's language: the
        # menu, footer and switcher ask for that page, so it is kept for them.
        remember_for_request(request, HOME_OF_REQUEST, self)
        return route_from(self, request, path_components)


class StandardPage(BodyFieldMixin, BasePage):
    """A page of plain information, such as 'About us', 'Privacy' or the accessibility statement."""

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
