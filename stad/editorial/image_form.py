"""Every uploaded image gets a description (its default alt text) or an explicit "decorative" tick.

Wagtail uses this form, via WAGTAILIMAGES_IMAGE_FORM_BASE, for adding and editing images, for the
upload tab of the image chooser and for the multiple uploader. The multiple uploader first stores
the file on its own when the form is incomplete and turns it into an image only once the editor
has filled the form in, so an image without a description or the tick never comes into being.

Why no "decorative" column: a description left empty can only be saved with the tick, so on an
image an empty description *is* the decorative choice; the edit form shows the tick again. Where
an image is placed, the editor decides once more: the body's ImageBlock (alt text or decorative
per placement) and a page's listing image (`listing_image_alt`).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class AccessibleImageForm(BaseImageForm):
    # The description is required unless the image is decorative: it carries Wagtail's required
    # mark, and ``clean`` applies the rule. Browsers are not asked to enforce "required" (they
    # would refuse a decorative image); the form answers every missing field in Dutch itself.
    use_required_attribute = False

    decorative = forms.BooleanField(
        label=_("This image is decorative"),
        required=False,
        help_text=_(
            "Tick only if the picture adds nothing to the text around it, such as a pattern or "
            "a mood picture. Screen readers then skip it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" not in self.fields:
            return
        self.fields["description"].help_text = _(
            "What the picture shows, for visitors who cannot see it, in one or two sentences in "
            "Dutch, e.g. 'Children look through a microscope at the Naturalis open day'. Do not "
            "start with 'Picture of'. A page can give its own description in English."
        )
        self.fields["description"].required = True  # the mark; see full_clean
        if self.instance.pk and not self.instance.description:
            self.initial.setdefault("decorative", True)
        # Show the tick right under the description it replaces.
        order = [name for name in self.fields if name != "decorative"]
        order.insert(order.index("description") + 1, "decorative")
        self.order_fields(order)

    def full_clean(self):
        """Validate with the description optional as a field, so ``clean`` alone decides."""
        description = self.fields.get("description")
        if description is None:
            return super().full_clean()
        description.required = False
        try:
            return super().full_clean()
        finally:
            description.required = True

    def clean(self):
        cleaned_data = super().clean()
        if "description" not in self.fields:
            return cleaned_data
        description = (cleaned_data.get("description") or "").strip()
        if cleaned_data.get("decorative"):
            if description:
                # Screen readers skip a decorative image, so its description would never be read:
                # ask rather than silently dropping what the editor wrote.
                self.add_error(
                    "decorative",
                    _(
                        "A decorative image has no description. Empty the description, or "
                        "untick 'This image is decorative'."
                    ),
                )
        elif not description and "description" not in self.errors:
            self.add_error(
                "description",
                _(
                    "Describe what the picture shows, or tick 'This image is decorative' if it "
                    "adds nothing to the text."
                ),
            )
        return cleaned_data
