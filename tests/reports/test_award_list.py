"""The award list read back: NĐ 30 header, table, amounts, total, pages and page numbers."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from emulation.reports.award_list import attached_line, render_award_list
from emulation.reports.layout import PageLayout
from emulation.reports.models import Decision
from emulation.text import format_thousands
from tests.reports.builders import award_rows
from tests.reports.pdfs import (
    DECISION,
    ISSUER,
    all_page_texts,
    assert_fonts_embedded,
    assert_text,
    page_size,
    placed_texts,
)

TITLE = "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG"


def _render(path: Path, count: int, **kw: object) -> int:
    return render_award_list(path, award_rows(count), ISSUER, DECISION, TITLE,
                             "Phong trào “10 phút góp phần cải thiện môi trường” năm 2026",
                             invariant=True, **kw)  # type: ignore[arg-type]


def test_short_list_on_one_portrait_page(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    assert _render(path, 3) == 1
    width, height = page_size(path)
    assert height > width and round(width / mm) == 210
    assert_text(
        path, "UBND TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN XÃ BẢO YÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 05/QĐ-UBND",
        "Bảo Yên, ngày 05 tháng 11 năm 2026", TITLE,
        "(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/11/2026 của Chủ tịch Ủy ban nhân dân xã "
        "Bảo Yên)",
        "STT", "Tên tập thể", "Thuộc", "Điểm", "Xếp hạng", "Hình thức", "Số tiền (đ)",
        "Thôn Nậm Mò", "Xã Nghĩa Đô", "93,75", "710.000", "Giấy khen", "Tổng cộng (3 tập thể)",
        "2.130.000", "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn Thắng",
    )
    assert_fonts_embedded(path)


def test_long_list_repeats_the_header_and_numbers_later_pages(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    pages = _render(path, 60)
    assert pages >= 2
    assert len(PdfReader(path).pages) == pages
    total = format_thousands(60 * 710_000)
    assert total == "42.600.000"
    assert_text(path, "Thôn Xuân Thượng 5", "34,75", f"Tổng cộng (60 tập thể) {total}")
    for texts in all_page_texts(path):
        assert "Tên tập thể" in texts[1] and "Số tiền (đ)" in texts[1]
    first_runs, second_runs = placed_texts(path, 0), placed_texts(path, 1)
    _, height = page_size(path)
    top_margin = [r.text for r in second_runs if r.y > height - 20 * mm]
    assert top_margin == ["2"]
    assert not [r for r in first_runs if r.y > height - 20 * mm]


def test_decision_without_issuer_phrase(tmp_path: Path) -> None:
    bare = Decision("12/QĐ-BTG", DECISION.date)
    assert attached_line(bare) == "(Kèm theo Quyết định số 12/QĐ-BTG ngày 05/11/2026)"


def test_margins_follow_the_layout(tmp_path: Path) -> None:
    path = tmp_path / "m.pdf"
    render_award_list(path, award_rows(2), ISSUER, DECISION, TITLE,
                      page=PageLayout(left=35, right=20, top=25, bottom=25))
    runs = placed_texts(path)
    left_edge = min(r.x for r in runs if r.text in ("1", "2"))
    assert left_edge > 35 * mm
    _, height = page_size(path)
    assert max(r.y for r in runs) < height - 25 * mm


def test_a_party_body_uses_the_party_header(tmp_path: Path) -> None:
    party = replace(ISSUER, parent_body="ĐẢNG BỘ TỈNH LÀO CAI", issuer="ĐẢNG ỦY XÃ BẢO YÊN",
                    signer_acting="T/M ĐẢNG ỦY", signer_title="BÍ THƯ", party=True)
    path = tmp_path / "p.pdf"
    render_award_list(path, award_rows(2), party, Decision("05-QĐ/ĐU", DECISION.date),
                      "DANH SÁCH CHI BỘ ĐƯỢC KHEN THƯỞNG")
    assert_text(path, "ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY XÃ BẢO YÊN", "ĐẢNG CỘNG SẢN VIỆT NAM",
                "Số 05-QĐ/ĐU", "T/M ĐẢNG ỦY", "BÍ THƯ")
    for texts in all_page_texts(path):
        assert "CỘNG HÒA" not in texts[0] and "Số:" not in texts[0]
