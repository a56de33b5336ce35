"""What the pytest-xdist workers of one test run share: a folder, and the first one's database.

`make test` runs the suite in one process per core. Migrating a test database and building the
site tree in it takes half a minute, so on SQLite the first worker saves a copy of its database
once the tree is built, and each other worker starts from that copy: pytest-django makes its
database without migrating, and the copy then replaces it. (On PostgreSQL every worker builds
its own.)
"""

import fcntl
import json
import os
import sqlite3
from contextlib import closing

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache


def run_folder(tmp_path_factory):
    """A folder of this test run, shared by its xdist workers (each has one below it)."""
    folder = tmp_path_factory.getbasetemp()
    return folder.parent if os.environ.get("PYTEST_XDIST_WORKER") else folder


class SharedTestDatabase:
    """The first worker's test database, with the site tree, saved for the other workers."""

    def __init__(self, folder, connection):
        self.path = folder / "site-tree.sqlite3"
        self.keys_path = folder / "site-tree.json"  # written last: the copy is complete
        self.connection = connection
        self.enabled = connection.vendor == "sqlite"
        self.lock = None
        self.saved = False

    def claim(self):
        """Wait while another worker builds; then say whether a saved database is there to take.

        The worker that finds none builds it, holding the lock until it has saved it.
        """
        if self.enabled:
            self.lock = (self.path.parent / "site-tree.lock").open("w")
            fcntl.flock(self.lock, fcntl.LOCK_EX)
            self.saved = self.keys_path.exists()
        return self.saved

    def release(self):
        if self.lock is not None:
            fcntl.flock(self.lock, fcntl.LOCK_UN)
            self.lock.close()
            self.lock = None

    def save(self, keys):
        if not self.enabled:
            return
        self.connection.ensure_connection()
        with closing(sqlite3.connect(self.path)) as copy:
            self.connection.connection.backup(copy)
        self.keys_path.write_text(json.dumps(keys))

    def restore(self):
        """Replace this worker's database with the saved one; the saved tree keys."""
        self.connection.ensure_connection()
        with closing(sqlite3.connect(self.path)) as saved:
            saved.backup(self.connection.connection)
        # What this process remembers of the database it made (content type ids, site roots)
        # is wrong for the one that replaced it.
        ContentType.objects.clear_cache()
        cache.clear()
        return json.loads(self.keys_path.read_text())
