"""The streaming scan of a workbook's XML: what real files hold passes, what passes a limit is named."""

from __future__ import annotations

import io
import zipfile

import pytest

from emulation import limits
from emulation.excel.xml_scan import XmlRefused, coordinate, scan_archive

SHEET = "xl/worksheets/sheet1.xml"


def archive(parts: dict[str, bytes]) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return zipfile.ZipFile(buffer)


def sheet(body: str, prefix: str = "") -> bytes:
    p = f"{prefix}:" if prefix else ""
    ns = f' xmlns:{prefix}="m"' if prefix else ' xmlns="m"'
    return f"<{p}worksheet{ns}><{p}sheetData>{body}</{p}sheetData></{p}worksheet>".encode()


def refused(parts: dict[str, bytes]) -> XmlRefused:
    with pytest.raises(XmlRefused) as info:
        scan_archive(archive(parts))
    return info.value


def test_coordinates() -> None:
    assert coordinate("A1") == (1, 1)
    assert coordinate("$XFD$1048576") == (1048576, 16384)
    assert coordinate("R1C1") is None


def test_a_sheet_within_the_limits_passes() -> None:
    rows = "".join(f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="SF{r}" t="s"><v>0</v></c></row>' for r in (1, 100_000))
    scan_archive(archive({SHEET: sheet(rows), "xl/sharedStrings.xml": b'<sst uniqueCount="1"><si><t>x</t></si></sst>'}))


def test_cells_without_references_are_counted_along_their_row() -> None:
    full = "<row>" + "<c><v>1</v></c>" * limits.MAX_COLUMNS + "</row>"
    scan_archive(archive({SHEET: sheet(full * 3)}))
    over = "<row>" + "<c><v>1</v></c>" * (limits.MAX_COLUMNS + 1) + "</row>"
    assert refused({SHEET: sheet(full + over)}).code == "xlsx_too_many_columns"


def test_a_prefixed_sheet_is_read_the_same() -> None:
    error = refused({SHEET: sheet('<x:row r="1"><x:c r="A200000"><x:v>1</x:v></x:c></x:row>', prefix="x")})
    assert (error.code, error.params["row"]) == ("xlsx_too_many_rows", 200_000)


def test_a_merged_area_past_the_limits_is_refused() -> None:
    body = sheet("").replace(b"</worksheet>", b'<mergeCells><mergeCell ref="A1:ZZZ1"/></mergeCells></worksheet>')
    assert refused({SHEET: body}).code == "xlsx_dimension_columns"


def test_damaged_xml_outside_the_sheets_is_refused_with_its_part() -> None:
    error = refused({"xl/styles.xml": b"<styleSheet><fonts></styleSheet>"})
    assert (error.code, error.params["part"]) == ("xlsx_xml_damaged", "xl/styles.xml")
