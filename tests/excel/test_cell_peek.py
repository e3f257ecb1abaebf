"""Reading the one cell a fault names, never evaluating anything."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from emulation.excel.cell_peek import parse_where, peek_cell, value_text
from emulation.excel.safe_open import WorkbookRefused
from emulation.services.cell_peek import CellView, fault_cell
from tests.data import SAMPLES


@pytest.fixture
def book(tmp_path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Điểm"
    ws["C7"] = 7
    ws["D7"] = "8,5"
    ws["E7"] = 9.25
    ws["F7"] = "=SUM(C7:E7)"
    ws["G7"] = date(2026, 11, 5)
    ws["H7"] = 12.0
    other = wb.create_sheet("Nặm Mèng")
    other["B2"] = "Tốt"
    path = tmp_path / "diem.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("diem.xlsx › Điểm › C7", ("Điểm", "C7")),
        ("diem.xlsx › Nặm Mèng › $d$18", ("Nặm Mèng", "D18")),
        ("don-vi.csv › A3", (None, "A3")),
        ("tieu-chi.json › criteria[0].children[2].max", (None, None)),
        ("tieu-chi.json › line 3, column 5", (None, None)),
        ("diem.xlsx", (None, None)),
        ("--scorer", (None, None)),
        ("period", (None, None)),
        ("", (None, None)),
    ],
)
def test_parse_where(where: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_where(where) == expected


def test_peek_reads_values_as_text(book: Path) -> None:
    assert peek_cell(book, "Điểm", "C7") == "7"
    assert peek_cell(book, "Điểm", "D7") == "8,5"
    assert peek_cell(book, "Điểm", "E7") == "9.25"
    assert peek_cell(book, "Điểm", "G7") == "05/11/2026"
    assert peek_cell(book, "Điểm", "H7") == "12"
    assert peek_cell(book, "Nặm Mèng", "B2") == "Tốt"
    assert peek_cell(book, None, "C7") == "7"  # the first sheet


def test_peek_blank_cell_is_none(book: Path) -> None:
    assert peek_cell(book, "Điểm", "A1") is None
    assert peek_cell(book, "Điểm", "Z999") is None


def test_a_formula_without_a_cached_value_shows_its_text(book: Path) -> None:
    # openpyxl saves no cached values, as any program that does not compute formulas
    assert peek_cell(book, "Điểm", "F7") == "=SUM(C7:E7)"


def test_a_sheet_name_in_another_unicode_form_is_found(book: Path) -> None:
    import unicodedata

    assert peek_cell(book, unicodedata.normalize("NFD", "Nặm Mèng"), "B2") == "Tốt"


def test_missing_sheet_and_bad_coordinate_are_refused(book: Path) -> None:
    with pytest.raises(KeyError):
        peek_cell(book, "Không có", "A1")
    with pytest.raises(ValueError):
        peek_cell(book, "Điểm", "C")
    with pytest.raises(ValueError):
        peek_cell(book, "Điểm", "A9999999")


def test_a_file_that_is_no_workbook_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "diem.xlsx"
    fake.write_bytes(b"%PDF-1.7 not a workbook")
    with pytest.raises(WorkbookRefused):
        peek_cell(fake, "Điểm", "A1")


def test_csv_cells(tmp_path: Path) -> None:
    path = tmp_path / "don-vi.csv"
    path.write_text("Mã;Tên;Loại\nVY;Xã Vĩnh Yên;xã\nVY-TK;;thôn\n", encoding="utf-8")
    assert peek_cell(path, None, "B2") == "Xã Vĩnh Yên"
    assert peek_cell(path, None, "B3") is None
    assert peek_cell(path, None, "F3") is None
    assert peek_cell(path, None, "A9") is None


def test_the_sample_hand_form() -> None:
    sample = SAMPLES / "phieu-cham-diem-nam-meng-thang-10.xlsx"
    wb = openpyxl.load_workbook(sample, read_only=True)
    sheet = wb.sheetnames[0]
    wb.close()
    assert peek_cell(sample, sheet, "A1") is not None


def test_value_text() -> None:
    assert value_text(None) is None
    assert value_text("") is None
    assert value_text(True) == "TRUE"
    assert value_text(3.0) == "3"
    assert value_text(" 8 ") == " 8 "


def test_fault_cell(book: Path) -> None:
    assert fault_cell(book, "diem.xlsx › Điểm › D7") == CellView("Điểm", "D7", "8,5")
    assert fault_cell(book, "diem.xlsx › Điểm › A1") == CellView("Điểm", "A1", None)


def test_fault_cell_without_a_cell_is_none(book: Path) -> None:
    assert fault_cell(book, "diem.xlsx") is None
    assert fault_cell(book, "--scorer") is None
    assert fault_cell(book, "other.xlsx › Điểm › D7") is None  # another file
    assert fault_cell(book, "diem.xlsx › Không có › D7") is None
    assert fault_cell(book.with_name("gone.xlsx"), "gone.xlsx › Điểm › D7") is None
