"""Backup and restore as an operator runs them: the demo site backed up, restored into a new,
empty installation, and found there whole; a restore never overwrites a site with content."""

import json
from pathlib import Path

import pytest

from tests.scaffolding import install_demo, installed_site, manage
from tests.services import create_database, drop_database, postgres_server, require

# Printed by each installation: what an editor would miss if a restore lost it.
INVENTORY = """
import json
from django.contrib.auth import get_user_model
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Revision
print(json.dumps({
    "pages": sorted(Page.objects.values_list("url_path", "locale__language_code", "live")),
    "revisions": Revision.objects.count(),
    "translations": sorted(
        Page.objects.filter(locale__language_code="en").values_list("translation_key", "title")
    ),
    "images": sorted(Image.objects.values_list("title", "file")),
    "documents": sorted(Document.objects.values_list("title", "file")),
    "users": sorted(get_user_model().objects.values_list("username", "password")),
}, default=str))
"""


def new_database(engine, folder):
    """The URL of a new, empty database: a file, or a database on the PostgreSQL server."""
    if engine == "sqlite":
        return f"sqlite:///{folder / 'db.sqlite3'}"
    url = create_database("stad_backup")
    CREATED.append(url)
    return url


CREATED = []


@pytest.fixture(scope="module", autouse=True)
def drop_created_databases():
    yield
    while CREATED:
        drop_database(CREATED.pop())


def installation(folder, engine="sqlite"):
    """The environment of a site installed in ``folder``: its own database and media."""
    return installed_site(folder, new_database(engine, folder))


def files(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo_backup(request, tmp_path_factory):
    """The demo site backed up once per database engine for the module's tests (PostgreSQL
    with pg_dump and pg_restore in make test-stack). On SQLite it is the run's demo
    installation (``demo_installation``), loaded once for every test that needs one."""
    work = tmp_path_factory.mktemp("backup")
    if request.param == "postgresql":
        require("PostgreSQL (DATABASE_URL)", postgres_server())
        site = installation(work / "site", request.param)
        install_demo(site)  # with its role users
    else:
        _folder, site, _output = request.getfixturevalue("demo_installation")
    # The demo has no documents; an editor's upload.
    manage(
        site,
        "shell",
        "-v0",
        "-c",
        (
            "from django.core.files.base import ContentFile;"
            "from wagtail.documents.models import Document;"
            "Document.objects.create("
            "title='Jaarverslag', file=ContentFile(b'%PDF-1.7', 'jaar.pdf'))"
        ),
    )
    result = manage(site, "backup", "--output-dir", str(work / "backups"))
    (archive,) = (work / "backups").glob("stad-backup-*.tar.gz")
    assert str(archive) in result.stdout
    assert archive.stat().st_mode & 0o077 == 0  # password hashes: for its owner's eyes only
    return work, site, archive


def test_a_backup_restored_into_a_new_installation_holds_everything(demo_backup):
    work, site, archive = demo_backup
    engine = "sqlite" if site["DATABASE_URL"].startswith("sqlite") else "postgresql"
    restored = installation(work / "restored", engine)

    result = manage(restored, "restore", str(archive))

    assert "Restored the backup of" in result.stdout
    before = json.loads(manage(site, "shell", "-v0", "-c", INVENTORY).stdout)
    after = json.loads(manage(restored, "shell", "-v0", "-c", INVENTORY).stdout)
    assert after == before
    assert before["translations"] and before["images"] and before["documents"]
    assert before["users"]
    assert files(Path(restored["DJANGO_MEDIA_ROOT"])) == files(Path(site["DJANGO_MEDIA_ROOT"]))
    # The restored site serves its pages.
    check = manage(
        restored,
        "shell",
        "-c",
        (
            "from django.test import Client; c = Client(HTTP_HOST='localhost');"
            "print(c.get('/nl/').status_code, c.get('/en/').status_code)"
        ),
    )
    assert check.stdout.split()[-2:] == ["200", "200"]


def test_a_restore_never_overwrites_a_site_with_content(demo_backup):
    _work, site, archive = demo_backup
    result = manage(site, "restore", str(archive), check=False)
    assert result.returncode != 0
    assert "already has content" in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "Cannot read"), (b"not a tar file at all", "Cannot read")],
)
def test_a_damaged_archive_gets_a_clear_message_and_changes_nothing(tmp_path, content, message):
    target = installation(tmp_path / "empty")
    archive = tmp_path / "stad-backup-damaged.tar.gz"
    archive.write_bytes(content)
    result = manage(target, "restore", str(archive), check=False)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "empty" / "db.sqlite3").exists() or not files(
        Path(target["DJANGO_MEDIA_ROOT"])
    )
