"""Helpers shared by the bench scripts. Only the standard library at import time: bench/peer.py's
child imports this module too, in the peer's own virtual environment."""

import json
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTGRES = "postgres://postgres@127.0.0.1:5432"  # the default server, a URL without a database


class DatabaseUnavailable(Exception):
    pass


def marked_json(output, marker):
    """The JSON printed after `marker` on the last line of `output` that starts with it."""
    line = next(line for line in reversed(output.splitlines()) if line.startswith(marker))
    return json.loads(line[len(marker) :])


def manage_shell_json(env, code, marker):
    """Runs `code` with `manage.py shell -c` in `env` and returns the JSON it printed after `marker`."""
    output = subprocess.run(  # noqa: S603 (our own command line)
        [sys.executable, str(ROOT / "manage.py"), "shell", "-v0", "-c", code],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return marked_json(output, marker)


def drop_database(server, name):
    """Drops database `name` on `server`, even while clients are still connected to it."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=10) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@contextmanager
def postgres_database(server, name):
    """Database `name` created on `server` for this run, dropped on exit; yields its URL. Raises
    DatabaseUnavailable when it cannot be created."""
    import psycopg
    from psycopg import sql

    try:
        with psycopg.connect(f"{server}/postgres", autocommit=True, connect_timeout=10) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.Error as error:
        raise DatabaseUnavailable(f"cannot create a database on {server}: {error}") from error
    try:
        yield f"{server}/{name}"
    finally:
        drop_database(server, name)
