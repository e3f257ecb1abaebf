"""The lists of "Dân vận khéo" models units send: one row a model.

``Tên mô hình | Đơn vị (or Mã đơn vị) | Lĩnh vực | Năm đăng ký | Tình trạng | Năm dừng | Minh chứng``
(status, year stopped and evidence are optional). Every sheet with such a header is read;
every fault is named by ``file › sheet › cell`` and entries come back only when there is none.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from emulation.excel.score_grid import KnownUnit
from emulation.excel.sheet_table import SheetTable, find_header, read_tables
from emulation.excel.unit_lookup import UnitLookup
from emulation.scoring.problems import Problem, problem
from emulation.scoring.register import ModelEntry, Status, field_of, status_of
from emulation.text import parse_decimal

WORDS = {
    "name": ("Tên mô hình", "Mô hình", "Tên mô hình, điển hình"),
    "code": ("Mã đơn vị", "Mã"),
    "unit": ("Đơn vị", "Tên đơn vị", "Đơn vị thực hiện"),
    "field": ("Lĩnh vực",),
    "year": ("Năm đăng ký", "Năm", "Năm xây dựng"),
    "status": ("Tình trạng", "Trạng thái"),
    "stopped": ("Năm dừng", "Năm dừng hoạt động"),
    "evidence": ("Minh chứng", "Ghi chú", "Kết quả"),
}
REQUIRED = ("name", "field", "year")


def read_models(path: Path, fields: Sequence[str], units: Sequence[KnownUnit]
                ) -> tuple[list[ModelEntry], list[Problem]]:
    lookup = UnitLookup(units)
    entries: list[ModelEntry] = []
    faults: list[Problem] = []
    read_any = False
    for table in read_tables(path):
        header = find_header(table, WORDS, REQUIRED)
        if header is None or header.missing(REQUIRED) or not ({"code", "unit"} & set(header.columns)):
            continue
        read_any = True
        for r in range(header.last_row + 1, len(table.rows)):
            if any(table.text(r, c) for c in range(len(table.rows[r]))):
                entry = _row(table, r, header.columns, fields, lookup, faults)
                if entry is not None:
                    entries.append(entry)
    if not read_any:
        columns = "Tên mô hình, Đơn vị, Lĩnh vực, Năm đăng ký"
        faults.append(problem(Path(path).name, "models_no_header", columns=columns))
    return (entries, []) if not faults else ([], faults)


def _row(table: SheetTable, r: int, cols: Mapping[str, int], fields: Sequence[str], lookup: UnitLookup,
         faults: list[Problem]) -> ModelEntry | None:
    before = len(faults)
    name = table.text(r, cols["name"])
    if not name:
        faults.append(problem(table.where(r, cols["name"]), "models_name_required"))
    unit = _unit(table, r, cols, lookup, faults)
    field_text = table.text(r, cols["field"])
    field = field_of(field_text, fields)
    if field is None:
        faults.append(problem(table.where(r, cols["field"]), "models_unknown_field", value=field_text,
                              fields="; ".join(fields)))
    year = _year(table, r, cols["year"], faults, required=True)
    status = Status.REGISTERED
    if "status" in cols and (text := table.text(r, cols["status"])):
        found = status_of(text)
        if found is None:
            faults.append(problem(table.where(r, cols["status"]), "models_unknown_status", value=text))
        status = found or status
    stopped = _year(table, r, cols["stopped"], faults, required=False) if "stopped" in cols else None
    evidence = table.text(r, cols["evidence"]) if "evidence" in cols else ""
    if len(faults) > before or unit is None or year is None or field is None:
        return None
    return ModelEntry(name, unit, field, year, status, stopped, evidence or None)


def _unit(table: SheetTable, r: int, cols: Mapping[str, int], lookup: UnitLookup, faults: list[Problem]) -> str | None:
    for key in ("code", "unit"):
        text = table.text(r, cols.get(key))
        if text:
            found = lookup.find(text)
            if found is None:
                faults.append(problem(table.where(r, cols[key]), "records_unknown_unit", unit=text))
            return found.code if found else None
    faults.append(problem(table.where(r, cols.get("unit", cols.get("code"))), "records_unit_required"))
    return None


def _year(table: SheetTable, r: int, col: int, faults: list[Problem], *, required: bool) -> int | None:
    text = table.text(r, col)
    if not text:
        if required:
            faults.append(problem(table.where(r, col), "models_year_required"))
        return None
    number = parse_decimal(text)
    if number is None or number != number.to_integral_value() or not 1945 <= number <= 2200:
        faults.append(problem(table.where(r, col), "models_not_a_year", value=text))
        return None
    return int(number)
