from django.core.management.base import BaseCommand
from wagtail.models import Page

from stad.core import renditions
from stad.core.missing_originals import unreadable
from stad.core.models import BasePage


class Command(BaseCommand):
    help = (
        "Make every picture rendition that the live pages and their cards show, so that no "
        "visitor waits for one: after an import, or after the picture shapes changed. Renditions "
        "that exist already are kept, so a second run makes nothing. Publishing a page makes its "
        "own renditions in a background task."
    )

    def handle(self, *args, verbosity, **options):
        pages = (
            Page.objects.live()
            .type(BasePage)
            .specific()
            .select_related("listing_image", "social_image", for_specific_subqueries=True)
        )
        shapes = {}
        page_count = 0
        for page in pages.iterator(chunk_size=500):
            renditions.shapes_by_image(renditions.pictures_of(page), into=shapes)
            page_count += 1
        made = 0
        left_out = []
        for image, image_shapes in shapes.values():
            count = renditions.make_renditions(image, image_shapes)
            made += count
            if unreadable(image):
                left_out.append(image)
            if verbosity >= 2:
                shown = ", ".join(sorted(image_shapes))
                self.stdout.write(f"{image.title} ({shown}): {count} made")
        if verbosity >= 1:
            self.stdout.write(
                f"Made {made} renditions of {len(shapes)} images shown by {page_count} live pages."
            )
        if left_out:
            # On stderr and whatever the verbosity: pages leave these pictures out until the
            # files are back (see stad.core.missing_originals).
            names = ", ".join(f"{image.title} (id {image.pk})" for image in left_out)
            one = len(left_out) == 1
            which = "1 image has" if one else f"{len(left_out)} images have"
            self.stderr.write(
                f"{which} an original that cannot be read, so pages leave "
                f"{'it' if one else 'them'} out: {names}. Restore the files and run this "
                "command again."
            )
