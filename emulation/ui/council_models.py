"""Thin table models of the council page: candidates with their vote, members, and the award history."""

from __future__ import annotations

from emulation.services.council_state import Candidate
from emulation.services.history import HistoryEntry, ReportLine
from emulation.text import format_decimal
from emulation.ui.labels import points, tr
from emulation.ui.qt import QtCore
from emulation.ui.table_model import CENTER, RIGHT, Column, RowsModel


def _percent(c: Candidate) -> str:
    return f"{format_decimal(c.result.percent, 2)} %" if c.result else ""


def _result(c: Candidate) -> str:
    if c.removed:
        return tr("Đã loại")
    if c.result is None:
        return tr("Chưa kiểm phiếu")
    return tr("Đạt") if c.approved else tr("Không đạt")


def _origin(c: Candidate) -> str:
    return tr("Bổ sung") if c.origin == "added" else tr("Đề nghị")


class CandidatesModel(RowsModel[Candidate]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([
            Column(tr("Mã"), lambda c: c.unit_code),
            Column(tr("Tên tập thể"), lambda c: c.unit_name),
            Column(tr("Hình thức"), lambda c: c.award),
            Column(tr("Điểm"), lambda c: points(c.total), RIGHT),
            Column(tr("Nguồn"), _origin, CENTER),
            Column(tr("Đồng ý"), lambda c: str(c.tally.yes) if c.tally else "", CENTER),
            Column(tr("Không đồng ý"), lambda c: str(c.tally.no) if c.tally else "", CENTER),
            Column(tr("Tỷ lệ"), _percent, RIGHT),
            Column(tr("Kết quả"), _result, CENTER),
            Column(tr("Lý do"), lambda c: c.reason),
        ], parent)


class HistoryModel(RowsModel[HistoryEntry]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([
            Column(tr("Năm"), lambda e: str(e.year), CENTER),
            Column(tr("Mã"), lambda e: e.unit_code),
            Column(tr("Tên đơn vị"), lambda e: e.unit_name),
            Column(tr("Hình thức"), lambda e: e.award or ""),
            Column(tr("Xếp loại"), lambda e: e.grade or ""),
            Column(tr("Số quyết định"), lambda e: e.decision),
            Column(tr("Nguồn"), lambda e: tr("Nhập từ danh sách") if e.source == "import" else e.period),
        ], parent)


class HistoryReportModel(RowsModel[ReportLine]):
    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__([
            Column(tr("Năm"), lambda x: str(x.year), CENTER),
            Column(tr("Hình thức"), lambda x: x.award),
            Column(tr("Thuộc"), lambda x: x.parent),
            Column(tr("Số tập thể"), lambda x: str(x.count), RIGHT),
        ], parent)
