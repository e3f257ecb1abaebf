"""Hostile files: each is refused with exit 2 and a Vietnamese message, in bounded memory and
time, and the database is left exactly as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import MAX_RSS_MB, MAX_SECONDS, PERIOD, dump
from tests.hostile.corpus import WORKBOOKS
from tests.hostile.runner import Outcome, Runner

COMMANDS = {
    "criteria": ("criteria", "import"),
    "units": ("units", "import"),
    "scores": ("scores", "import", PERIOD),
}


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return {name: build(folder) for name, (build, _) in WORKBOOKS.items()}


def refused(outcome: Outcome, words: str) -> None:
    assert outcome.code == 2, outcome.err
    assert words in outcome.err
    assert "Traceback" not in outcome.err
    assert outcome.rss_mb < MAX_RSS_MB
    assert outcome.seconds < MAX_SECONDS


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", WORKBOOKS)
def test_a_hostile_workbook_is_refused(
    case: str, command: str, workbooks: dict[str, Path], runner: Runner, db: Path
) -> None:
    before = dump(db)
    path = workbooks[case]
    extra = ("--scorer", "An") if command == "scores" else ()
    outcome = runner.run("--db", str(db), *COMMANDS[command], str(path), *extra)
    refused(outcome, WORKBOOKS[case][1])
    assert f"error: {path.name}: " in outcome.err
    assert dump(db) == before
