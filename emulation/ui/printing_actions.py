"""The documents the print panel makes, and how each is printed (``emulation.services.printing``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emulation.services import printing
from emulation.services.workspace import Workspace
from emulation.ui.labels import tr
from emulation.ui.qt import QtCore, QtGui

PrintFunction = Callable[[Workspace, str, Path], Any]
Opener = Callable[[Path], None]


@dataclass(frozen=True)
class PrintJob:
    key: str
    label: str
    function: PrintFunction
    file_name: str
    needs_decision: bool = True


def _certificates(*, overlay: bool) -> PrintFunction:
    return lambda ws, period, out: printing.print_certificates(ws, period, out, overlay=overlay)


def _calibration(ws: Workspace, period: str, out: Path) -> printing.PrintedCertificates:
    return printing.print_certificates(ws, period, out, calibration=True)


def print_jobs() -> list[PrintJob]:
    return [
        PrintJob("certificates", tr("In giấy khen"), _certificates(overlay=False), "giay-khen.pdf"),
        PrintJob("award_list", tr("In danh sách"), printing.print_award_list, "danh-sach-khen-thuong.pdf"),
        PrintJob("report", tr("In báo cáo"), printing.print_report, "bao-cao-ket-qua.pdf", needs_decision=False),
        PrintJob("score_forms", tr("In phiếu chấm"), printing.print_score_forms, "phieu-cham-diem.pdf",
                 needs_decision=False),
    ]


def overlay_job() -> PrintJob:
    """Certificates on pre-printed blanks (phôi): only the fields."""
    return PrintJob("certificates", tr("In giấy khen trên phôi"), _certificates(overlay=True), "giay-khen-phoi.pdf")


def calibration_job() -> PrintJob:
    """The page that shows where the fields land on a blank; it takes no serial and no decision."""
    return PrintJob("calibration", tr("In trang căn chỉnh"), _calibration, "trang-can-chinh.pdf",
                    needs_decision=False)


def record_decision(ws: Workspace, period: str, number: str, on: Any) -> tuple[str, Any]:
    return printing.set_decision(ws, period, number, on)


def open_in_viewer(path: Path) -> None:
    """Open ``path`` in the system's PDF viewer."""
    QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))
