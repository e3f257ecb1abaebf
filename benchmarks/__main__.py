"""Every end-to-end path as a whole process beside its floor, measured in the same run.

    uv run python -m benchmarks                 # 1.000 and 10.000 units
    uv run python -m benchmarks --quick         # 300 units: a check that everything runs
    uv run python -m benchmarks --curve         # 1.000, 10.000 and 30.000 units
    uv run python -m benchmarks --postgres      # rank and awards on PostgreSQL too (100.000 with --curve)
    uv run python -m benchmarks --only rank     # the paths whose name contains "rank"

The data is built once and cached outside the repository (``$EMULATION_BENCH_CACHE``, default
``/tmp/emulation-benchmarks``). Each row runs the command as a new process and reads its CPU
(user + system), wall time and peak resident memory; its floor is the same work done with the bare
libraries (``benchmarks/floors.py``) on the same rows and files, as a process too; the ratio is
CPU over the floor's CPU. A ratio is the median run of ``--runs`` (default 1); the path and its
floor run alternately, so that both see the same load of a shared machine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from benchmarks import datasets as data
from benchmarks.measure import Usage, alternating, compile_project, emulation, python


@dataclass
class Row:
    path: str
    size: str
    usage: Usage
    floor_name: str
    floor: Usage

    def line(self) -> str:
        u, f = self.usage, self.floor
        return (f"| {self.path} | {self.size} | {u.cpu_text()} | {u.wall:.2f} | {u.rss_mb:.0f} | {self.floor_name} | "
                f"{f.cpu_text()} | {f.rss_mb:.0f} | {u.ratio(f):.2f}× |")


@dataclass
class Bench:
    runs: int
    only: str
    rows: list[Row] = field(default_factory=list)
    server_cpu: Callable[[], float] | None = None  #: the database server's CPU, counted with each process's

    def measure(self, path: str, size: str, argv: list[str], floor_name: str, floor_argv: list[str],
                prepare: Callable[[], object] | None = None, floor_prepare: Callable[[], object] | None = None) -> None:
        if self.only and self.only not in path:
            return
        usage, floor = alternating(self.runs, argv, floor_argv, prepare, floor_prepare, self.server_cpu)
        row = Row(path, size, usage, floor_name, floor)
        self.rows.append(row)
        print(row.line(), flush=True)


def read_paths(bench: Bench, db: str, size: str, label: str, floor: list[str]) -> None:
    bench.measure(f"rank --json ({label})", size, emulation("--db", db, "rank", data.PERIOD, "--json"),
                  "bare read of the period's scores", floor)
    bench.measure(f"awards --json ({label})", size, emulation("--db", db, "awards", data.PERIOD, "--json"),
                  "bare read of the period's scores", floor)


def sqlite_paths(bench: Bench, sizes: list[int]) -> None:
    for units in sizes:
        if bench.only and not any(bench.only in p for p in ("rank --json", "awards --json", "print report")):
            continue
        db = str(data.sqlite_dataset(units))
        floor = python("-m", "benchmarks.floors", "sqlite-read", db, data.PERIOD)
        read_paths(bench, db, f"{units:,}".replace(",", "."), "SQLite", floor)
        if not bench.only or bench.only in "rank --json (SQLite, locked)":
            locked = str(data.locked_dataset(units))
            bench.measure("rank --json (SQLite, locked)", f"{units:,}".replace(",", "."),
                          emulation("--db", locked, "rank", data.PERIOD, "--json"),
                          "bare read of the stored result (sqlite3, json, Decimal)",
                          python("-m", "benchmarks.floors", "frozen-read", locked, data.PERIOD))
        out = str(data.cache_dir() / "scratch" / "report.pdf")
        (data.cache_dir() / "scratch").mkdir(exist_ok=True)
        bench.measure("print report", f"{units:,}".replace(",", "."),
                      emulation("--db", db, "print", "report", data.PERIOD, "-o", out),
                      "bare read of the period's scores", floor)


def postgres_paths(bench: Bench, sizes: list[int]) -> None:
    from benchmarks import postgres

    with postgres.server() as server:
        bench.server_cpu = postgres.server_cpu
        for units in sizes:
            name = f"rank_{units}"
            done = data.cache_dir() / f"postgres-{name}.done"
            url, exists = postgres.database(server, name)
            if not done.exists():
                if exists:
                    postgres.drop(server, name)
                    url, _ = postgres.database(server, name)
                print(f"  building {name} on PostgreSQL …", flush=True)
                data.build_database(url, units)
                done.touch()
            floor = python("-m", "benchmarks.floors", "postgres-read", url, data.PERIOD)
            read_paths(bench, url, f"{units:,}".replace(",", "."), "PostgreSQL", floor)
        bench.server_cpu = None


def import_paths(bench: Bench, units: int) -> None:
    size = f"{units:,}".replace(",", ".")
    if not bench.only or bench.only in "scores import":
        empty_db, workbook = data.score_workbook(units, groups=4)
        path_db = data.cache_dir() / "scratch" / "scores-path.sqlite"
        floor_db = data.cache_dir() / "scratch" / "scores-floor.sqlite"
        bench.measure("scores import", f"{size} × 40",
                      emulation("--db", str(path_db), "scores", "import", data.PERIOD, str(workbook),
                                "--scorer", data.SCORERS[0][1]),
                      "calamine + Decimal + sqlite3 executemany (scores, audit)",
                      python("-m", "benchmarks.floors", "scores-import", str(floor_db), data.PERIOD, str(workbook)),
                      prepare=lambda: data.scratch_copy(empty_db, path_db.name),
                      floor_prepare=lambda: data.scratch_copy(empty_db, floor_db.name))
    if not bench.only or bench.only in "units import":
        blank = _empty_database()
        csv_file = data.units_csv(units)
        path_db = data.cache_dir() / "scratch" / "units-path.sqlite"
        floor_db = data.cache_dir() / "scratch" / "units-floor.sqlite"
        bench.measure("units import", size, emulation("--db", str(path_db), "units", "import", str(csv_file)),
                      "csv + sqlite3 insert",
                      python("-m", "benchmarks.floors", "units-import", str(floor_db), str(csv_file)),
                      prepare=lambda: data.scratch_copy(blank, path_db.name),
                      floor_prepare=lambda: data.scratch_copy(blank, floor_db.name))


def _empty_database() -> Path:
    path = data.cache_dir() / "empty.sqlite"
    if not path.exists():
        from emulation.services.workspace import Workspace

        Workspace.open(str(path)).close()
    return path


def certificate_paths(bench: Bench, count: int) -> None:
    if bench.only and bench.only not in "print certificates":
        return
    db = data.sqlite_dataset(count, scorers=1, groups=1, award_all=True)
    scratch = data.cache_dir() / "scratch"
    path_db, out = scratch / "certificates.sqlite", scratch / "certificates.pdf"
    bench.measure("print certificates", f"{count:,}".replace(",", "."),
                  emulation("--db", str(path_db), "print", "certificates", data.PERIOD, "-o", str(out),
                            "--key", str(data.signing_key(db))),
                  "bare reportlab canvas: same strings, TTF, border, Ed25519, QR (zxing-cpp)",
                  python("-m", "benchmarks.floors", "canvas", str(db), data.PERIOD, str(scratch / "canvas.pdf"),
                         str(data.signing_key(db))),
                  prepare=lambda: data.scratch_copy(db, path_db.name))


def app_paths(bench: Bench, sizes: list[int]) -> None:
    if bench.only and bench.only not in "application start":
        return
    floor = python("-m", "benchmarks.floors", "window")
    bench.measure("application start, empty database", "0", python("-m", "benchmarks.app_start",
                                                                    str(_empty_database())), "bare QMainWindow", floor)
    for units in sizes:
        db = str(data.sqlite_dataset(units))
        bench.measure("application start, window shown", f"{units:,}".replace(",", "."),
                      python("-m", "benchmarks.app_start", db), "bare QMainWindow", floor)
        bench.measure("application start, overview shown (kept summary current)", f"{units:,}".replace(",", "."),
                      python("-m", "benchmarks.app_start", db, "--overview"), "bare QMainWindow", floor,
                      prepare=partial(_keep_summary, db))
        bench.measure("application start, overview shown (summary stale)", f"{units:,}".replace(",", "."),
                      python("-m", "benchmarks.app_start", db, "--overview"), "bare QMainWindow", floor,
                      prepare=partial(_write_something, db))


def _keep_summary(db: str) -> None:
    """The latest period's summary made and kept, as the overview leaves it (unmeasured)."""
    from emulation.services.summary_store import period_summary
    from emulation.services.workspace import Workspace

    ws = Workspace.open(db)
    try:
        period_summary(ws, data.PERIOD)
    finally:
        ws.close()


