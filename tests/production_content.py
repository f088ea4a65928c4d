"""Content for the servers that tests start with production settings: made by a management
shell in the server's own database and media folder, as an editor would leave it."""

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# A Dutch home page replaces Wagtail's welcome page, gets a picture (its og:image) and is
# published; one document and one picture sit in a collection that only signed-in users may
# see, one document in the public root collection. Each server has a new database
# (``production_site``); the script also works in one it ran in before.
# A second public document has the same file name as the first, which storage must not overwrite.
MAKE_CONTENT = r"""
import io, json
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from stad.core.models import HomePage
from tests.scaffolding import dutch_home

def picture(name, colour):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (1600, 900), colour).save(buffer, "JPEG")
    return ContentFile(buffer.getvalue(), name=name)

Image, Document = get_image_model(), get_document_model()
root = Collection.get_first_root_node()
restricted = Collection.objects.filter(name="Alleen voor medewerkers").first()
restricted = restricted or root.add_child(name="Alleen voor medewerkers")
CollectionViewRestriction.objects.get_or_create(
    collection=restricted, restriction_type=CollectionViewRestriction.LOGIN
)
public_image = Image.objects.create(title="Hortus", file=picture("hortus.jpg", "green"))
private_image = Image.objects.create(
    title="Embargo", file=picture("embargo.jpg", "red"), collection=restricted
)
public_document = Document.objects.create(
    title="Jaarverslag", file=ContentFile(b"openbaar verslag", name="jaarverslag 2023.txt")
)
same_name = Document.objects.create(
    title="Jaarverslag (nieuw)", file=ContentFile(b"nieuwe versie", name="jaarverslag 2023.txt")
)
private_document = Document.objects.create(
    title="Concept", file=ContentFile(b"vertrouwelijk", name="concept-begroting.txt"),
    collection=restricted,
)
home = HomePage.objects.filter(depth=2, locale__language_code="nl").first() or dutch_home()
home.listing_image = public_image
home.save_revision().publish()
# What production's worker does after a publish (the reference index: the API lists a picture
# once a live page uses it).
call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
call_command("make_renditions", verbosity=0)
print(json.dumps({
    "home": home.url,
    "public_image": public_image.file.name,
    "private_image": private_image.file.name,
    "public_document": [public_document.id, public_document.file.name, public_document.url],
    "same_name": [same_name.id, same_name.file.name, same_name.url],
    "private_document": [private_document.id, private_document.file.name, private_document.url],
}))
"""


def production_site(work, database_url, **extra):
    """The environment of a site run with production settings from the folder ``work`` (its
    static files, media and page cache there) on ``database_url``, collected and migrated as a
    deploy does; ``extra`` adds variables. It keeps the run's Redis (REDIS_URL: the store the
    page cache shares between processes) but not its search cluster: the suite's indexes are
    not this site's, and a publish here would write into them, so it searches its database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "test-production-secret-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DJANGO_PAGE_CACHE_DIR": str(work / "page-cache"),
        "DATABASE_URL": database_url,
        "DJANGO_EMAIL_HOST": "127.0.0.1",
        "DJANGO_DEFAULT_FROM_EMAIL": "test@localhost",
        **extra,
    }
    env.pop("SEARCH_URL", None)
    for command in (["collectstatic", "--noinput"], ["migrate", "--noinput"]):
        subprocess.run(
            [sys.executable, "manage.py", *command, "-v0"],
            cwd=PROJECT,
            env=env,
            check=True,
            timeout=600,
        )
    return env


def make_content(env):
    """Run MAKE_CONTENT with ``env`` (the server's settings); return what it made."""
    made = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", MAKE_CONTENT],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(made.stdout.strip().splitlines()[-1])
