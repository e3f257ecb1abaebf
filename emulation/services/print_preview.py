"""The preview of a printed document: its first pages as PNG images."""

from __future__ import annotations

from pathlib import Path

from emulation.reports.preview import render_pages


def preview_pages(path: Path | str, first: int = 2) -> list[bytes]:
    """PNG images of the first pages of the PDF at ``path``."""
    return render_pages(path, first)
