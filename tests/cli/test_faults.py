"""Faulty input exits 2, names every fault by its place, and writes nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from .conftest import SAMPLES, Result, Run
from .scenario import CRITERIA, MEMBERS, fill

PERIOD = "Tháng 11/2026"


def snapshot(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return list(con.iterdump())


@pytest.fixture
def ready(run: Run, tmp_path: Path) -> Path:
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    run("criteria", "import", str(criteria))
    run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx"))
    run("period", "create", PERIOD, "--criteria", CRITERIA["name"])
    template = tmp_path / "mau.xlsx"
    assert run("scores", "template", PERIOD, str(template)).code == 0
    return template


def cell_of(path: Path, unit: str, leaf: str) -> str:
    ws = openpyxl.load_workbook(path).worksheets[0]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == unit)
    col = next(c for c in range(1, ws.max_column + 1) if ws.cell(2, c).value == leaf)
    return ws.cell(row, col).coordinate


def both(run: Run, *args: str) -> tuple[Result, Result]:
    """The same command in Vietnamese (the default) and with ``--lang en`` after the command."""
    return run(*args), run(*args, "--lang", "en")


def test_every_fault_of_a_workbook_is_named_and_nothing_is_written(
    run: Run, db: Path, ready: Path, tmp_path: Path
) -> None:
    values = dict(MEMBERS)
    values["VY-NM"] = ("25", 20, "87,35", 50, None, None)  # above the max of 20
    values["PR-1"] = ("mười hai", 19, 90, 50, None, None)  # text in a number cell
    values["ND-BH"] = (18, 20, 100, "49,1", None, None)  # off the 0,25 step
    bad = fill(ready, tmp_path / "sai.xlsx", values)
    wb = openpyxl.load_workbook(bad)
    ws = wb.worksheets[0]
    ws.cell(ws.max_row + 1, 1).value = "XX-9"  # an unknown unit
    ws.cell(ws.max_row, 2).value = "Thôn Không Có"
    ws.cell(ws.max_row, 3).value = 10
    wb.save(bad)
    before = snapshot(db)
    vi, en = both(run, "scores", "import", PERIOD, str(bad), "--scorer", "An")
    assert vi.code == en.code == 2
    above, text, step = cell_of(bad, "VY-NM", "I.1"), cell_of(bad, "PR-1", "I.1"), cell_of(bad, "ND-BH", "II.2")
    assert f"lỗi: sai.xlsx › Điểm › {above}: 25 vượt quá điểm tối đa 20" in vi.err
    assert f"lỗi: sai.xlsx › Điểm › {text}: «mười hai» không phải là số" in vi.err
    assert f"lỗi: sai.xlsx › Điểm › {step}: 49,1 không đúng bước chấm 0,25" in vi.err
    assert "không có đơn vị «XX-9» (Thôn Không Có)" in vi.err and "Traceback" not in vi.err
    assert f"error: sai.xlsx › Điểm › {above}: 25 is above the max 20" in en.err
    assert f'error: sai.xlsx › Điểm › {text}: "mười hai" is not a number' in en.err
    assert f"error: sai.xlsx › Điểm › {step}: 49,1 is not on the step of 0,25" in en.err
    assert 'unknown unit "XX-9" (Thôn Không Có)' in en.err
    assert snapshot(db) == before


def test_a_wrong_json_document_names_each_path(run: Run, db: Path, tmp_path: Path) -> None:
    doc = json.loads(json.dumps(CRITERIA))
    doc["criteria"][0]["children"][1]["max"] = -5
    doc["grades"][0]["min"] = "chín mươi"
    path = tmp_path / "sai.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    run("criteria", "list")
    before = snapshot(db)
    vi, en = both(run, "criteria", "import", str(path))
    assert vi.code == en.code == 2
    assert "sai.json › criteria[0].children[1].max: phải lớn hơn 0" in vi.err
    assert "sai.json › grades[0].min: phải là một số" in vi.err
    assert "sai.json › criteria[0].children[1].max: must be > 0" in en.err
    assert "sai.json › grades[0].min: must be a number" in en.err
    assert snapshot(db) == before


def test_not_json_at_all(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "hong.json"
    path.write_text('{"format": "emulation-criteria/1", ', encoding="utf-8")
    vi, en = both(run, "criteria", "import", str(path))
    assert vi.code == en.code == 2
    assert "lỗi: hong.json: dòng 1, cột 36: không phải JSON hợp lệ" in vi.err
    assert "error: hong.json: line 1, column 36: not valid JSON" in en.err


def test_a_file_that_is_not_a_workbook(run: Run, ready: Path, tmp_path: Path) -> None:
    path = tmp_path / "scores.xlsx"
    path.write_text("Mã,Tên\nVY-NM,8\n", encoding="utf-8")
    vi, en = both(run, "scores", "import", PERIOD, str(path), "--scorer", "An")
    assert vi.code == en.code == 2 and "Traceback" not in vi.err
    assert vi.err == "lỗi: scores.xlsx: không phải là sổ tính Excel (.xlsx)\n"  # the place is named once
    assert en.err == "error: scores.xlsx: is not an Excel workbook (.xlsx)\n"


def test_a_locked_period_refuses_every_write(run: Run, db: Path, ready: Path, tmp_path: Path) -> None:
    good = fill(ready, tmp_path / "dung.xlsx", MEMBERS)
    assert run("lock", PERIOD).out == f"Kỳ «{PERIOD}» đã khóa\n"
    before = snapshot(db)
    for args in (
        ("scores", "import", PERIOD, str(good), "--scorer", "An"),
        ("veto", "set", PERIOD, "VY-TK", "K1"),
        ("award", "exclude", PERIOD, "VY-TK", "--reason", "Có đơn thư"),
    ):
        vi, en = both(run, *args)
        assert vi.code == en.code == 2, args
        assert f"lỗi: Kỳ chấm điểm: kỳ «{PERIOD}» đã khóa (thư ký, " in vi.err
        assert "mở khóa kỳ trước khi sửa" in vi.err
        assert f'error: Period: "{PERIOD}" is locked (by thư ký on ' in en.err
    assert snapshot(db) == before
    assert run("--lang", "en", "unlock", PERIOD, "--reason", "nhập lại điểm").out == f'"{PERIOD}" is open\n'
    assert run("scores", "import", PERIOD, str(good), "--scorer", "An").code == 0


def test_unknown_names_are_usage_errors(run: Run, ready: Path) -> None:
    vi, en = both(run, "rank", "Tháng 13/2026")
    assert vi.code == en.code == 2
    assert "không có kỳ chấm điểm nào tên «Tháng 13/2026» (xem: emulation period list)" in vi.err
    assert 'there is no period named "Tháng 13/2026" (see: emulation period list)' in en.err
    vi, en = both(run, "period", "create", "Tháng 12/2026", "--criteria", "Không có")
    assert vi.code == en.code == 2
    assert "không có bộ tiêu chí nào tên «Không có»" in vi.err and 'no criteria set named "Không có"' in en.err
    vi, en = both(run, "veto", "set", PERIOD, "VY-TK", "K9")
    assert vi.code == en.code == 2
    assert "«K9» không phải là điều kiện khống chế của kỳ này (các điều kiện: K1" in vi.err
    assert '"K9" is not a veto of this period (its vetoes: K1' in en.err
    vi, en = both(run, "scores", "import", PERIOD, str(ready))
    assert vi.code == en.code == 2
    assert "lỗi: --scorer: hãy ghi tên thành viên hội đồng đã chấm các điểm này" in vi.err
    assert "error: --scorer: name the committee member whose scores these are" in en.err


def test_a_database_from_a_newer_version_is_refused_untouched(run: Run, db: Path) -> None:
    assert run("criteria", "list").code == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db.read_bytes()
    vi, en = both(run, "criteria", "list")
    assert vi.code == en.code == 2
    assert "lỗi: Cơ sở dữ liệu này do một phiên bản mới hơn" in vi.err
    assert "error: This database was written by a newer version" in en.err
    assert db.read_bytes() == before


def test_printing_refusals(run: Run, ready: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "giay-khen.pdf")
    vi, en = both(run, "print", "certificates", PERIOD, "-o", str(tmp_path / "x.txt"))
    assert "tệp kết quả phải có đuôi .pdf" in vi.err and "the output file must end in .pdf" in en.err
    vi, en = both(run, "print", "certificates", PERIOD, "-o", out)
    assert vi.code == en.code == 2
    assert f"lỗi: Kỳ chấm điểm: kỳ «{PERIOD}» chưa có quyết định khen thưởng; hãy ghi quyết định trước" in vi.err
    assert f'error: Period: "{PERIOD}" has no commendation decision yet; record it first' in en.err
    assert run("period", "decision", PERIOD, "07/QĐ-UBND", "--date", "05/12/2026").out == (
        f"«{PERIOD}»: Quyết định số 07/QĐ-UBND ngày 05/12/2026\n"
    )
    vi, en = both(run, "print", "award-list", PERIOD, "-o", out)
    assert "lỗi: Địa danh: cần đặt mục này trước khi in (emulation settings set place …)" in vi.err
    assert "error: Place: set it before printing (emulation settings set place …)" in en.err
    assert run("settings", "set", "place", "Bảo Yên").code == 0
    assert run("settings", "set", "signer_name", "Hoàng Văn Nam").code == 0
    vi, en = both(run, "print", "certificates", PERIOD, "-o", out, "--award", "Cờ thi đua")
    assert f"lỗi: --award: «Cờ thi đua» không phải là hình thức khen thưởng của kỳ «{PERIOD}»" in vi.err
    assert f'error: --award: "Cờ thi đua" is not an award of "{PERIOD}" (its awards: Giấy khen)' in en.err
    assert not Path(out).exists()
    vi, en = both(run, "period", "decision", PERIOD, "08", "--date", "31/02/2026")
    assert "lỗi: --date: «31/02/2026» không phải là ngày (dd/mm/yyyy)" in vi.err
    assert 'error: --date: "31/02/2026" is not a date (dd/mm/yyyy)' in en.err


def test_settings_refusals(run: Run) -> None:
    vi, en = both(run, "settings", "set", "mau_sac", "đỏ")
    assert vi.code == en.code == 2
    assert "lỗi: mau_sac: «mau_sac» không phải là một mục cài đặt" in vi.err
    assert 'error: mau_sac: "mau_sac" is not a setting' in en.err
    vi, en = both(run, "settings", "set", "base_salary", "nhiều")
    assert "lỗi: Lương cơ sở: «nhiều» không phải là một số tiền" in vi.err
    assert 'error: Base salary: "nhiều" is not an amount of money' in en.err


def test_import_refusals(run: Run, tmp_path: Path) -> None:
    vi, en = both(run, "units", "import", str(tmp_path / "khong-co.xlsx"))
    assert vi.code == en.code == 2
    assert "khong-co.xlsx: tệp không tồn tại" in vi.err and "khong-co.xlsx: the file does not exist" in en.err
    vi, en = both(run, "criteria", "import", str(tmp_path / "tieu-chi.txt"))
    assert "tieu-chi.txt: bộ tiêu chí phải là tài liệu .json hoặc bảng .xlsx" in vi.err
    assert "tieu-chi.txt: criteria come as a .json document or an .xlsx table" in en.err


def test_the_language_setting_and_the_option(run: Run, ready: Path) -> None:
    assert run("settings", "set", "language", "en").code == 0
    assert "there is no period named" in run("rank", "Tháng 13/2026").err
    assert "không có kỳ chấm điểm nào tên" in run("--lang", "vi", "rank", "Tháng 13/2026").err
    assert "không có kỳ chấm điểm nào tên" in run("rank", "Tháng 13/2026", "--lang=vi").err
