"""Backups of the whole site, the database and the media files, in one archive file.

`manage.py backup` writes an archive and `manage.py restore` puts it back into an empty
database and media storage (the commands are thin; the work is here). The archive is a plain tar:
PostgreSQL's custom dump format is compressed already, and pictures and PDFs do not shrink. It
holds, in this order:

    database.pgdump or database.sqlite3   the database
    media/<name>                          each file of the default storage, under its own name
    manifest.json                         what the restore checks against; an archive without it
                                          is incomplete (it is written last)

The database is dumped first and the media files copied after it. Wagtail never writes a new
file over one in use (an upload or a rendition gets a name of its own), so every file the dump
refers to is still there when the media are copied: files uploaded in between are extra and
harmless. The other order would lose the files uploaded between the copy and the dump, which the
restored database would show as broken pictures. Only a file deleted in between is lost, as it
is on the live site (the backup names it), or, if a new upload took its freed name meanwhile,
the archive holds the new file under it.

The archive holds password hashes and every draft, so it is readable by its owner only.
"""

import hashlib
import io
import json
import os
import posixpath
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from contextlib import closing
from pathlib import Path

import django
import wagtail
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import connection
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

MANIFEST = "manifest.json"
MEDIA_FOLDER = "media/"
FORMAT_VERSION = 1
CHUNK_SIZE = 1024 * 1024
# How many names an error message lists before it stops.
NAMES_SHOWN = 5


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


def default_archive_path():
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    return Path(settings.BACKUP_DIR) / f"network-site-{stamp}.tar"


def summary_lines(manifest):
    """What the commands print of a backup: a few numbers (the manifest counts every table)."""
    rows = manifest["database"]["rows"]
    models = [Page, Revision, get_image_model(), get_document_model(), get_user_model()]
    counts = [
        (capfirst(model._meta.verbose_name_plural), rows.get(model._meta.db_table, 0))
        for model in models
    ]
    counts.append((_("Media files"), len(manifest["media"]["files"])))
    return [f"  {label}: {count}" for label, count in counts]


# Databases


class PostgreSQLDatabase:
    vendor = "postgresql"
    display_name = "PostgreSQL"
    dump_name = "database.pgdump"

    def dump(self, path):
        """pg_dump of the site's database into `path`, with the row counts of the same moment."""
        pg_dump = require_program("pg_dump")
        tool_version = program_major_version(pg_dump)
        connection.ensure_connection()
        server_version = connection.pg_version // 10000
        if tool_version < server_version:
            raise BackupError(
                _(
                    "pg_dump %(tool)s is older than the PostgreSQL %(server)s server and cannot "
                    "dump it: install the client programs of PostgreSQL %(server)s or newer."
                )
                % {"tool": tool_version, "server": server_version}
            )
        # pg_dump and the row counts read one snapshot, exported by a transaction of a connection
        # of our own: the counts describe exactly what was dumped, even while editors save.
        snapshot = connection.copy()
        try:
            with snapshot.cursor() as cursor:
                cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                cursor.execute("SELECT pg_export_snapshot()")
                [snapshot_id] = cursor.fetchone()
                arguments, environment = libpq_connection(connection.settings_dict)
                run_program(
                    [
                        pg_dump,
                        "--format=custom",
                        "--no-owner",
                        "--no-privileges",
                        f"--snapshot={snapshot_id}",
                        f"--file={path}",
                        *arguments,
                    ],
                    environment,
                )
                state = database_state(
                    cursor, snapshot.introspection.table_names(cursor), snapshot.ops.quote_name
                )
                cursor.execute("COMMIT")
        finally:
            snapshot.close()
        return {"server_version": server_version, "dump_tool_version": tool_version, **state}

    def check_restore_tools(self, manifest):
        pg_restore = require_program("pg_restore")
        tool_version = program_major_version(pg_restore)
        dump_version = manifest["database"]["dump_tool_version"]
        if tool_version < dump_version:
            raise BackupError(
                _(
                    "pg_restore %(tool)s cannot read a dump made by pg_dump %(dump)s: install "
                    "the client programs of PostgreSQL %(dump)s or newer."
                )
                % {"tool": tool_version, "dump": dump_version}
            )
        return pg_restore

    def restore(self, dump_path, manifest):
        pg_restore = self.check_restore_tools(manifest)
        arguments, environment = libpq_connection(connection.settings_dict)
        # One transaction: a restore that fails leaves the database as empty as it found it.
        run_program(
            [
                pg_restore,
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                *arguments,
                str(dump_path),
            ],
            environment,
        )


