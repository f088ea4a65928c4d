"""The document upload form tells editors which file types and sizes the site accepts.

Wagtail refuses other types (``WAGTAILDOCS_EXTENSIONS``) and larger files
(``WAGTAILDOCS_MAX_UPLOAD_SIZE``) with a clear message after the upload; saying both before the
editor picks a file saves a wasted upload. Used via ``WAGTAILDOCS_DOCUMENT_FORM_BASE`` by the add
and edit forms, the chooser's upload tab and the multiple uploader.
"""

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm


class DocumentFormWithLimits(BaseDocumentForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" not in self.fields:
            return
        self.fields["file"].help_text = _(
            "Allowed file types: %(types)s. At most %(size)s. "
            "Upload photos and other pictures under Images instead."
        ) % {
            "types": ", ".join(extension.upper() for extension in settings.WAGTAILDOCS_EXTENSIONS),
            "size": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE),
        }

    def _post_clean(self):
        # A file the size check refused never reaches the model, whose extension check then
        # adds "extension '' is not allowed" to a PDF that was only too large: keep the reason
        # the field gave.
        refused = self._errors.get("file") if self._errors else None
        refused = list(refused) if refused else None
        super()._post_clean()
        if refused:
            self._errors["file"] = self.error_class(refused)
