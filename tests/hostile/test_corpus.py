"""Hostile files: each is refused with exit 2 and a Vietnamese message, in bounded memory and
time, and the database is left exactly as it was."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from emulation.excel.score_template import FIRST_DATA_ROW
from tests.hostile.conftest import MAX_RSS_MB, MAX_SECONDS, PERIOD, dump
from tests.hostile.corpus import TEXTS, WORKBOOKS, text_file
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
    assert f"lỗi: {path.name}: " in outcome.err
    assert dump(db) == before


@pytest.mark.parametrize("case", TEXTS)
def test_a_hostile_text_file_is_refused(case: str, runner: Runner, db: Path, tmp_path: Path) -> None:
    before = dump(db)
    path = text_file(tmp_path, case)
    _, _, command, words = TEXTS[case]
    outcome = runner.run("--db", str(db), *COMMANDS[command], str(path))
    refused(outcome, words)
    if case == "json_deep":
        assert "dữ liệu lồng nhau quá 32 tầng" in outcome.err
    assert dump(db) == before


def test_unit_names_from_a_workbook_are_checked_cell_by_cell(runner: Runner, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "don-vi.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in (["Mã", "Tên"], ["T1", "Thôn \u202bMột"], ["T2", "Thôn " + "B" * 400], ["T3", "Thôn\nBa"]):
        ws.append(row)
    wb.save(path)
    before = dump(db)
    outcome = runner.run("--db", str(db), "units", "import", str(path))
    refused(outcome, "don-vi.xlsx › Sheet › B2: chứa ký tự ẩn U+202B")
    assert "don-vi.xlsx › Sheet › B3: dài 405 ký tự, vượt giới hạn 300 ký tự" in outcome.err
    assert "B4" not in outcome.err  # a line break inside a cell is a space
    assert dump(db) == before


@pytest.mark.parametrize("kind", ["blank_template", "template_without_units"])
def test_a_scores_workbook_without_any_score_is_not_an_import(
    kind: str, runner: Runner, db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "trong.xlsx"
    assert runner.run("--db", str(db), "scores", "template", PERIOD, str(path)).code == 0
    if kind == "template_without_units":
        wb = openpyxl.load_workbook(path)
        ws = wb.worksheets[0]
        ws.delete_rows(FIRST_DATA_ROW, ws.max_row)
        wb.save(path)
    before = dump(db)
    outcome = runner.run("--db", str(db), "scores", "import", PERIOD, str(path), "--scorer", "An")
    refused(outcome, "trong.xlsx: không tìm thấy điểm nào")
    assert dump(db) == before


@pytest.mark.parametrize(("scorer", "told"), [
    ("An\x1b[2J", "Người chấm: chứa ký tự ẩn U+001B"),
    ("\u202eAn", "Người chấm: chứa ký tự ẩn U+202E"),
    ("A" * 301, "Người chấm: dài 301 ký tự, vượt giới hạn 300 ký tự"),
])
def test_the_scorer_name_is_checked_like_any_name(
    scorer: str, told: str, runner: Runner, db: Path, tmp_path: Path
) -> None:
    path = tmp_path / "mau.xlsx"
    assert runner.run("--db", str(db), "scores", "template", PERIOD, str(path)).code == 0
    wb = openpyxl.load_workbook(path)
    wb.worksheets[0].cell(FIRST_DATA_ROW, 4).value = 5
    wb.save(path)
    before = dump(db)
    outcome = runner.run("--db", str(db), "scores", "import", PERIOD, str(path), "--scorer", scorer)
    refused(outcome, told)
    assert dump(db) == before
