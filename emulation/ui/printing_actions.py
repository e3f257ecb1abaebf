"""The printing use cases, when this build has them (``emulation.services.printing``)."""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from emulation.ui.labels import tr

MODULE = "emulation.services.printing"

PrintFunction = Callable[[Any, str, Path], Any]


@dataclass(frozen=True)
class PrintJob:
    key: str
    label: str
    function: str
    file_name: str
    needs_decision: bool = True


def print_jobs() -> list[PrintJob]:
    return [
        PrintJob("certificates", tr("In giấy khen"), "print_certificates", "giay-khen.pdf"),
        PrintJob("award_list", tr("In danh sách"), "print_award_list", "danh-sach-khen-thuong.pdf"),
        PrintJob("report", tr("In báo cáo"), "print_report", "bao-cao-ket-qua.pdf", needs_decision=False),
    ]


def printing_available() -> bool:
    return importlib.util.find_spec(MODULE) is not None


def printer(job: PrintJob) -> PrintFunction | None:
    """``function(workspace, period_name, path)``, or None when printing is not in this build."""
    if not printing_available():
        return None
    function = getattr(importlib.import_module(MODULE), job.function, None)
    return function if callable(function) else None


def decision_recorder() -> Callable[..., Any] | None:
    """``set_decision(workspace, period_name, number, on)``, when printing is in this build."""
    if not printing_available():
        return None
    function = getattr(importlib.import_module(MODULE), "set_decision", None)
    return function if callable(function) else None
