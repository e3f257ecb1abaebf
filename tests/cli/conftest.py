"""Running the command line in-process, as a user would type it."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from emulation.cli import main
from tests.data import SAMPLES as SAMPLES


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def target(db: Path) -> str:
    """The database the commands run on (a SQLite file unless a test says otherwise)."""
    return str(db)


@pytest.fixture
def run(target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    monkeypatch.setenv("EMULATION_USER", "thư ký")

    def _run(*args: str) -> Result:
        code = main(["--db", target, *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return _run
