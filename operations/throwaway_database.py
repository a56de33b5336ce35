"""Throwaway PostgreSQL databases, named by URL, for what runs the site in processes of its own:
the outage drill, the load test, the bench and the tests of scale-out and backups. Each is made
empty (dropped first, if a run before left it behind) and dropped at the end with every
connection to it.
"""

import contextlib

import dj_database_url
import psycopg2
from psycopg2 import sql


@contextlib.contextmanager
def maintenance_cursor(url):
    """A cursor on the `postgres` database of the server of `url`, outside any transaction
    (where databases are made and dropped)."""
    config = dj_database_url.parse(url)
    connection = psycopg2.connect(
        dbname="postgres",
        user=config["USER"],
        password=config["PASSWORD"],
        host=config["HOST"],
        port=config["PORT"] or None,
        connect_timeout=5,
    )
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            yield cursor
    finally:
        connection.close()


def database_name(url):
    return sql.Identifier(dj_database_url.parse(url)["NAME"])


def recreate_database(url):
    name = database_name(url)
    with maintenance_cursor(url) as cursor:
        cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(name))
        # Thrown away at the end: its writes need not wait for the disk.
        cursor.execute(sql.SQL("ALTER DATABASE {} SET synchronous_commit = off").format(name))


def drop_database(url):
    with maintenance_cursor(url) as cursor:
        cursor.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database_name(url))
        )


def database_exists(url):
    with maintenance_cursor(url) as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [dj_database_url.parse(url)["NAME"]]
        )
        return cursor.fetchone() is not None


@contextlib.contextmanager
def throwaway_database(url):
    recreate_database(url)
    try:
        yield url
    finally:
        drop_database(url)
