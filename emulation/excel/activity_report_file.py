"""The activity report as a workbook: the same tables as the PDF, one sheet a part,
numbers as numbers and percentages as the exact text the report prints."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from emulation.excel.report_cells import header, put
from emulation.excel.safe_open import save_workbook
from emulation.reports.activity_figures import (
    ActivityReport,
    activity_sentence,
    change,
    dossier_sentence,
    indicator_text,
    models_sentence,
    rate_text,
)

Row = Sequence[Any]


def _sheet(wb: Workbook, title: str, lead: str, heads: list[str], rows: Sequence[Row]) -> Any:
    ws = wb.create_sheet(title)
    put(ws, 1, 1, lead)
    ws.cell(row=1, column=1).font = Font(bold=True)
    header(ws, 3, heads, [34, *(16 for _ in heads[1:])])
    for i, row in enumerate(rows, start=4):
        for j, value in enumerate(row, start=1):
            put(ws, i, j, value)
    return ws


def write_activity_report(path: Path, r: ActivityReport) -> None:
    wb = Workbook()
    first = wb.active
    if first is not None:
        wb.remove(first)
    fields = [[f.field, f.base, f.now, change(f.now, f.base)] for f in r.by_field]
    fields.append(["Tổng cộng", r.models_base, r.models_now, change(r.models_now, r.models_base)])
    _sheet(wb, "Mô hình theo lĩnh vực", models_sentence(r),
           ["Lĩnh vực", f"Năm {r.base_year}", f"Năm {r.year}", f"So với năm {r.base_year}"], fields)
    units = [[u.unit, *u.by_field, u.total, change(u.total, u.base_total)] for u in r.by_unit]
    _sheet(wb, "Mô hình theo đơn vị", models_sentence(r),
           ["Đơn vị", *r.fields, "Tổng số", f"So với năm {r.base_year}"], units)
    for t in r.activities:
        rows = [[a.unit, a.count, *a.sums] for a in (*t.rows, t.total)]
        _sheet(wb, t.type_name[:31], activity_sentence(t), ["Đơn vị", "Số lần", *t.columns], rows)
    if r.dossiers:
        rows = [[d.unit, d.received, d.processed, rate_text(d.rate), d.in_progress, d.overdue]
                for d in (*r.dossiers, r.dossier_total)]
        _sheet(wb, "Hồ sơ hành chính", dossier_sentence(r.dossier_total),
               ["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ", "Đang giải quyết", "Quá hạn"], rows)
    if r.indicators:
        rows = [[i.unit, i.met, i.exceeded, i.total, indicator_text(i)] for i in r.indicators]
        _sheet(wb, "Chỉ tiêu", f"Thực hiện chỉ tiêu năm {r.year}", ["Đơn vị", "Đạt", "Vượt", "Tổng số", "Kết quả"],
               rows)
    save_workbook(wb, Path(path))
