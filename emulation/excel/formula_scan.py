"""Finding formula cells that have no computed value, without loading the workbook twice.

A workbook saved by a program that does not calculate (or by a script) keeps formulas with
no cached value; read for values, such a cell looks blank. Scanning each sheet's XML for
``<c>`` elements with an ``<f>`` but no ``<v>`` finds them at a fraction of the cost of a
second openpyxl pass with formulas.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path

from defusedxml import ElementTree

from emulation.excel.xml_scan import coordinate

_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+[0-9]+)"[^>]*?(?:/>|>(.*?)</(?:\w+:)?c>)', re.S)
_HAS_FORMULA = re.compile(rb"<(?:\w+:)?f\b")
_HAS_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>/]*>[^<]+<")  # a <v> with text; <v/> or <v></v> is none
_WINDOW = 512  # a <c> start tag and the formula's opening are never further apart
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def uncached_formulas(path: Path) -> dict[str, set[tuple[int, int]]]:
    """For each sheet title, the (row, 0-based column) of formulas without a cached value."""
    result: dict[str, set[tuple[int, int]]] = {}
    with zipfile.ZipFile(path) as archive:
        for title, part in _sheet_parts(archive).items():
            data = archive.read(part)
            if not _HAS_FORMULA.search(data):
                continue
            cells = set()
            for formula in _HAS_FORMULA.finditer(data):
                cell = _enclosing_cell(data, formula.start())
                place = coordinate(cell[0]) if cell is not None and not _HAS_VALUE.search(cell[1]) else None
                if place is not None:
                    cells.add((place[0], place[1] - 1))
            if cells:
                result[title] = cells
    return result


def _enclosing_cell(data: bytes, at: int) -> tuple[str, bytes] | None:
    """The reference and body of the ``<c>`` element around position ``at``."""
    window = max(0, at - _WINDOW)
    start = max(data.rfind(b"<c ", window, at), data.rfind(b":c ", window, at))
    if start < 0:
        return None
    if data[start : start + 1] != b"<":
        start = data.rfind(b"<", window, start + 1)
    end = data.find(b"c>", at)
    match = _CELL.match(data, start, end + 2) if end >= 0 else None
    return (match.group(1).decode(), match.group(2) or b"") if match else None


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_PKG}Relationship")}
    parts: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        if not target:
            continue
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        if part in archive.namelist():
            parts[sheet.get("name", "")] = part
    return parts
