"""Running commands in fresh child processes, measuring each one's peak memory and time.

One server process imports the application once; for each command it forks a child, so a
case costs its own work, not Python's start-up. The child's peak resident memory comes from
``wait4`` (it includes what the child inherited, as a fresh process would hold it too), its
time is measured from the fork. A child can also be killed (SIGKILL) after a delay, counted
from the fork or, with ``armed_by``, from the moment the child has written into that file.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.services.printing_demo import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

SERVER = r"""
import importlib, json, os, signal, sys, time
from emulation.cli import main

def child(case):
    out = os.open(case["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    err = os.open(case["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(out, 1)
    os.dup2(err, 2)
    os.environ.update(case.get("env", {}))
    code = 99
    try:
        if "op" in case:
            module, name = case["op"].rsplit(".", 1)
            code = getattr(importlib.import_module(module), name)(*case["args"])
        else:
            code = main(case["args"])
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

for line in sys.stdin:
    case = json.loads(line)
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        child(case)
    killed = False
    armed_at = None if case.get("armed_by") else start
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        now = time.perf_counter()
        if armed_at is None and os.path.exists(case["armed_by"]) and os.path.getsize(case["armed_by"]):
            armed_at = now
        armed = now - armed_at if armed_at is not None else -1
        if armed > case.get("kill_after", 1e9) or now - start > case.get("timeout", 60):
            os.kill(pid, signal.SIGKILL)
            killed = True
            _, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.002)
    seconds = time.perf_counter() - start
    print(json.dumps({"code": os.waitstatus_to_exitcode(status), "killed": killed,
                      "rss_mb": usage.ru_maxrss / 1024, "seconds": seconds}), flush=True)
"""


@dataclass
class Outcome:
    code: int
    killed: bool
    rss_mb: float
    seconds: float
    out: str
    err: str


def _text(path: Path) -> str:
    """What a child wrote (nothing when it was killed before opening its output)."""
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


class Runner:
    """A server process that runs each case in a forked child."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        env = {
            **os.environ,
            "EMULATION_USER": "thư ký",
            "PYTHONPATH": str(ROOT),
            "EMULATION_KEY_PASSPHRASE": PASSPHRASE,
        }
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def run(self, *args: str, **options: Any) -> Outcome:
        """Run ``emulation ARGS`` (or ``op=module.function`` with ``args``) in a child."""
        self.count += 1
        out, err = self.folder / f"{self.count}.out", self.folder / f"{self.count}.err"
        case = {"args": list(args), "out": str(out), "err": str(err), **options}
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(case) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the runner process ended")
        result = json.loads(line)
        return Outcome(**result, out=_text(out), err=_text(err))

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()
