"""The period report read back: every leaf, totals, ranks, grades, summaries, chart, pages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from emulation.reports.period_report import render_period_report
from emulation.reports.report_scores import HEAD_WIDTHS, TAIL_WIDTHS, chunk_leaves
from emulation.reports.report_summary import UNGRADED, grade_columns, grade_counts
from tests.reports.builders import GRADES, report_leaves, report_rows
from tests.reports.pdfs import (
    DECISION,
    ISSUER,
    all_page_texts,
    assert_fonts_embedded,
    assert_text,
    joined,
    page_size,
    placed_texts,
)


def _render(path: Path, leaves: int, rows: int, decision: bool = True) -> int:
    lv = report_leaves(leaves)
    return render_period_report(
        path, title="BÁO CÁO KẾT QUẢ CHẤM ĐIỂM THI ĐUA", period_name="Tháng 11 năm 2026",
        leaves=lv, rows=report_rows(lv, rows), grade_names=GRADES, issuer=ISSUER,
        decision_or_none=DECISION if decision else None, generated_on=date(2026, 11, 5),
        invariant=True,
    )


def test_landscape_report_with_every_part(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    pages = _render(path, 9, 12)
    assert len(PdfReader(path).pages) == pages
    width, height = page_size(path)
    assert width > height and round(width / mm) == 297
    assert_text(
        path, "BÁO CÁO KẾT QUẢ CHẤM ĐIỂM THI ĐUA", "Kỳ chấm điểm: Tháng 11 năm 2026",
        "Bảo Yên, ngày 05 tháng 11 năm 2026", "Số: 05/QĐ-UBND",
        "I.1 (2,5)", "II.3 (10)", "III.3 (2,5)", "Thôn Nậm Mò", "93,75", "Xuất sắc",
        "Thôn Khuổi Phèn", "chưa đủ điểm", "K1", "Ký hiệu tiêu chí",
        "Tiêu chí thứ 9 về môi trường (tối đa 2,5)", "Phân bố xếp loại", UNGRADED,
        "Tổng hợp theo đơn vị cấp trên", "Thị trấn Phố Ràng", "Điểm bình quân", "Nguyễn Văn Thắng",
    )
    assert_fonts_embedded(path)


def test_missing_score_shows_a_dash_and_decision_is_optional(tmp_path: Path) -> None:
    path = tmp_path / "r.pdf"
    _render(path, 3, 3, decision=False)
    text = joined(all_page_texts(path)[0])
    assert "Kèm theo" not in text and "Số:" not in text
    runs = placed_texts(path)
    assert "–" in [r.text for r in runs]


def test_many_leaves_are_cut_into_chunks_and_all_printed(tmp_path: Path) -> None:
    path = tmp_path / "wide.pdf"
    pages = _render(path, 30, 45)
    assert pages >= 4
    leaves = report_leaves(30)
    assert_text(path, *(f"{leaf.code} (" for leaf in leaves))
    for texts in all_page_texts(path):
        assert texts[1].lstrip().startswith("2")
        assert "Hạng" in texts[1]


def test_chunks_fit_the_frame() -> None:
    width = 252 * mm
    leaves = report_leaves(40)
    chunks = chunk_leaves(leaves, width)
    assert [leaf for chunk in chunks for leaf in chunk] == leaves
    assert len(chunks) > 1
    room = width - sum(HEAD_WIDTHS)
    assert len(chunks[-1]) * 11 * mm <= room - sum(TAIL_WIDTHS)
    assert all(len(c) * 11 * mm <= room for c in chunks)


def test_grade_counts_include_ungraded_and_unknown_grades() -> None:
    rows = report_rows(report_leaves(2), 12)
    columns = grade_columns(rows, GRADES)
    assert columns == [*GRADES, UNGRADED]
    counts = grade_counts(rows, columns)
    assert sum(counts.values()) == 12
    assert counts[UNGRADED] == 1
    assert counts["Xuất sắc"] == 4
    assert Decimal(sum(counts.values())) == 12