class SQLiteDatabase:
    vendor = "sqlite"
    display_name = "SQLite"
    dump_name = "database.sqlite3"

    def dump(self, path):
        """A copy of the site's database into `path` by SQLite's online backup, which copies
        every page in one step (Python's default), so the copy is of one moment. Never from
        inside a transaction that has written: SQLite's backup would wait for it forever."""
        connection.ensure_connection()
        with closing(sqlite3.connect(path)) as copy:
            connection.connection.backup(copy)
            state = database_state(copy.cursor(), sqlite_tables(copy), connection.ops.quote_name)
        return {"sqlite_version": sqlite3.sqlite_version, **state}

    def check_restore_tools(self, manifest):
        """SQLite needs no program: Python's sqlite3 module does it all."""

    def restore(self, dump_path, manifest):
        connection.ensure_connection()
        with closing(sqlite3.connect(dump_path)) as saved:
            saved.backup(connection.connection)


ENGINES = {engine.vendor: engine for engine in (PostgreSQLDatabase(), SQLiteDatabase())}


def site_database():
    if connection.vendor not in ENGINES:
        raise BackupError(
            _("Backups cover PostgreSQL and SQLite databases; this site uses %(vendor)s.")
            % {"vendor": connection.vendor}
        )
    return ENGINES[connection.vendor]


def sqlite_tables(sqlite_connection):
    rows = sqlite_connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return [name for (name,) in rows if not name.startswith("sqlite_")]


def site_tables():
    """The tables of the site's database, leaving out SQLite's own."""
    return [
        name for name in connection.introspection.table_names() if not name.startswith("sqlite_")
    ]


def database_state(cursor, tables, quote_name):
    """Rows per table and the applied migrations: what a restore must find again."""
    rows = {}
    for table in sorted(tables):
        cursor.execute(f"SELECT COUNT(*) FROM {quote_name(table)}")
        rows[table] = cursor.fetchone()[0]
    migrations = []
    if "django_migrations" in rows:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        migrations = [list(row) for row in cursor.fetchall()]
    return {"rows": rows, "migrations": migrations}


def libpq_connection(settings_dict):
    """Options and environment for pg_dump and pg_restore to reach the database as Django does.
    Django's dbshell puts the password and TLS settings in the environment (never on a command
    line that other users can read); its options are psql's, so ours are named here."""
    _psql_arguments, environment = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    options = {"host": "HOST", "port": "PORT", "username": "USER", "dbname": "NAME"}
    arguments = [
        f"--{option}={settings_dict[key]}"
        for option, key in options.items()
        if settings_dict.get(key)
    ]
    return arguments, {**os.environ, **(environment or {})}


def require_program(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            _(
                "%(program)s was not found. Install the PostgreSQL client programs (on Debian: "
                "apt-get install postgresql-client) or put them on the PATH."
            )
            % {"program": name}
        )
    return path


def program_major_version(path):
    """15 for "pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"."""
    output = run_program([path, "--version"], os.environ)
    return int(re.search(r"\) (\d+)", output).group(1))


def run_program(arguments, environment):
    result = subprocess.run(arguments, env=environment, capture_output=True, text=True, check=False)
    if result.returncode:
        raise BackupError(
            _("%(program)s failed: %(error)s")
            % {"program": Path(arguments[0]).name, "error": result.stderr.strip()}
        )
    return result.stdout


# Media


