"""Backups: `manage.py backup` and `manage.py restore` (operations/backup.py).

A backup of the suite's own database (the site tree of tests/site_tree.py and an account, on
SQLite or on PostgreSQL, whichever DATABASE_URL names) is restored by `manage.py restore` in a
process of its own into a new empty database and a new media folder or bucket; another process
then reads the restored site, which must hold every page, translation, revision, picture,
document and user of the original, with the same file bytes and password hashes.
"""

import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
from urllib.parse import quote

import boto3
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import override_settings
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from network_site.settings.base import object_storage
from operations.backup import BackupError, files_already_stored
from operations.throwaway_database import throwaway_database

from . import object_storage_server
from .backup_fingerprint import PRINT_FINGERPRINT, site_fingerprint

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
postgresql_only = pytest.mark.skipif(not ON_POSTGRESQL, reason="pg_dump serves PostgreSQL only")
ACCOUNT = "backup-editor"
S3_CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "backup-test",
    "AWS_SECRET_ACCESS_KEY": "backup-test",
    "AWS_DEFAULT_REGION": "us-east-1",
}


def as_json(data):
    return json.loads(json.dumps(data))


def site_environment(database_url, **variables):
    """The environment of a process of the site on another database and storage. The dev
    settings, as `make restore` uses them: they take MEDIA_ROOT and the bucket from the
    environment (the test settings fix MEDIA_ROOT)."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("AWS_", "DJANGO_", "DATABASE_", "MEDIA_", "REDIS_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="network_site.settings.dev", DATABASE_URL=database_url, **variables
    )
    return environment


def run_site(arguments, environment):
    result = subprocess.run(
        [sys.executable, *arguments],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def restored_fingerprint(archive, environment):
    run_site(["manage.py", "restore", str(archive)], environment)
    return json.loads(run_site(["-c", PRINT_FINGERPRINT], environment))


def assert_same_site(restored, original):
    # Not a vacuous comparison: the original has what the restore must bring back.
    assert {language for _key, language, *_rest in original["pages"]} == {"sq", "sr-latn", "en"}
    for part in ("revisions", "translations", "translated_strings", "images", "renditions"):
        assert original[part], part
    assert original["documents"]
    for part, items in original.items():
        assert restored[part] == items, part


def make_backup(path):
    call_command("backup", output=str(path), stdout=io.StringIO())
    return path


@pytest.fixture(scope="module")
def backup(tmp_path_factory, django_db_setup, django_db_blocker):
    """A backup of the suite's database with an account added, and what it holds. Made outside
    any test's transaction, which pg_dump could not see."""
    with django_db_blocker.unblock():
        account = get_user_model().objects.create_user(
            ACCOUNT, "editor@example.org", "a long passphrase for the backup"
        )
        account.groups.set(Group.objects.filter(name="Communications"))
        try:
            archive = make_backup(tmp_path_factory.mktemp("backup") / "site.tar")
            yield archive, as_json(site_fingerprint())
        finally:
            account.delete()


@pytest.fixture
def empty_database_url(tmp_path):
    """A new empty database of the suite's kind, dropped afterwards."""
    if not ON_POSTGRESQL:
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    name = f"restored_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
    found = connection.settings_dict
    user = quote(found["USER"] or "", safe="")
    password = quote(found["PASSWORD"] or "", safe="")
    with throwaway_database(
        f"postgres://{user}:{password}@{found['HOST']}:{found['PORT']}/{name}"
    ) as url:
        yield url


@pytest.fixture(scope="module")
def s3_endpoint():
    with object_storage_server.s3_server() as endpoint:
        yield endpoint


def test_restore_brings_back_every_page_translation_revision_picture_document_and_user(
    backup, empty_database_url, tmp_path
):
    archive, original = backup
    environment = site_environment(empty_database_url, MEDIA_ROOT=str(tmp_path / "media"))

    restored = restored_fingerprint(archive, environment)

    assert_same_site(restored, original)
    [account] = [user for user in restored["users"] if user[0] == ACCOUNT]
    assert account[2] == get_user_model().objects.get(username=ACCOUNT).password
    assert account[3] == ["Communications"]


@pytest.fixture(scope="module")
def bucket_backup(s3_endpoint, tmp_path_factory, django_db_setup, django_db_blocker):
    """A backup of the suite's database with its media files in a bucket ("site-media"), and
    what it holds. Made outside any test's transaction: SQLite cannot copy a database that its
    own connection is writing to."""
    with pytest.MonkeyPatch.context() as environment, django_db_blocker.unblock():
        for name, value in S3_CREDENTIALS.items():
            environment.setenv(name, value)
        buckets = boto3.client("s3", endpoint_url=s3_endpoint)
        buckets.create_bucket(Bucket="site-media")
        image_model = get_image_model()
        files = [
            *(image.file.name for image in image_model.objects.all()),
            *(rendition.file.name for rendition in image_model.get_rendition_model().objects.all()),
            *(document.file.name for document in get_document_model().objects.all()),
        ]
        for name in files:
            with default_storage.open(name, "rb") as file:
                buckets.put_object(Bucket="site-media", Key=name, Body=file.read())
        site_media = object_storage(
            {"AWS_STORAGE_BUCKET_NAME": "site-media", "AWS_S3_ENDPOINT_URL": s3_endpoint}
        )
        with override_settings(STORAGES={**settings.STORAGES, "default": site_media}):
            archive = make_backup(tmp_path_factory.mktemp("bucket-backup") / "site.tar")
            yield archive, as_json(site_fingerprint()), files


