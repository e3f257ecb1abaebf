"""Refusing files that are not sane workbooks, always with WorkbookRefused naming the file."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import openpyxl
import pytest

from emulation.excel import safe_open
from emulation.excel.safe_open import (
    WorkbookRefused,
    cell_text,
    cell_where,
    guard_xml,
    open_workbook,
    save_workbook,
    sheet_rows,
)
from emulation.i18n import render


def _good(path: Path, rows: int = 3) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Điểm"
    for i in range(rows):
        ws.append([f"Đ{i}", i])
    wb.save(path)
    return path


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _refused(path: Path) -> str:
    with pytest.raises(WorkbookRefused) as info:
        open_workbook(path)
    assert info.value.file_name == path.name
    shown = render(info.value.problem)
    assert shown.startswith(f"{path.name}: ")
    return f"{shown} [{info.value.code}]"


def test_a_good_workbook_opens(tmp_path: Path) -> None:
    wb = open_workbook(_good(tmp_path / "ok.xlsx"))
    try:
        assert [row for row in sheet_rows(wb["Điểm"], "ok.xlsx")][1] == ("Đ1", 1)
    finally:
        wb.close()


def test_a_writable_load_is_possible(tmp_path: Path) -> None:
    wb = open_workbook(_good(tmp_path / "ok.xlsx"), read_only=False, data_only=False)
    assert wb["Điểm"]["A1"].value == "Đ0"


def test_a_missing_file(tmp_path: Path) -> None:
    assert "tệp không tồn tại" in _refused(tmp_path / "nothing.xlsx")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "tệp rỗng"),
        ("Mã,Tên\nVY,Xã Vĩnh Yên\n".encode(), "không phải là sổ tính Excel"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), ".xls"),
        (bytes(range(256)) * 8, "không phải là sổ tính Excel"),
    ],
    ids=["empty", "csv-renamed", "pdf", "xls", "random"],
)
def test_not_a_workbook(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "scores.xlsx"
    path.write_bytes(content)
    assert words in _refused(path)


def test_a_truncated_workbook(tmp_path: Path) -> None:
    data = _good(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path)


def test_a_damaged_part_inside(tmp_path: Path) -> None:
    good = _good(tmp_path / "whole.xlsx")
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["xl/workbook.xml"] = b"<workbook><not closed"
    assert "xlsx_xml_damaged" in _refused(_zip(tmp_path / "bad.xlsx", members))


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = _zip(tmp_path / "photos.xlsx", {"photo.txt": b"hello"})
    assert "không phải sổ tính Excel" in _refused(path)


def test_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert "không phải là một tệp" in _refused(folder)


def test_too_large_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _good(tmp_path / "big.xlsx")
    monkeypatch.setattr(safe_open, "MAX_FILE_BYTES", path.stat().st_size - 1)
    assert "file_too_large" in _refused(path)


def test_a_zip_bomb(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.xlsx", {"xl/workbook.xml": b"<x/>", "xl/big.xml": bytes(8 << 20)})
    assert "xlsx_zip_bomb" in _refused(path)


def test_too_much_unpacked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _good(tmp_path / "wide.xlsx")
    monkeypatch.setattr(safe_open, "MAX_UNCOMPRESSED_BYTES", 100)
    assert "xlsx_unpacks_too_large" in _refused(path)


def test_xml_entities_are_refused(tmp_path: Path) -> None:
    good = _good(tmp_path / "whole.xlsx")
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    members["xl/worksheets/sheet1.xml"] = sheet.replace(
        "<worksheet", '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><worksheet', 1
    ).encode()
    path = _zip(tmp_path / "entities.xlsx", members)
    for read_only in (True, False):
        with pytest.raises(WorkbookRefused, match="xlsx_xml_doctype") as info:
            open_workbook(path, read_only=read_only)
        shown = render(info.value.problem)
        assert str(tmp_path) not in shown
        assert "\n" not in shown


def test_a_damaged_sheet_is_refused_when_read(tmp_path: Path) -> None:
    good = _good(tmp_path / "whole.xlsx")
    with zipfile.ZipFile(good) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    members["xl/worksheets/sheet1.xml"] = members["xl/worksheets/sheet1.xml"][:300]
    path = _zip(tmp_path / "cut-sheet.xlsx", members)
    wb = open_workbook(path)
    try:
        with pytest.raises(WorkbookRefused) as info:
            list(sheet_rows(wb.worksheets[0], path.name))
        assert "không đọc được trang tính «Điểm»" in render(info.value.problem)
    finally:
        wb.close()


def test_the_stdlib_parsers_are_guarded() -> None:
    guard_xml()
    with pytest.raises(Exception, match="Entit"):
        ET.fromstring('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _good(tmp_path / "long.xlsx", rows=8)
    monkeypatch.setattr(safe_open, "MAX_ROWS", 5)
    wb = open_workbook(path)
    try:
        with pytest.raises(WorkbookRefused) as info:
            list(sheet_rows(wb["Điểm"], path.name))
        assert "có 8 dòng; chỉ đọc tối đa 5 dòng" in render(info.value.problem)
    finally:
        wb.close()


def test_rows_are_counted_when_the_size_is_not_stated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _good(tmp_path / "long.xlsx", rows=8)
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    members["xl/worksheets/sheet1.xml"] = re.sub(r"<dimension[^>]*>", "", sheet).encode()
    path = _zip(tmp_path / "unsized.xlsx", members)
    monkeypatch.setattr(safe_open, "MAX_ROWS", 5)
    wb = open_workbook(path)
    try:
        with pytest.raises(WorkbookRefused) as info:
            list(sheet_rows(wb["Điểm"], path.name))
        assert "có hơn 5 dòng: từ chối" in render(info.value.problem)
    finally:
        wb.close()


def test_cell_where() -> None:
    assert cell_where("scores.xlsx", "Điểm", "F7") == "scores.xlsx › Điểm › F7"
    assert cell_where("units.csv", None, "A3") == "units.csv › A3"


def test_cell_text() -> None:
    assert cell_text(None) is None
    assert cell_text("   ") is None
    assert cell_text(12.0) == "12"
    assert cell_text(" Tho\u0302n ") == "Thôn"


def test_save_leaves_no_temporary_file(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    save_workbook(wb, tmp_path / "out.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"]
    assert zipfile.is_zipfile(io.BytesIO((tmp_path / "out.xlsx").read_bytes()))
