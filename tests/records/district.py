"""The districts' own figures (issue 13) as test data: units, records, models, indicators."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl

UNITS = [
    ("TL", "Huyện Tân Lạc", "huyện", ""),
    ("TT", "Xã Tuyên Thạnh", "xã", "TL"),
    ("MC", "Xã Mù Cang", "xã", "TL"),
    ("BY", "Xã Bảo Yên", "xã", "TL"),
    ("TT-1", "Ấp Một", "thôn", "TT"),
]


def write_units(path: Path) -> Path:
    lines = ["Mã,Tên,Loại,Thuộc,Cụm", *(f"{c},{n},{k},{p}," for c, n, k, p in UNITS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


DIEM_DEN_HEAD = ["Mã đơn vị", "Tên đơn vị", "Ngày", "Số hộ đến thăm", "Số lượt cán bộ tham gia",
                 "Số ý kiến tiếp nhận", "Ghi chú"]


def diem_den_rows() -> list[list[Any]]:
    """Tuyên Thạnh, "Mỗi tuần một điểm đến" in 2024: 22 meetings, 51 cadre participations,
    28 opinions (at least 2 households a visit)."""
    rows: list[list[Any]] = [DIEM_DEN_HEAD]
    cadres = [3] * 7 + [2] * 15  # 21 + 30 = 51
    opinions = [2] * 6 + [1] * 16  # 12 + 16 = 28
    for week in range(22):
        day = date(2024, 1, 5) + timedelta(weeks=week)
        rows.append(["TT", "Xã Tuyên Thạnh", day, 2 + week % 3, cadres[week], opinions[week], None])
    return rows


def ho_so_rows() -> list[list[Any]]:
    """Tân Lạc: 25.723 dossiers received, 25.487 processed, 326 in progress, 20 overdue."""
    head = ["Mã đơn vị", "Ngày", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết",
            "Số hồ sơ quá hạn"]
    return [head, ["TL", "30/06/2024", 12_000, 11_900, 100, 8], ["TL", "31/12/2024", "13.723", "13.587", 226, 12]]


def ra_quan_rows() -> list[list[Any]]:
    head = ["Mã đơn vị", "Ngày", "Số lượt người tham gia", "Số ngày công", "Số tiền huy động (đồng)"]
    return [head, ["BY", "10/03/2024", 160, "80,5", "78.000.000"], ["BY", "11/03/2024", 150, 75, 80_000_000]]


def models_rows() -> list[list[Any]]:
    """315 models in 2024 — 101 economic, 184 socio-cultural, 25 defence, 5 political —
    against 225 in 2019 (73 socio-cultural): +90 in all, +111 socio-cultural."""
    rows: list[list[Any]] = [["Tên mô hình", "Mã đơn vị", "Lĩnh vực", "Năm đăng ký", "Tình trạng", "Năm dừng",
                              "Minh chứng"]]
    units = ["TT", "MC", "BY"]

    def add(n: int, field: str, year: int, status: str = "Đăng ký", stopped: int | None = None) -> None:
        for i in range(n):
            rows.append([f"{field} {year} số {len(rows)}", units[i % 3], field, year, status, stopped, None])

    add(101, "Kinh tế", 2018, "Được công nhận")
    add(19, "Kinh tế", 2017, "Dừng hoạt động", 2021)
    add(73, "Văn hóa - xã hội", 2019)
    add(111, "Văn hoá – xã hội", 2022)
    add(25, "Quốc phòng – an ninh", 2019)
    add(2, "Quốc phòng – an ninh", 2018, "Dừng", 2022)
    add(5, "Xây dựng hệ thống chính trị", 2016)
    return rows
