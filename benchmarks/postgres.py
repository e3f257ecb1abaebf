"""A PostgreSQL server for the benchmarks, its data folder kept in the cache between runs."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.datasets import cache_dir


def _bin_dir() -> Path:
    on_path = shutil.which("pg_ctl")
    if on_path and shutil.which("initdb"):
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda f: int(Path(f).parent.name.split(".")[0]))
    if not found:
        raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql)")
    return Path(found[-1])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server() -> Iterator[str]:
    """Start the cached server; yields the URL of its superuser's ``postgres`` database."""
    bins, root = _bin_dir(), cache_dir() / "postgres"
    prefix: list[str] = []
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    data, port = root / "data", _free_port()
    if not data.exists():
        root.mkdir(parents=True, exist_ok=True)
        if prefix:
            os.chown(root, account.pw_uid, account.pw_gid)
        subprocess.run([*prefix, str(bins / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                        "-E", "UTF8", "--locale=C", "--no-sync"], check=True, capture_output=True)
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_buffers=256MB"
    subprocess.run([*prefix, str(bins / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-o", options,
                    "-w", "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*prefix, str(bins / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"], capture_output=True)


def server_cpu() -> float:
    """CPU seconds (user + system) the cached server's processes have spent so far.

    The postmaster's own time and that of the backends it has reaped (a closed connection's
    backend is reaped when it ends), plus its live children's: a query's grouping and sorting done
    by the server is work the client's own CPU does not show.
    """
    data = cache_dir() / "postgres" / "data"
    postmaster = int((data / "postmaster.pid").read_text().split()[0])
    tick = os.sysconf("SC_CLK_TCK")

    def fields(pid: int | str) -> list[str]:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat[stat.rindex(")") + 2 :].split()  # after the command name, which may hold spaces

    own = fields(postmaster)  # [state, ppid, …]: utime, stime, cutime, cstime are 12–15
    total = sum(int(own[i]) for i in (11, 12, 13, 14))
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            child = fields(proc.name)
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(child[1]) == postmaster:
            total += int(child[11]) + int(child[12])
    return total / tick


def database(server_url: str, name: str) -> tuple[str, bool]:
    """The URL of database ``name`` on the server, and whether it already existed."""
    import psycopg

    with psycopg.connect(server_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + "/" + name, exists


def drop(server_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(server_url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
