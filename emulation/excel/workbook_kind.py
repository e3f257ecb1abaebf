"""Telling a score template (with its hidden meta sheet) from the per-unit hand forms."""

from __future__ import annotations

from pathlib import Path

from emulation.excel.fast_read import sheet_names
from emulation.excel.score_meta import META_SHEET


def is_score_template(path: Path) -> bool:
    """True for a workbook written by ``scores template``; raises WorkbookRefused for a non-workbook."""
    return META_SHEET in sheet_names(path)
