"""A real PostgreSQL server started for the test run itself.

Fixtures:
- ``postgres_server_url`` (session): starts a throwaway server on 127.0.0.1 and a database
  ``emulation_test``; yields its SQLAlchemy URL; stops the server and removes its files.
- ``postgres_url`` (function): the same URL, with the database emptied first, so each test
  starts from a clean schema.

Without the server binaries the tests are skipped, or fail when ``CI`` is set.
"""

from __future__ import annotations

import glob
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

DATABASE = "emulation_test"
SUPERUSER = "postgres"
INITDB_OPTIONS = ("-A", "trust", "-U", SUPERUSER, "-E", "UTF8", "--locale=C", "--no-sync")
MISSING = "PostgreSQL server binaries not found (apt-get install postgresql)"


def _version_key(folder: str) -> list[int]:
    return [int(part) for part in re.findall(r"\d+", Path(folder).parent.name)]


def _find_bin_dir() -> Path | None:
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)
    for folder in reversed(candidates):
        if (Path(folder) / "pg_ctl").exists() and (Path(folder) / "initdb").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_account() -> pwd.struct_passwd | None:
    """The account to run the server as: PostgreSQL refuses to run as root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam(SUPERUSER)
    except KeyError:
        pytest.fail("running as root, but there is no 'postgres' user to run the server as")


class _Server:
    """One server: a data folder in a temporary directory, run as a non-root user."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.prefix: list[str] = []
        account = _server_account()
        if account is not None:
            self.prefix = ["runuser", "-u", account.pw_name, "--"]
        self.root = Path(tempfile.mkdtemp(prefix="emulation-pg-"))
        if account is not None:
            os.chown(self.root, account.pw_uid, account.pw_gid)
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = _free_port()

    def _run(self, *args: str) -> None:
        command = [*self.prefix, str(self.bin_dir / args[0]), *args[1:]]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            pytest.fail(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}{log}")

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), *INITDB_OPTIONS)
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def conninfo(self, dbname: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname={dbname}"

    def create_database(self) -> None:
        deadline = time.monotonic() + 10
        while True:
            try:
                with psycopg.connect(self.conninfo("postgres"), autocommit=True) as conn:
                    conn.execute(f"CREATE DATABASE {DATABASE} TEMPLATE template0")
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{DATABASE}"


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """Start a PostgreSQL server for this test run and yield its database URL."""
    bin_dir = _find_bin_dir()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail(f"{MISSING}; the CI must run the PostgreSQL tests")
        pytest.skip(MISSING)
    server = _Server(bin_dir)
    try:
        server.start()
        server.create_database()
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server_url: str) -> str:
    """The test database URL, with an empty ``public`` schema."""
    conninfo = postgres_server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '5s'")
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return postgres_server_url
