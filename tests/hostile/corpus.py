"""The hostile files, generated on the spot (nothing large is committed).

Each builder writes one file into a folder and returns its path. Workbooks start from a real
one written by openpyxl, with one part replaced by what a hostile sender would put there;
big parts are streamed into the archive, never held whole in memory.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
STRINGS = "xl/sharedStrings.xml"
HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
TAIL = b"</sheetData></worksheet>"
Parts = dict[str, Callable[[], Iterable[bytes]]]


def skeleton() -> dict[str, bytes]:
    """The parts of a small, sound workbook with one sheet."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Điểm"
    ws.append(["Mã", "Tên"])
    buffer = io.BytesIO()
    wb.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def workbook(path: Path, parts: Parts, level: int = 1) -> Path:
    """The skeleton with ``parts`` replaced or added, each streamed from its chunks."""
    members = skeleton()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in members.items():
            if name not in parts:
                archive.writestr(name, data)
        for name, chunks in parts.items():
            with archive.open(name, "w", force_zip64=True) as stream:
                for chunk in chunks():
                    stream.write(chunk)
    return path


def sheet(body: bytes, dimension: str = "A1:B2") -> Callable[[], Iterable[bytes]]:
    return lambda: [HEAD, f'<dimension ref="{dimension}"/><sheetData>'.encode(), body, TAIL]


def far_cell(folder: Path) -> Path:
    body = b'<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return workbook(folder / "o-xa.xlsx", {SHEET: sheet(body)})


def far_dimension(folder: Path) -> Path:
    return workbook(folder / "kich-thuoc.xlsx", {SHEET: sheet(b"", dimension="A1:XFD1048576")})


def wide_row(folder: Path) -> Path:
    return workbook(folder / "rong.xlsx", {SHEET: sheet(b'<row r="1"><c r="ZZ1"><v>1</v></c></row>')})


def _strings(count: int, text: Callable[[int], str], declared: int | None = None) -> Iterator[bytes]:
    declared = count if declared is None else declared
    yield (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
        f'spreadsheetml/2006/main" count="{declared}" uniqueCount="{declared}">'
    ).encode()
    for start in range(0, count, 10_000):
        yield "".join(f"<si><t>{text(i)}</t></si>" for i in range(start, min(count, start + 10_000))).encode()
    yield b"</sst>"


def many_strings(folder: Path) -> Path:
    """Small on disk, a large string table: every string different so it compresses honestly."""
    salt = os.urandom(4).hex()
    parts = {STRINGS: lambda: _strings(250_000, lambda i: f"{salt}{i:x}", declared=1)}
    return workbook(folder / "chuoi-nhieu.xlsx", parts)


def string_bomb(folder: Path) -> Path:
    """The classic: 60 MB of shared strings packed into a few hundred kilobytes."""
    def chunks() -> Iterator[bytes]:
        yield _strings(0, str, declared=1).__next__()
        block = b"<si><t>aaaaaaaaaa</t></si>" * 10_000
        yield from (block for _ in range(240))
        yield b"</sst>"
    return workbook(folder / "bom-chuoi.xlsx", {STRINGS: chunks}, level=9)


def declared_strings(folder: Path) -> Path:
    return workbook(folder / "chuoi-khai.xlsx", {STRINGS: lambda: _strings(1, str, declared=2_000_000_000)})


def long_strings(folder: Path) -> Path:
    parts = {STRINGS: lambda: _strings(4, lambda i: os.urandom(3_000_000).hex())}
    return workbook(folder / "chuoi-dai.xlsx", parts)


def deep_markup(folder: Path) -> Path:
    depth = 100_000
    body = b'<row r="1"><c r="A1" t="inlineStr"><is>' + b"<r>" * depth + b"</r>" * depth + b"</is></c></row>"
    return workbook(folder / "long-nhau.xlsx", {SHEET: sheet(body)})


def comment_markup(folder: Path) -> Path:
    body = b"<row><!-- x --><c><v>1</v></c></row>" * 20_000
    return workbook(folder / "chu-thich.xlsx", {SHEET: sheet(body)})


def doctype(folder: Path) -> Path:
    head = b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>' + HEAD[HEAD.index(b"<worksheet"):]
    return workbook(folder / "thuc-the.xlsx", {SHEET: lambda: [head, b"<sheetData>", TAIL]})


def _rows(count: int, columns: int) -> Iterator[bytes]:
    letters = [chr(65 + c) for c in range(columns)]
    for start in range(1, count + 1, 1_000):
        yield "".join(
            f'<row r="{r}">' + "".join(f'<c r="{col}{r}"><v>{r % 97}</v></c>' for col in letters) + "</row>"
            for r in range(start, min(count + 1, start + 1_000))
        ).encode()


