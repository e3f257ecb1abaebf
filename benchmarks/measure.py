"""Measuring a whole process: CPU (user + system), wall time and peak resident memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Usage:
    cpu: float  # seconds, user + system (of the server too, when it is measured: ``server_cpu``)
    wall: float  # seconds
    rss_mb: float  # peak resident set size
    server_cpu: float | None = None  # seconds the database server spent meanwhile, part of ``cpu``

    def cpu_text(self) -> str:
        if self.server_cpu is None:
            return f"{self.cpu:.2f}"
        return f"{self.cpu:.2f} ({self.cpu - self.server_cpu:.2f} + server {self.server_cpu:.2f})"

    def ratio(self, floor: Usage) -> float:
        return self.cpu / floor.cpu if floor.cpu else float("inf")


def child_env() -> dict[str, str]:
    """The environment of a measured process: an installed application, bytecode already compiled."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["EMULATION_USER"] = "benchmark"
    env["EMULATION_KEY_PASSPHRASE"] = "benchmark passphrase"  # datasets.KEY_PASSPHRASE
    return env


def compile_project() -> None:
    """Compile the project's modules once, as an installed wheel would have them."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "emulation"), str(ROOT / "benchmarks")],
                   check=True, env=child_env())


def run_once(argv: Sequence[str], server_cpu: Callable[[], float] | None = None) -> Usage:
    """Run ``argv`` to its end under a small wrapper process that reads its resource usage.

    The wrapper (this module run as a script) is what forks, so the peak memory it reports is
    the command's own, not that of the benchmark driver it was forked from. ``server_cpu`` reads
    the CPU seconds a database server has spent so far: what it spent during the run is counted too.
    """
    before = server_cpu() if server_cpu else 0.0
    done = subprocess.run([sys.executable, "-S", __file__, *argv], capture_output=True, env=child_env(), cwd=ROOT)
    if done.returncode != 0:
        why = done.stderr.decode(errors="replace")[-2000:]
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}): {why}")
    cpu, wall, rss = (float(x) for x in done.stdout.split())
    if server_cpu is None:
        return Usage(cpu, wall, rss)
    server = server_cpu() - before
    return Usage(cpu + server, wall, rss, server)


def _wrapper(argv: Sequence[str]) -> int:
    start = time.perf_counter()
    process = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code == 0:
        print(usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024)
    return code


def median_of(runs: int, argv: Sequence[str], prepare: Callable[[], object] | None = None,
              server_cpu: Callable[[], float] | None = None) -> Usage:
    """The median CPU run of ``runs`` (``prepare`` runs, unmeasured, before each)."""
    usages = []
    for _ in range(runs):
        if prepare:
            prepare()
        usages.append(run_once(argv, server_cpu))
    return _median(usages)


def alternating(runs: int, argv: Sequence[str], floor_argv: Sequence[str],
                prepare: Callable[[], object] | None = None,
                floor_prepare: Callable[[], object] | None = None,
                server_cpu: Callable[[], float] | None = None) -> tuple[Usage, Usage]:
    """The median runs of a path and of its floor, run one after the other ``runs`` times, so that
    both see the same load of a shared machine."""
    paths: list[Usage] = []
    floors: list[Usage] = []
    for _ in range(runs):
        for argv_, prepare_, usages in ((argv, prepare, paths), (floor_argv, floor_prepare, floors)):
            if prepare_:
                prepare_()
            usages.append(run_once(argv_, server_cpu))
    return _median(paths), _median(floors)


def _median(usages: list[Usage]) -> Usage:
    middle = statistics.median_low(sorted(u.cpu for u in usages))
    return next(u for u in usages if u.cpu == middle)


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def emulation(*args: str) -> list[str]:
    return python("-m", "emulation.cli", *args)


if __name__ == "__main__":
    sys.exit(_wrapper(sys.argv[1:]))
