"""The production profile (bin/prod) and the backup scripts, run for real against the PostgreSQL
server and Redis of this machine: skipped when either is absent. Each module gets a database of
its own, created here and dropped at the end."""

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
# The server to create throwaway databases on: DATABASE_URL's when it is PostgreSQL.
_url = os.environ.get("DATABASE_URL", "")
PG_SERVER = _url.rsplit("/", 1)[0] if _url.startswith("postgres") else "postgres://postgres@127.0.0.1:5432"
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0")


def _postgres_reachable():
    try:
        import psycopg

        psycopg.connect(f"{PG_SERVER}/postgres", connect_timeout=3).close()
        return True
    except Exception:
        return False


def _redis_reachable():
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
        return True
    except Exception:
        return False


needs_services = pytest.mark.skipif(
    not (_postgres_reachable() and _redis_reachable()),
    reason=f"needs PostgreSQL ({PG_SERVER}) and Redis ({REDIS_URL})",
)


def admin_sql(statement):
    import psycopg

    with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
        conn.execute(statement)


def drop_database(name):
    admin_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(name):
    return f"{PG_SERVER}/{name}"


def table_counts(url):
    """{table: row count} of every table of the public schema."""
    import psycopg
    from psycopg import sql

    params = dj_database_url.parse(url)
    with psycopg.connect(url) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        assert tables, f"no table in {params['NAME']}"
        count = sql.SQL("SELECT count(*) FROM {}")
        return {table: conn.execute(count.format(sql.Identifier(table))).fetchone()[0] for table in tables}


class Site:
    """A Relais site of the tests' own: a database (created by bin/prod), media folders in a
    temporary folder, and bin/prod's state (its secret key)."""

    def __init__(self, url, folder):
        self.url, self.folder = url, folder
        self.media_root, self.private_media_root = folder / "media", folder / "private-media"
        self.env = {
            **os.environ,
            "MEDIA_ROOT": str(self.media_root),
            "PRIVATE_MEDIA_ROOT": str(self.private_media_root),
            "STATIC_ROOT": str(folder / "static"),
            "LOG_LEVEL": "ERROR",
        }

    def prod_command(self, *options):
        return [
            sys.executable,
            str(ROOT / "bin" / "prod"),
            f"--database-url={self.url}",
            f"--redis-url={REDIS_URL}",
            f"--state-dir={self.folder / 'state'}",
            *options,
        ]

    def set_up(self):
        """bin/prod's first steps: create the database, migrate, collectstatic, load the demo."""
        subprocess.run(  # noqa: S603 (our own command line)
            self.prod_command("--setup-only"), env=self.env, cwd=ROOT, check=True, capture_output=True
        )
        return self

    def manage_env(self):
        """The environment bin/prod gives its children (production settings, its secret key), for
        running manage.py against the profile's database."""
        return self.env | {
            "DJANGO_SETTINGS_MODULE": "relais.settings.production",
            "SECRET_KEY": (self.folder / "state" / "secret_key").read_text().strip(),
            "DATABASE_URL": self.url,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
        }


class Profile(Site):
    """bin/prod running in the background: two servers on free ports, a task worker."""

    def __init__(self, site, ports):
        super().__init__(site.url, site.folder)
        self.ports = ports
        self.log = self.folder / "prod.log"
        self.process = None

    def base(self, index):
        return f"http://127.0.0.1:{self.ports[index]}"

    def start(self, timeout=300):
        command = self.prod_command(
            f"--ports={','.join(map(str, self.ports))}", "--workers=2", "--threads=2", "--sweep-every=5"
        )
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(  # noqa: S603 (our own command line)
                command, env=self.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if "[prod] ready" in self.log.read_text():
                return self
            if self.process.poll() is not None:
                break
            time.sleep(0.5)
        self.stop()
        raise AssertionError(f"bin/prod did not start:\n{self.log.read_text()[-4000:]}")

    def stop(self, timeout=40):
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else None
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """One site for the ops tests, set up by bin/prod on a new database (bin/prod creates it);
    the database is dropped at the end of the session."""
    if not (_postgres_reachable() and _redis_reachable()):
        pytest.skip(f"needs PostgreSQL ({PG_SERVER}) and Redis ({REDIS_URL})")
    name = f"relais_ops_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    try:
        yield Site(database_url(name), tmp_path_factory.mktemp("site")).set_up()
    finally:
        drop_database(name)


@pytest.fixture(scope="module")
def profile(demo_site):
    """bin/prod serving the demo site: two servers, a task worker, a certificate sweep."""
    running = Profile(demo_site, [free_port(), free_port()]).start()
    try:
        yield running
    finally:
        running.stop()
