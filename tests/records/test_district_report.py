"""The report as the districts write it, built from their own figures (issue 13)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest

from tests.cli.conftest import Run
from tests.records.district import diem_den_rows, ho_so_rows, models_rows, ra_quan_rows, workbook


@pytest.fixture
def filled(district: Run, tmp_path: Path) -> Run:
    models = district("models", "import", str(workbook(tmp_path / "mo-hinh.xlsx", {"Sổ mô hình": models_rows()})))
    assert models.code == 0, models.err
    records = workbook(tmp_path / "gn.xlsx", {"Mỗi tuần một điểm đến": diem_den_rows(),
                                              "Hồ sơ hành chính": ho_so_rows(), "Ra quân": ra_quan_rows()})
    assert district("records", "import", str(records)).code == 0
    for i in range(33):
        achieved = "12" if i < 20 else "10"
        assert district("indicators", "set", "MC", "2024", f"Chỉ tiêu {i + 1}", "10", achieved).code == 0
    return district


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_pdf_reads_the_districts_figures(filled: Run, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.pdf"
    result = filled("records", "report", "-o", str(out), "--year", "2024", "--base-year", "2019")
    assert result.code == 0, result.err
    text = " ".join(_pdf_text(out).split())
    assert ("Tổng số 315 mô hình “Dân vận khéo” đến năm 2024, tăng 90 mô hình so với năm 2019; theo lĩnh vực: "
            "Kinh tế 101 (-19), Văn hóa – xã hội 184 (+111), Quốc phòng – an ninh 25 (-2), "
            "Xây dựng hệ thống chính trị 5 (0).") in text
    assert "Tổng cộng 225 315 +90" in text
    assert ("Tiếp nhận 25.723 hồ sơ, đã giải quyết 25.487 hồ sơ (đạt 99,08 %), đang giải quyết 326, "
            "quá hạn 20.") in text
    assert ("Mỗi tuần một điểm đến: 22 lần, số hộ đến thăm 65, số lượt cán bộ tham gia 51, "
            "số ý kiến tiếp nhận 28.") in text
    assert ("Ra quân: 2 lần, số lượt người tham gia 310, số ngày công 155,5, "
            "số tiền huy động (đồng) 158.000.000.") in text
    assert "33/33 chỉ tiêu đạt, 20/33 vượt" in text


def test_the_workbook_holds_the_same_figures(filled: Run, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    assert filled("records", "report", "-o", str(out), "--year", "2024", "--base-year", "2019").code == 0
    wb = openpyxl.load_workbook(out)
    by_field = [[c.value for c in row] for row in wb["Mô hình theo lĩnh vực"].iter_rows(min_row=4)]
    assert by_field == [["Kinh tế", 120, 101, "-19"], ["Văn hóa – xã hội", 73, 184, "+111"],
                        ["Quốc phòng – an ninh", 27, 25, "-2"], ["Xây dựng hệ thống chính trị", 5, 5, "0"],
                        ["Tổng cộng", 225, 315, "+90"]]
    dossiers = [[c.value for c in row] for row in wb["Hồ sơ hành chính"].iter_rows(min_row=4)]
    assert dossiers[-1] == ["Tổng cộng", 25723, 25487, "99,08 %", 326, 20]
    visits = [[c.value for c in row] for row in wb["Mỗi tuần một điểm đến"].iter_rows(min_row=4)]
    assert visits[-1] == ["Tổng cộng", 22, 65, 51, 28]
    units = [[c.value for c in row] for row in wb["Mô hình theo đơn vị"].iter_rows(min_row=4)]
    assert sum(r[5] for r in units) == 315


def test_models_and_indicators_feed_measures(filled: Run) -> None:
    indicators = filled("indicators", "list", "--year", "2024")
    assert "2024 MC: 33/33 chỉ tiêu đạt, 20/33 vượt" in indicators.out
    listed = filled("models", "list", "--json").json()["rows"]
    assert len(listed) == 336 and {r["field"] for r in listed} == {
        "Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh", "Xây dựng hệ thống chính trị"}


def test_a_models_list_with_faults_writes_nothing(district: Run, tmp_path: Path) -> None:
    rows = models_rows()[:4]
    rows[1][2] = "Môi trường"  # not one of the committee's fields → C2
    rows[2][3] = "năm ngoái"  # not a year → D3
    rows[3][1] = "ZZ"  # no such unit → B4
    result = district("models", "import", str(workbook(tmp_path / "ds.xlsx", {"Danh sách": rows})))
    assert result.code == 2
    assert [line.split(": ")[1] for line in result.err.strip().splitlines()] == [
        "ds.xlsx › Danh sách › C2", "ds.xlsx › Danh sách › D3", "ds.xlsx › Danh sách › B4"]
    assert district("models", "list", "--json").json()["rows"] == []
