"""A units CSV is read in whichever encoding Excel saved it, within the field limit."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from emulation.excel.csv_read import decode
from emulation.excel.safe_open import WorkbookRefused
from emulation.excel.units_file import read_units
from emulation.i18n import render

TEXT = "Mã,Tên\nVY-TK,Thôn Khuổi Thượng – Đồng Tâm\n"


def windows_1258(text: str) -> bytes:
    """As Excel saves it: â ă ê ô ơ ư đ precomposed, tone marks as combining characters."""
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in "\u0302\u0306\u031b" and out:
            out[-1] = unicodedata.normalize("NFC", out[-1] + ch)
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        windows_1258(TEXT),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16", "utf-16-le", "utf-16-be", "windows-1258"],
)
def test_every_encoding_excel_saves_is_read(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "don-vi.csv"
    path.write_bytes(data)
    records, problems = read_units(path)
    assert problems == []
    assert records[0].name == "Thôn Khuổi Thượng – Đồng Tâm"


def test_windows_1258_with_combining_tones_reads_as_nfc() -> None:
    assert windows_1258("Đồng") == b"\xd0\xf4\xccng"
    assert decode(windows_1258("Đồng"), "x.csv") == "Đồng"


@pytest.mark.parametrize("data", ["Müller, Straße".encode("cp1252"), "東京".encode("shift_jis")])
def test_an_encoding_that_cannot_be_told_is_refused(data: bytes) -> None:
    with pytest.raises(WorkbookRefused) as info:
        decode(b"Ma,Ten\n" + data, "x.csv")
    assert render(info.value.problem) == (
        "x.csv: không nhận ra bảng mã của tệp (không phải UTF-8, UTF-16 hay Windows-1258); "
        "hãy lưu lại dưới dạng “CSV UTF-8”"
    )


def test_a_field_over_the_limit_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "dai.csv"
    path.write_text("Mã,Tên\nA,Thôn A\nB," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(WorkbookRefused) as info:
        read_units(path)
    assert render(info.value.problem) == (
        "dai.csv: dòng 3 có một ô dài hơn 10000 ký tự, vượt giới hạn; không đọc tệp này"
    )
