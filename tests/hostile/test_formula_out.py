"""Names that look like formulas stay text in every workbook and CSV the application writes."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import openpyxl
import pytest

from emulation.cli import main
from tests.cli.scenario import CRITERIA

PERIOD = "Tháng 11/2026"
NAMES = {
    "F1": '=HYPERLINK("http://x","click")',
    "F2": "+84 912 345 678",
    "F3": "-Thôn Trừ",
    "F4": "@SUM(A1:A9)",
    "F5": "#N/A",
}
OWN_TOTAL = re.compile(r"^=(ROUND\(.*,2\)|0)$")


def run(db: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--db", str(db), *args]) == 0
    return capsys.readouterr().out


@pytest.fixture
def outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Path | str]:
    db = tmp_path / "db.sqlite"
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    units = tmp_path / "units.csv"
    lines = ["Mã,Tên,Loại"] + [f'{code},"{name.replace(chr(34), chr(34) * 2)}",thôn' for code, name in NAMES.items()]
    units.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(db, "criteria", "import", str(criteria), capsys=capsys)
    run(db, "units", "import", str(units), capsys=capsys)
    run(db, "period", "create", PERIOD, "--criteria", CRITERIA["name"], capsys=capsys)
    made = {name: tmp_path / name for name in ("template.xlsx", "ranking.xlsx", "units.xlsx", "units-out.csv")}
    run(db, "scores", "template", PERIOD, str(made["template.xlsx"]), capsys=capsys)
    run(db, "rank", PERIOD, "--xlsx", str(made["ranking.xlsx"]), capsys=capsys)
    run(db, "units", "export", str(made["units.xlsx"]), capsys=capsys)
    run(db, "units", "export", str(made["units-out.csv"]), capsys=capsys)
    return {**made, "rank.csv": run(db, "rank", PERIOD, "--csv", capsys=capsys), "db": db}


@pytest.mark.parametrize("name", ["template.xlsx", "ranking.xlsx", "units.xlsx"])
def test_every_written_workbook_holds_the_names_as_text(name: str, outputs: dict[str, Path | str]) -> None:
    path = outputs[name]
    assert isinstance(path, Path)
    wb = openpyxl.load_workbook(path)
    seen: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert name == "template.xlsx" and OWN_TOTAL.match(str(cell.value)), cell.value
                elif isinstance(cell.value, str):
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    seen.add(cell.value)
    assert set(NAMES.values()) <= seen


def test_the_ranking_csv_quotes_what_would_start_a_formula(outputs: dict[str, Path | str]) -> None:
    text = outputs["rank.csv"]
    assert isinstance(text, str)
    names = {row["code"]: row["name"] for row in csv.DictReader(io.StringIO(text))}
    assert names["F1"] == "'" + NAMES["F1"]
    assert names["F4"] == "'" + NAMES["F4"]
    assert names["F5"] == NAMES["F5"]
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert not any(len(cell) > 1 and cell.startswith(("=", "+", "-", "@")) for cell in cells)


def test_the_units_csv_is_quoted_and_reads_back_the_same(
    outputs: dict[str, Path | str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, db = outputs["units-out.csv"], outputs["db"]
    assert isinstance(path, Path) and isinstance(db, Path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert ["F2", "'" + NAMES["F2"]] == rows[[r[0] for r in rows].index("F2")][:2]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    assert "sửa 0," in run(db, "units", "import", str(path), capsys=capsys)
