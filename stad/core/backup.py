"""Back up the site into one dated archive, and restore it into an empty installation.

An archive (``stad-backup-20261130-2015.tar.gz``) holds:

- ``manifest.json``: when, from which database engine, and how many pages, revisions,
  translations, images, documents and users it holds (``restore`` checks them afterwards);
- the database: ``database.pgdump`` (``pg_dump --format=custom``) on PostgreSQL, or
  ``database.sqlite3`` made with SQLite's online backup (consistent while the site runs);
- ``media/``: uploads and renditions, when they are on disk (with object storage, the bucket's
  own versioning or replication keeps them; the archive then says ``"media": false``).

Restoring needs the same database engine and an installation without content (a new database,
migrated or not): it never merges into or overwrites a site that has pages or users of its own.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection, connections
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

MANIFEST = "manifest.json"
DUMPS = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """Something an operator must fix; the message says what."""


def inventory():
    """What the site holds, to compare before and after a restore."""
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "translations": Page.objects.exclude(locale__language_code=settings.LANGUAGE_CODE)
        .filter(depth__gt=1)
        .count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "users": get_user_model().objects.count(),
    }


def media_on_disk():
    return isinstance(default_storage, FileSystemStorage)


def postgres_environment():
    """libpq's variables for the site's database, so no password appears in a command line."""
    database = settings.DATABASES["default"]
    values = {
        "PGDATABASE": database["NAME"],
        "PGUSER": database.get("USER"),
        "PGPASSWORD": database.get("PASSWORD"),
        "PGHOST": database.get("HOST"),
        "PGPORT": str(database.get("PORT") or ""),
    }
    return {**os.environ, **{key: value for key, value in values.items() if value}}


def run(command):
    result = subprocess.run(command, env=postgres_environment(), capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump_database(folder):
    engine = connection.vendor
    if engine not in DUMPS:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {engine}.")
    target = folder / DUMPS[engine]
    if engine == "postgresql":
        run(["pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", str(target)])
    else:
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        copy.close()
    return engine, target


def backup(output_dir):
    """Write an archive of the database and the media into ``output_dir``; return its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    created = timezone.localtime()
    archive = output_dir / f"stad-backup-{created:%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        engine, dump = dump_database(Path(work))
        manifest = {
            "created": created.isoformat(),
            "engine": engine,
            "media": media_on_disk(),
            "inventory": inventory(),
        }
        (Path(work) / MANIFEST).write_text(json.dumps(manifest, indent=2))
        # Readable by its owner only: it holds password hashes, second-factor keys and page
        # passwords.
        archive.touch(mode=0o600)
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(Path(work) / MANIFEST, arcname=MANIFEST)
            tar.add(dump, arcname=dump.name)
            if manifest["media"] and Path(settings.MEDIA_ROOT).is_dir():
                tar.add(settings.MEDIA_ROOT, arcname="media")
    return archive, manifest


def read_manifest(tar):
    try:
        return json.load(tar.extractfile(MANIFEST))
    except (KeyError, json.JSONDecodeError) as error:
        raise BackupError(
            "This is not a backup of this site: it has no readable manifest."
        ) from error


def has_content():
    """Whether the installation holds anything a restore would destroy: pages besides the
    ones a new installation makes, users, images or documents. Unmigrated means empty."""
    if Page._meta.db_table not in connection.introspection.table_names():
        return False  # not migrated: nothing to lose
    # Any other database error propagates: a database that half answers is not "empty".
    return (
        Page.objects.filter(depth__gt=2).exists()
        or get_user_model().objects.exists()
        or get_image_model().objects.exists()
        or get_document_model().objects.exists()
    )


def restore(archive):
    """Restore ``archive`` into this (empty) installation; return (manifest, inventory now)."""
    with tempfile.TemporaryDirectory() as work:
        try:
            with tarfile.open(archive, "r:gz") as tar:
                manifest = read_manifest(tar)
                check_target(manifest)
                # "data": no absolute paths, no links or names that leave the folder.
                tar.extractall(work, filter="data")
        except (OSError, EOFError, tarfile.TarError) as error:
            raise BackupError(f"Cannot read {archive}: {error}") from error
        load_database(Path(work) / DUMPS[manifest["engine"]], manifest["engine"])
        media = Path(work) / "media"
        if media.is_dir():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    return manifest, inventory()


def check_target(manifest):
    engine = connection.vendor
    if manifest.get("engine") != engine:
        raise BackupError(
            f"This backup is of a {manifest.get('engine')} database; this installation uses "
            f"{engine}. Restore it into an installation with the same database engine."
        )
    if has_content():
        raise BackupError(
            "This installation already has content (pages, users, images or documents). "
            "Restore into a new, empty database, so that nothing is overwritten."
        )


def load_database(dump, engine):
    if engine == "postgresql":
        connections.close_all()
        # --clean: the tables a migrate made are replaced by the backup's.
        run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--dbname",
                settings.DATABASES["default"]["NAME"],
                str(dump),
            ]
        )
        return
    name = settings.DATABASES["default"]["NAME"]
    connection.ensure_connection()
    with sqlite3.connect(dump) as source:
        # The online backup API copies into the open database, replacing all of it.
        source.backup(connection.connection)
    source.close()
    connections.close_all()
    if not Path(name).exists():
        raise BackupError(f"The database {name} was not written.")