def many_cells(folder: Path) -> Path:
    """Cells everywhere: 1.1 million of them in 100.000 rows, under every size limit."""
    return workbook(folder / "o-khap-noi.xlsx", {SHEET: lambda: [HEAD, b"<sheetData>", *_rows(100_000, 11), TAIL]})


def huge_sheet(folder: Path) -> Path:
    """A sheet of more than 50 MB of XML (it compresses like any real sheet)."""
    def chunks() -> Iterator[bytes]:
        yield HEAD + b"<sheetData>"
        block = b"".join(_rows(2_000, 20))
        for _ in range(52 * 1024 * 1024 // len(block) + 1):
            yield block
        yield TAIL
    return workbook(folder / "rat-lon.xlsx", {SHEET: chunks})


WORKBOOKS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "far_cell": (far_cell, "có ô ở dòng 1048576, vượt giới hạn 100000 dòng"),
    "far_dimension": (far_dimension, "khai báo kích thước tới dòng 1048576"),
    "wide_row": (wide_row, "có ô ở cột thứ 702, vượt giới hạn 500 cột"),
    "many_strings": (many_strings, "bảng chuỗi dùng chung có 200001 chuỗi"),
    "string_bomb": (string_bomb, "bị nén chặt bất thường"),
    "declared_strings": (declared_strings, "bảng chuỗi dùng chung có 2000000000 chuỗi"),
    "long_strings": (long_strings, "bảng chuỗi dùng chung dài hơn 20000000 ký tự"),
    "deep_markup": (deep_markup, "lồng nhau quá 64 tầng"),
    "comment_markup": (comment_markup, "chứa quá 10000 chú thích XML"),
    "doctype": (doctype, "có khai báo DOCTYPE"),
    "many_cells": (many_cells, "tệp có hơn 1000000 ô dữ liệu"),
    "huge_sheet": (huge_sheet, "giải nén ra hơn 50 MB"),
}


def _write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def _criteria(title: str) -> str:
    return (
        '{"format": "emulation-criteria/1", "name": "Bộ thử", "max_total": 10, "criteria": '
        f'[{{"code": "1", "title": {title}, "kind": "points", "max": 10}}]}}'
    )


def _units(name: str) -> str:
    return "Mã,Tên,Loại\nT1,Thôn Một,thôn\nT2," + name + ",thôn\n"


#: name → (file name, content, command, Vietnamese words the refusal must hold)
TEXTS: dict[str, tuple[str, Callable[[], str | bytes], str, str]] = {
    "json_deep": ("sau.json", lambda: "[" * 100_000 + "]" * 100_000, "criteria",
                  "sau.json › [0][0][0]"),
    "json_huge_exponent": ("mu.json", lambda: _criteria('"T"').replace('"max": 10}', '"max": 1e999}'), "criteria",
                           "mu.json › criteria[0].max: số 1e999 nằm ngoài giới hạn"),
    "json_long_number": ("dai.json", lambda: _criteria('"T"').replace('"max": 10}', '"max": ' + "7" * 5000 + "}"),
                         "criteria", "dai.json › criteria[0].max: số 77777777777777777… nằm ngoài giới hạn"),
    "json_long_title": ("tieu-de.json", lambda: _criteria('"' + "Rất dài " * 1500 + '"'), "criteria",
                        "tieu-de.json › criteria[0].title: dài 11999 ký tự, vượt giới hạn 2000 ký tự"),
    "json_bidi_title": ("dao.json", lambda: _criteria('"Vệ sinh \\u202emôi trường"'), "criteria",
                        "dao.json › criteria[0].title: chứa ký tự ẩn U+202E"),
    "csv_long_field": ("o-dai.csv", lambda: _units("x" * 200_000), "units",
                       "o-dai.csv: dòng 3 có một ô dài hơn 10000 ký tự"),
    "csv_unknown_encoding": ("bang-ma.csv", lambda: "Ma,Ten\nT1,東京都\n".encode("shift_jis"), "units",
                             "bang-ma.csv: không nhận ra bảng mã của tệp"),
    "csv_control": ("dieu-khien.csv", lambda: _units("Thôn\x07Một"), "units",
                    "dieu-khien.csv › B3: chứa ký tự ẩn U+0007"),
    "csv_ansi": ("ansi.csv", lambda: _units("\x1b[31mThôn Đỏ\x1b[0m"), "units",
                 "ansi.csv › B3: chứa ký tự ẩn U+001B"),
    "csv_bidi": ("rlo.csv", lambda: _units("Thôn \u202egnol"), "units", "rlo.csv › B3: chứa ký tự ẩn U+202E"),
    "csv_10000_chars": ("ten-dai.csv", lambda: _units("Thôn " + "A" * 9_995), "units",
                        "ten-dai.csv › B3: dài 10000 ký tự, vượt giới hạn 300 ký tự"),
}


def text_file(folder: Path, case: str) -> Path:
    name, content, _, _ = TEXTS[case]
    return _write(folder / name, content())
