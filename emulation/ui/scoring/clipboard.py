"""Blocks of cells as spreadsheets put them on the clipboard: rows of tab-separated text."""

from __future__ import annotations

from collections.abc import Sequence


def parse_block(text: str) -> list[list[str]]:
    """Rows of cells; the line end after the last row, as Excel writes it, adds no row."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def format_block(rows: Sequence[Sequence[str]]) -> str:
    return "".join("\t".join(_clean(cell) for cell in row) + "\n" for row in rows)


def _clean(cell: str) -> str:
    return cell.replace("\t", " ").replace("\n", " ")
