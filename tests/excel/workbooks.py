"""Shared makings for the workbook tests: the sample criteria, units and a filled template."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

from emulation.excel.score_grid import KnownUnit
from emulation.excel.score_template import (
    FIRST_DATA_ROW,
    FIRST_LEAF_COL,
    ScoreTemplateSpec,
    TemplateUnit,
    write_score_template,
)
from emulation.excel.units_file import read_units
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.criteria_doc import fingerprint, loads, parse_criteria
from tests.data import SAMPLES

UNITS_SAMPLE = SAMPLES / "don-vi-bao-yen.xlsx"
PERIOD = "Tháng 10/2026"

#: Villages in template order: rows 5, 6, 7, 8.
VILLAGES = (
    TemplateUnit("VY-TK", "Thôn Tổng Kim", "VY", "Xã Vĩnh Yên"),
    TemplateUnit("VY-NM", "Khu dân cư Nặm Mèng", "VY", "Xã Vĩnh Yên"),
    TemplateUnit("ND-ĐL", "Thôn Đông Lai", "ND", "Xã Nghĩa Đô"),
    TemplateUnit("ND-DT", "Thôn Đồng Tâm", "ND", "Xã Nghĩa Đô"),
)


@cache
def village_criteria() -> CriteriaSet:
    text = (SAMPLES / "tieu-chi-thon-10-phut.json").read_text(encoding="utf-8")
    criteria, problems = parse_criteria(loads(text))
    assert criteria is not None and not problems
    return criteria


def village_fingerprint() -> str:
    return fingerprint(village_criteria())


def known_units() -> list[KnownUnit]:
    records, problems = read_units(UNITS_SAMPLE)
    assert not problems
    return [KnownUnit(r.code, r.name) for r in records]


def spec(**changes: object) -> ScoreTemplateSpec:
    fields: dict[str, object] = {
        "period_name": PERIOD, "criteria": village_criteria(),
        "fingerprint": village_fingerprint(), "units": VILLAGES,
    }
    fields.update(changes)
    return ScoreTemplateSpec(**fields)  # type: ignore[arg-type]


def make_template(folder: Path, name: str = "scores.xlsx", **changes: object) -> Path:
    path = folder / name
    write_score_template(path, spec(**changes))
    return path


def cell_of(unit_index: int, leaf_code: str) -> str:
    """The input cell of the ``unit_index``-th unit (0-based) for a leaf, in template layout."""
    codes = [leaf.code for leaf in village_criteria().leaves]
    column = get_column_letter(FIRST_LEAF_COL + codes.index(leaf_code))
    return f"{column}{FIRST_DATA_ROW + unit_index}"


def fill(path: Path, values: dict[str, object], sheet: str = "Điểm") -> Path:
    """Type values into cells (by coordinate) of a workbook, as a person would, and save."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    for coordinate, value in values.items():
        ws[coordinate] = value
    wb.save(path)
    return path
