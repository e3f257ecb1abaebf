"""Names and titles from someone else: one line, no hidden characters, within their length."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from emulation.i18n import render, set_language
from emulation.scoring.clean_text import clean_text
from emulation.scoring.problems import ProblemsError
from emulation.services.criteria import read_criteria_file
from tests.data import SAMPLES


def test_line_breaks_and_tabs_become_one_space() -> None:
    assert clean_text("  Thôn\tNặm\r\nMèng ", "B2", 300) == ("Thôn Nặm Mèng", None)
    assert clean_text("Hướng dẫn:\n- chấm tại chỗ", "note", 300, lines=True) == ("Hướng dẫn:\n- chấm tại chỗ", None)


@pytest.mark.parametrize(
    ("text", "char"),
    [("Thôn\x00Một", "U+0000"), ("\x1b[2JThôn", "U+001B"), ("Thôn \u202egnol", "U+202E"),
     ("Thôn \u2066A\u2069", "U+2066"), ("Thôn\x85Một\x9b", "U+009B")],
)
def test_hidden_characters_are_refused_with_the_place(text: str, char: str) -> None:
    _, fault = clean_text(text, "don-vi.xlsx › Đơn vị › B7", 300)
    assert fault is not None and fault.params["char"] == char
    assert render(fault).startswith(f"don-vi.xlsx › Đơn vị › B7: chứa ký tự ẩn {char}")


def test_too_long_is_refused_in_both_languages() -> None:
    _, fault = clean_text("A" * 301, "B3", 300)
    assert fault is not None
    assert render(fault) == "B3: dài 301 ký tự, vượt giới hạn 300 ký tự"
    set_language("en")
    try:
        assert render(fault) == "B3: is 301 characters long, over the limit of 300"
    finally:
        set_language("vi")


def test_a_committee_table_names_the_cell_of_a_hidden_character(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(SAMPLES / "tieu-chi-sinh-hoat-chi-bo.xlsx")
    ws = wb.worksheets[0]
    cell = ws["B6"]
    assert isinstance(cell.value, str)
    cell.value = cell.value[:5] + "\u202e" + cell.value[5:]
    path = tmp_path / "tieu-chi.xlsx"
    wb.save(path)
    with pytest.raises(ProblemsError) as info:
        read_criteria_file(path)
    assert [render(p) for p in info.value.problems] == [
        f"tieu-chi.xlsx › {ws.title} › B6: chứa ký tự ẩn U+202E (ký tự điều khiển hoặc đảo chiều chữ) "
        "ở vị trí 6; hãy gõ lại nội dung này"
    ]
