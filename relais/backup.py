"""Backups of a Relais site: the PostgreSQL database (pg_dump, custom format) and the uploaded
files (MEDIA_ROOT and PRIVATE_MEDIA_ROOT, in one tar), in one timestamped folder with a manifest
of row counts and file checksums that `restore` checks after restoring. Used by bin/backup and
bin/restore (README, Operations). Needs PostgreSQL's client programs (pg_dump, pg_restore) of the
server's major version or newer."""

import datetime
import hashlib
import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import dj_database_url
import psycopg
from psycopg import sql

DUMP, FILES, MANIFEST = "database.dump", "media.tar.gz", "manifest.json"
# Names of the two folders inside the tar.
FOLDERS = ("media", "private-media")


class BackupError(Exception):
    pass


def postgres_connect_args(url):
    """(database name, psycopg.connect keyword arguments) of a PostgreSQL URL (bin/prod too)."""
    params = dj_database_url.parse(url)
    if params["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError(f"not a PostgreSQL URL: {url}")
    return params["NAME"], {
        "host": params["HOST"] or None,
        "port": params["PORT"] or None,
        "user": params["USER"] or None,
        "password": params["PASSWORD"] or None,
    }


def _tool(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client)")
    return path


TABLES = "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"


def _count_rows(conn):
    tables = [row[0] for row in conn.execute(TABLES)]
    count = sql.SQL("SELECT count(*) FROM {}")
    return {table: conn.execute(count.format(sql.Identifier(table))).fetchone()[0] for table in tables}


def row_counts(url):
    """{table: rows} for every table of the public schema."""
    name, connect = postgres_connect_args(url)
    with psycopg.connect(dbname=name, **connect) as conn:
        return _count_rows(conn)


def file_checksums(folders):
    """{"media/…": sha256} of every file under the given {name in the tar: folder}."""
    sums = {}
    for name, folder in folders.items():
        folder = Path(folder)
        if not folder.exists():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                for chunk in iter(lambda handle=handle: handle.read(1 << 20), b""):
                    digest.update(chunk)
            sums[f"{name}/{path.relative_to(folder).as_posix()}"] = digest.hexdigest()
    return sums


def backup(database_url, media_root, private_media_root, destination, *, now=None):
    """Write <destination>/relais-<database>-<UTC time>/ and return its path. The dump is one
    consistent snapshot; the files are archived after it, so every file the dump refers to is in
    the archive (unless deleted in between)."""
    name, connect = postgres_connect_args(database_url)
    stamp = (now or datetime.datetime.now(datetime.UTC)).strftime("%Y%m%dT%H%M%SZ")
    folder = Path(destination) / f"relais-{name}-{stamp}"
    folder.mkdir(parents=True, exist_ok=False)
    try:
        # The row counts are read in the very snapshot that pg_dump dumps (the site may be live).
        with psycopg.connect(dbname=name, **connect) as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            snapshot = conn.execute("SELECT pg_export_snapshot()").fetchone()[0]
            counts = _count_rows(conn)
            subprocess.run(  # noqa: S603
                [
                    _tool("pg_dump"),
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    f"--snapshot={snapshot}",
                    f"--file={folder / DUMP}",
                    database_url,
                ],
                check=True,
            )
        folders = dict(zip(FOLDERS, (Path(media_root), Path(private_media_root)), strict=True))
        with tarfile.open(folder / FILES, "w:gz") as archive:
            for arcname, path in folders.items():
                if path.exists():
                    archive.add(path, arcname=arcname)
        manifest = {
            "database": name,
            "created_at": stamp,
            "pg_dump": subprocess.run(  # noqa: S603
                [_tool("pg_dump"), "--version"], check=True, capture_output=True, text=True
            ).stdout.strip(),
            "row_counts": counts,
            "files": file_checksums(folders),
        }
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def _ensure_empty_database(database_url):
    name, connect = postgres_connect_args(database_url)
    with psycopg.connect(dbname="postgres", autocommit=True, **connect) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return
    if row_counts(database_url):
        raise BackupError(f"database {name} is not empty: restore only into a new or empty database")


def _ensure_empty_folder(path):
    path = Path(path)
    if path.exists() and any(path.iterdir()):
        raise BackupError(f"{path} is not empty: restore only into new or empty media folders")
    path.mkdir(parents=True, exist_ok=True)


def restore(folder, database_url, media_root, private_media_root):
    """Restore a backup folder into an empty (or new) database and empty media folders, then
    check row counts and file checksums against the manifest. Returns the manifest."""
    folder = Path(folder)
    manifest = json.loads((folder / MANIFEST).read_text())
    targets = dict(zip(FOLDERS, (Path(media_root), Path(private_media_root)), strict=True))
    _ensure_empty_database(database_url)
    for path in targets.values():
        _ensure_empty_folder(path)
    subprocess.run(  # noqa: S603
        [
            _tool("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={database_url}",
            str(folder / DUMP),
        ],
        check=True,
    )
    with tarfile.open(folder / FILES, "r:gz") as archive:
        for member in archive.getmembers():
            top, _, rest = member.name.partition("/")
            if top not in targets or not rest:
                continue
            member.name = rest
            archive.extract(member, targets[top], filter="data")
    problems = verify(manifest, database_url, targets)
    if problems:
        raise BackupError("restored, but it does not match the backup:\n" + "\n".join(problems))
    return manifest


def verify(manifest, database_url, folders):
    """Differences between a backup's manifest and a database and media folders ([] when none)."""
    problems = []
    counts = row_counts(database_url)
    for table, expected in manifest["row_counts"].items():
        if counts.get(table) != expected:
            problems.append(f"table {table}: {counts.get(table)} rows, {expected} in the backup")
    sums = file_checksums(folders)
    for path, expected in manifest["files"].items():
        if sums.get(path) != expected:
            problems.append(f"file {path}: {'missing' if path not in sums else 'different content'}")
    problems.extend(f"file {path}: not in the backup" for path in sums.keys() - manifest["files"].keys())
    return problems