def test_media_in_a_bucket_come_back_into_another_bucket(
    bucket_backup, s3_endpoint, empty_database_url, monkeypatch
):
    archive, original, files = bucket_backup
    for name, value in S3_CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    buckets = boto3.client("s3", endpoint_url=s3_endpoint)
    buckets.create_bucket(Bucket="restored-media")
    environment = site_environment(
        empty_database_url,
        AWS_STORAGE_BUCKET_NAME="restored-media",
        AWS_S3_ENDPOINT_URL=s3_endpoint,
        **S3_CREDENTIALS,
    )

    restored = restored_fingerprint(archive, environment)

    assert_same_site(restored, original)
    listing = buckets.list_objects_v2(Bucket="restored-media")["Contents"]
    assert sorted(item["Key"] for item in listing) == sorted(files)


def test_archive_is_readable_by_its_owner_only(backup):
    archive, _original = backup
    assert archive.stat().st_mode & 0o077 == 0


def restore(archive):
    with translation.override("en"):
        call_command("restore", str(archive), stdout=io.StringIO())


def test_restore_refuses_a_database_that_is_not_empty(backup):
    archive, _original = backup
    with pytest.raises(CommandError, match=r"is not empty .* restored only into an empty database"):
        restore(archive)


def test_restore_explains_a_missing_archive_and_a_file_that_is_none(tmp_path):
    with pytest.raises(CommandError, match="There is no backup archive at"):
        restore(tmp_path / "missing.tar")
    junk = tmp_path / "junk.tar"
    junk.write_bytes(b"not an archive\n" * 1000)
    with pytest.raises(CommandError, match="is not a readable backup archive"):
        restore(junk)


def test_restore_refuses_a_backup_that_did_not_finish(backup, tmp_path):
    archive, _original = backup
    unfinished = tmp_path / "unfinished.tar"
    unfinished.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    with pytest.raises(CommandError, match=r"has no manifest|not a readable backup archive"):
        restore(unfinished)


def rewrite_archive(source, target, change):
    """A copy of the archive in which change(name, content) gives each member's content."""
    with tarfile.open(source) as original, tarfile.open(target, "w") as copy:
        for member in original.getmembers():
            content = change(member.name, original.extractfile(member).read())
            member.size = len(content)
            copy.addfile(member, io.BytesIO(content))
    return target


def test_restore_refuses_a_damaged_archive(backup, tmp_path):
    archive, original = backup
    picture = "media/" + original["images"][0][1]

    def damage(name, content):
        return content[:-1] + bytes([content[-1] ^ 1]) if name == picture else content

    with pytest.raises(CommandError, match=f"The archive is damaged: .*{re.escape(picture)}"):
        restore(rewrite_archive(archive, tmp_path / "damaged.tar", damage))


def test_restore_refuses_a_backup_of_the_other_database_engine(backup, tmp_path):
    archive, _original = backup
    other = "sqlite" if ON_POSTGRESQL else "postgresql"

    def other_engine(name, content):
        if name != "manifest.json":
            return content
        manifest = json.loads(content)
        manifest["database"]["vendor"] = other
        return json.dumps(manifest).encode()

    with pytest.raises(CommandError, match=r"This backup holds a .* database, but the site is"):
        restore(rewrite_archive(archive, tmp_path / "other.tar", other_engine))


@postgresql_only
def test_backup_explains_a_missing_pg_dump(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with translation.override("en"), pytest.raises(CommandError, match="pg_dump was not found"):
        make_backup(tmp_path / "site.tar")


@postgresql_only
def test_backup_refuses_a_pg_dump_older_than_the_server(tmp_path, monkeypatch):
    old_pg_dump = tmp_path / "pg_dump"
    old_pg_dump.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n")
    old_pg_dump.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    with translation.override("en"), pytest.raises(CommandError, match="is older than the"):
        make_backup(tmp_path / "site.tar")
    assert not (tmp_path / "site.tar").exists()


def test_restore_keeps_the_same_files_and_refuses_other_files_of_the_same_name(tmp_path):
    storage = FileSystemStorage(location=tmp_path)
    storage.save("documents/same.txt", ContentFile(b"same"))
    manifest = {
        "media": {
            "files": [
                {"name": "documents/same.txt", "sha256": as_sha256(b"same")},
                {"name": "documents/new.txt", "sha256": as_sha256(b"new")},
            ]
        }
    }
    assert files_already_stored(storage, manifest) == {"documents/same.txt"}

    storage.save("documents/new.txt", ContentFile(b"something else"))
    with translation.override("en"), pytest.raises(BackupError, match=r"documents/new\.txt"):
        files_already_stored(storage, manifest)


def as_sha256(content):
    return hashlib.sha256(content).hexdigest()