def storage_files(storage, folder=""):
    """Every file name in the storage, found with listdir as both local folders and S3 buckets
    answer it."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a local media folder not made yet: nothing uploaded
        return
    for name in files:
        yield posixpath.join(folder, name)
    for subfolder in folders:
        yield from storage_files(storage, posixpath.join(folder, subfolder))


def copy_with_digest(source, target):
    """Copy one open file into another; the sha256 and size of what was copied."""
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK_SIZE):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def stored_digest(storage, name):
    with storage.open(name, "rb") as stored:
        return hashlib.file_digest(stored, "sha256").hexdigest()


def add_media(archive, storage, work_folder):
    """Copy every file of the storage into the archive; (files as the manifest lists them,
    names of files deleted after they were listed)."""
    files, vanished = [], []
    for name in sorted(storage_files(storage)):
        try:
            stored = storage.open(name, "rb")
        except FileNotFoundError:
            vanished.append(name)
            continue
        # Through a temporary file: a tar entry states its size before its bytes, and a file
        # can change between asking its size and reading it.
        with stored, tempfile.TemporaryFile(dir=work_folder) as copy:
            digest, size = copy_with_digest(stored, copy)
            copy.seek(0)
            archive.addfile(member_info(MEDIA_FOLDER + name, size), copy)
        files.append({"name": name, "size": size, "sha256": digest})
    return files, vanished


def member_info(name, size):
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(time.time())
    info.mode = 0o600
    return info


# Backup


def make_backup(output=None, storage=default_storage):
    """Write the archive (to `output`, or a new file in BACKUP_DIR); its path and manifest."""
    database = site_database()
    output = Path(output) if output else default_archive_path()
    output.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Work next to the archive, on the same file system: a large dump may not fit in /tmp, and
    # the finished archive takes its name in one step, so no half-written archive ever has it.
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".backup-") as work:
        work_folder = Path(work)
        dump_path = work_folder / database.dump_name
        database_manifest = database.dump(dump_path)
        partial = work_folder / "archive.tar"
        with (
            os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as raw,
            tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as archive,
        ):
            with dump_path.open("rb") as dump:
                dump_digest = hashlib.file_digest(dump, "sha256").hexdigest()
            archive.add(dump_path, arcname=database.dump_name)
            files, vanished = add_media(archive, storage, work_folder)
            manifest = {
                "format": FORMAT_VERSION,
                "created": timezone.now().isoformat(),
                "django": django.__version__,
                "wagtail": wagtail.__version__,
                "database": {
                    "vendor": database.vendor,
                    "dump": database.dump_name,
                    "sha256": dump_digest,
                    **database_manifest,
                },
                "media": {
                    "storage": f"{type(storage).__module__}.{type(storage).__name__}",
                    "files": files,
                    "deleted_while_copying": vanished,
                },
            }
            content = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            archive.addfile(member_info(MANIFEST, len(content)), io.BytesIO(content))
        os.replace(partial, output)
    return output, manifest


# Restore


def restore_backup(archive_path, storage=default_storage):
    """Put the archive back into the site's empty database and its storage, then check both
    against the manifest. Everything that can be checked before a change is checked first:
    the archive's checksums, the database engine and programs, an empty database, free names
    in the storage. Returns the manifest and the names of files the storage already held."""
    archive_path = Path(archive_path)
    if not archive_path.is_file():
        raise BackupError(_("There is no backup archive at %(path)s.") % {"path": archive_path})
    database = site_database()
    try:
        with tarfile.open(archive_path, "r:") as archive:
            manifest = read_manifest(archive, archive_path)
            check_vendor(manifest, database)
            database.check_restore_tools(manifest)
            check_archive(archive, manifest)
            check_empty_database()
            kept = files_already_stored(storage, manifest)
            with tempfile.TemporaryDirectory() as work:
                dump_path = Path(work) / database.dump_name
                with archive.extractfile(database.dump_name) as dump, dump_path.open("wb") as copy:
                    shutil.copyfileobj(dump, copy, CHUNK_SIZE)
                database.restore(dump_path, manifest)
            for file in manifest["media"]["files"]:
                if file["name"] not in kept:
                    restore_file(archive, storage, file["name"])
    except (tarfile.TarError, EOFError) as error:
        raise unreadable_archive(archive_path, error) from error
    verify_restore(manifest, storage)
    return manifest, kept


def restore_file(archive, storage, name):
    info = archive.getmember(MEDIA_FOLDER + name)
    with archive.extractfile(info) as member:
        content = File(member)
        # Else Django would guess the size from the member's name, taken as a path on disk.
        content.size = info.size
        # The storage refuses a name outside itself (such as "../settings.py").
        stored_name = storage.save(name, content)
    if stored_name != name:
        raise BackupError(media_mismatch_message([name]))


def unreadable_archive(archive_path, error):
    return BackupError(
        _("%(path)s is not a readable backup archive (%(error)s).")
        % {"path": archive_path, "error": error}
    )


def read_manifest(archive, archive_path):
    try:
        with archive.extractfile(MANIFEST) as file:
            manifest = json.load(file)
    except KeyError as error:
        raise BackupError(
            _(
                "%(path)s has no manifest: it is not a backup of this site, or the backup did "
                "not finish."
            )
            % {"path": archive_path}
        ) from error
    except ValueError as error:
        raise unreadable_archive(archive_path, error) from error
    if manifest.get("format") != FORMAT_VERSION:
        raise unreadable_archive(archive_path, f"manifest format {manifest.get('format')!r}")
    return manifest


def check_vendor(manifest, database):
    backup_vendor = manifest["database"]["vendor"]
    if backup_vendor != database.vendor:
        raise BackupError(
            _("This backup holds a %(backup)s database, but the site is configured for %(target)s.")
            % {"backup": ENGINES[backup_vendor].display_name, "target": database.display_name}
        )


def check_archive(archive, manifest):
    """Every member the manifest lists is in the archive with its checksum."""
    expected = {manifest["database"]["dump"]: manifest["database"]["sha256"]}
    expected.update(
        {MEDIA_FOLDER + file["name"]: file["sha256"] for file in manifest["media"]["files"]}
    )
    damaged = []
    for name, digest in expected.items():
        try:
            member = archive.extractfile(name)
        except KeyError:
            damaged.append(name)
            continue
        with member:
            if hashlib.file_digest(member, "sha256").hexdigest() != digest:
                damaged.append(name)
    if damaged:
        raise BackupError(
            _(
                "The archive is damaged: these files are missing from it or differ from its "
                "manifest: %(names)s."
            )
            % {"names": shown_names(damaged)}
        )


def check_empty_database():
    tables = site_tables()
    if tables:
        raise BackupError(
            _(
                "The database %(name)s is not empty (%(count)s tables). A backup is restored "
                "only into an empty database, so that nothing is overwritten: create an empty "
                "database (or remove the SQLite file) and restore again."
            )
            % {"name": connection.settings_dict["NAME"], "count": len(tables)}
        )


def files_already_stored(storage, manifest):
    """Names the storage already holds with the backup's content (a restore into the storage
    the backup came from). A name it holds with other content stops the restore."""
    kept, different = set(), []
    for file in manifest["media"]["files"]:
        if storage.exists(file["name"]):
            if stored_digest(storage, file["name"]) == file["sha256"]:
                kept.add(file["name"])
            else:
                different.append(file["name"])
    if different:
        raise BackupError(
            _(
                "The media storage already holds other files under the names of the backup's "
                "files: %(names)s. Restore into an empty storage, or move those files away first."
            )
            % {"names": shown_names(different)}
        )
    return kept


def verify_restore(manifest, storage):
    """The restored database has every table with its rows and the applied migrations of the
    backup, and the storage every file with its checksum."""
    with connection.cursor() as cursor:
        state = database_state(cursor, site_tables(), connection.ops.quote_name)
    problems = [
        _("table %(table)s has %(found)s rows instead of %(expected)s")
        % {"table": table, "found": state["rows"].get(table, 0), "expected": expected}
        for table, expected in manifest["database"]["rows"].items()
        if state["rows"].get(table) != expected
    ]
    if state["migrations"] != manifest["database"]["migrations"]:
        problems.append(_("the applied migrations differ"))
    missing = [
        file["name"]
        for file in manifest["media"]["files"]
        if not storage.exists(file["name"])
        or stored_digest(storage, file["name"]) != file["sha256"]
    ]
    if missing:
        problems.append(media_mismatch_message(missing))
    if problems:
        raise BackupError(
            _("The restored site does not match the backup: %(problems)s.")
            % {"problems": "; ".join(problems)}
        )


def media_mismatch_message(names):
    return _("media files missing or different: %(names)s") % {"names": shown_names(names)}


def pending_migrations():
    """Migrations of this code that the restored database lacks (a backup of older code)."""
    executor = MigrationExecutor(connection)
    return executor.migration_plan(executor.loader.graph.leaf_nodes())


def shown_names(names):
    shown = ", ".join(names[:NAMES_SHOWN])
    return shown + (", …" if len(names) > NAMES_SHOWN else "")
