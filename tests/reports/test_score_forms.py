"""Blank score forms read back: one per unit, every criterion, penalties, signatures."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from emulation.reports.form_rows import hint, standard
from emulation.reports.models import FormUnit
from emulation.reports.score_forms import render_score_forms
from emulation.scoring.criteria import CriteriaSet, Criterion, Kind
from tests.reports.builders import sample_criteria
from tests.reports.pdfs import ISSUER, all_page_texts, assert_fonts_embedded, assert_text, joined

UNITS = [("T01", "Thôn Nậm Mò", "Xã Bảo Yên"), FormUnit("T02", "Thôn Khuổi Phèn")]


def _render(path: Path, criteria: CriteriaSet, units: list) -> int:
    return render_score_forms(path, period_name="Tháng 11 năm 2026", criteria=criteria,
                              units=units, issuer=ISSUER, invariant=True)


def test_one_form_per_unit_with_every_criterion(tmp_path: Path) -> None:
    path = tmp_path / "f.pdf"
    assert _render(path, sample_criteria(), UNITS) == 2
    assert len(PdfReader(path).pages) == 2
    assert_text(
        path, "PHIẾU CHẤM ĐIỂM", "Kỳ chấm điểm: Tháng 11 năm 2026", "Đơn vị: Thôn Nậm Mò",
        "Thuộc: Xã Bảo Yên", "TT", "Tiêu chí", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định",
        "Vệ sinh môi trường", "Ra quân dọn vệ sinh hằng tuần", "Phân loại rác tại nguồn",
        "Ủ phân hữu cơ từ rác thải", "2,5", "27,5", "57,5", "Trừ 2 điểm/lần", "Tổng cộng",
        "ĐẠI DIỆN ĐƠN VỊ", "NGƯỜI CHẤM", "(Ký, ghi rõ họ tên)",
        "Bảo Yên, ngày ..... tháng ..... năm",
    )
    for texts in all_page_texts(path):
        assert "Thôn Nậm Mò" in texts[0] and "Thôn Khuổi Phèn" not in texts[0]
        assert "Đơn vị: Thôn Khuổi Phèn" in joined([texts[1]]) and "Thuộc:" not in texts[1]
    assert_fonts_embedded(path)


def _long_criteria() -> CriteriaSet:
    leaves = tuple(Criterion(str(i), f"Nội dung tiêu chí số {i} của phong trào", Kind.POINTS,
                             max=Decimal("2.5")) for i in range(1, 61))
    group = Criterion("I", "Các tiêu chí", Kind.GROUP, children=leaves)
    return CriteriaSet(name="Bộ tiêu chí dài", max_total=Decimal(150), criteria=(group,))


def test_a_long_form_continues_with_its_own_page_numbers(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    pages = _render(path, _long_criteria(), UNITS)
    assert pages >= 4 and pages % 2 == 0
    per_unit = pages // 2
    for texts in all_page_texts(path):
        assert "Đơn vị: Thôn Nậm Mò" in texts[0]
        assert "Thôn Nậm Mò — trang 2" in texts[1]
        assert "Tiêu chí" in texts[1]
        assert "Đơn vị: Thôn Khuổi Phèn" in joined([texts[per_unit]])
        assert "— trang" not in texts[per_unit]
        assert "Thôn Khuổi Phèn — trang 2" in texts[per_unit + 1]
        assert "Nội dung tiêu chí số 60" in joined(texts[:per_unit])


def test_standard_points_cell() -> None:
    assert standard(Criterion("1", "x", Kind.POINTS, max=Decimal(10))) == "10"
    assert standard(Criterion("1", "x", Kind.POINTS, max=Decimal("2.5"))) == "2,5"
    assert standard(Criterion("1", "x", Kind.PENALTY, per_item=Decimal(2))) == "Trừ 2 điểm/lần"
    assert standard(Criterion("1", "x", Kind.PENALTY, max=Decimal(5))) == "Trừ tối đa 5"
    bonus = Criterion("+", "Điểm thưởng", Kind.GROUP, children=(
        Criterion("1", "x", Kind.BONUS, max=Decimal(3)), Criterion("2", "y", Kind.BONUS,
                                                                  max=Decimal(2))))
    assert standard(bonus) == "5"


def test_hints_tell_how_a_leaf_is_scored() -> None:
    criteria = sample_criteria()
    nodes = criteria.node_by_code
    assert hint(nodes["I.1"]) == "Từ 4 lần: 10 điểm; từ 2 lần: 5 điểm; còn lại: 0 điểm"
    assert hint(nodes["I.3"]) == "Có: 5 điểm; không: 0 điểm"
    assert hint(nodes["I.4"]) == "Tốt: 15 điểm; Khá: 10 điểm; Chưa đạt: 0 điểm"
    assert hint(nodes["II.2.b"]) == "Chấm theo biên bản kiểm tra thực tế"
    assert hint(nodes["II.1"]) == ""