def _write_something(db: str) -> None:
    """A write since the summary was kept (unmeasured): the start must make it again."""
    import sqlite3

    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE data_revision SET revision = revision + 1")
    connection.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 units, 100 certificates: checks that all runs")
    parser.add_argument("--curve", action="store_true", help="the scale curve: 1.000, 10.000 and 30.000 units")
    parser.add_argument("--postgres", action="store_true", help="rank and awards on PostgreSQL as well")
    parser.add_argument("--runs", type=int, default=1, help="runs per measurement; the median is kept")
    parser.add_argument("--only", default="", help="only the paths whose name contains this text")
    parser.add_argument("--sizes", default="", help="units of the database paths, e.g. 30000 or 1000,10000")
    args = parser.parse_args(argv)
    sizes = [300] if args.quick else [1_000, 10_000, 30_000] if args.curve else [1_000, 10_000]
    pg_sizes = [300] if args.quick else [*sizes, 100_000] if args.curve else sizes
    if args.sizes:
        sizes = pg_sizes = [int(size) for size in args.sizes.split(",")]
    compile_project()
    bench = Bench(args.runs, args.only)
    print(f"cache: {data.cache_dir()}; median of {args.runs} run(s); CPU = user + system seconds\n")
    print("| path | units | CPU s | wall s | peak MB | floor | floor CPU s | floor MB | ratio |")
    print("|---|---|---|---|---|---|---|---|---|", flush=True)
    sqlite_paths(bench, sizes)
    if args.postgres:
        postgres_paths(bench, pg_sizes)
    import_paths(bench, 300 if args.quick else 3_000)
    certificate_paths(bench, 100 if args.quick else 1_000)
    app_paths(bench, [300] if args.quick else [s for s in sizes if s >= 10_000] or sizes[-1:])
    if not bench.rows:
        sys.exit("no path matched --only")


if __name__ == "__main__":
    main()
