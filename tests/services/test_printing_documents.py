"""The award list, the period report and the score forms, printed from the demo and read back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from emulation.services.errors import InputError
from emulation.services.printing import print_award_list, print_report, print_score_forms
from emulation.services.results import awards, rank
from emulation.services.workspace import Workspace
from emulation.text import format_decimal, format_thousands
from tests.faults import shown
from tests.reports.pdfs import all_page_texts, assert_fonts_embedded, assert_text, joined, page_size
from tests.services.printing_demo import (
    DATE_LINE,
    DECISION_LINE,
    ON,
    VILLAGES,
    build_demo_file,
    copy_demo,
    open_with_decision,
)

AUGUST = "Tháng 08/2026 – Thôn, tổ dân phố"


@pytest.fixture
def ws(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_with_decision(copy_demo(build_demo_file(tmp_path_factory), tmp_path / "db" / "d.sqlite"))
    yield workspace
    workspace.close()


def test_award_list_has_every_awardee_and_the_total(ws: Workspace, tmp_path: Path) -> None:
    done = print_award_list(ws, VILLAGES, tmp_path / "ds.pdf")
    ranking, lines = awards(ws, VILLAGES)
    amounts = [line.awarded.amount_vnd or 0 for line in lines]
    assert done.units == len(lines) and done.pages == len(PdfReader(done.path).pages)
    assert set(amounts) == {710_000}
    assert_text(
        done.path, "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG", "10 phút góp phần cải thiện môi trường", VILLAGES,
        f"(Kèm theo {DECISION_LINE})", "Số: 05/QĐ-UBND", DATE_LINE, "710.000", "Hoàng Văn Thành",
        f"Tổng cộng ({len(lines)} tập thể) {format_thousands(sum(amounts))}",
    )
    for pages in all_page_texts(done.path):
        text = joined(pages)
        for line in lines:
            row = line.awarded.row
            parent = ranking.parent_names[row.unit.parent_code or ""]
            assert f"{row.unit.name} {parent} {format_decimal(row.total)} {row.rank} Giấy khen 710.000" in text
    assert_fonts_embedded(done.path)


def test_award_list_needs_the_decision(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        print_award_list(ws, AUGUST, tmp_path / "ds.pdf")
    assert "chưa có quyết định khen thưởng" in shown(caught.value)
    assert not (tmp_path / "ds.pdf").exists()


def test_report_has_every_leaf_unit_mark_and_the_chart(ws: Workspace, tmp_path: Path) -> None:
    done = print_report(ws, AUGUST, tmp_path / "bc.pdf", on=ON)
    ranking = rank(ws, AUGUST)
    width, height = page_size(done.path)
    assert width > height and done.units == len(ranking.rows)
    vetoed = [r for r in ranking.rows if r.standing.vetoes]
    assert vetoed, "the demo marks a veto in August"
    assert_text(
        done.path, "BÁO CÁO KẾT QUẢ CHẤM ĐIỂM THI ĐUA", f"Kỳ chấm điểm: {AUGUST}", DATE_LINE,
        "Phân bố xếp loại", "Số đơn vị", "Tổng hợp theo đơn vị cấp trên", *vetoed[0].standing.vetoes,
    )
    text = joined(all_page_texts(done.path)[0])
    for leaf in ranking.criteria.leaves:
        assert f"{leaf.code} ({format_decimal(leaf.criterion.max_points)})" in text, leaf.code
    for row in ranking.rows:
        assert row.unit.name in text and format_decimal(row.total) in text
    assert "Kèm theo" not in text


def test_report_of_a_period_with_a_decision_cites_it(ws: Workspace, tmp_path: Path) -> None:
    done = print_report(ws, VILLAGES, tmp_path / "bc.pdf")
    assert_text(done.path, f"(Kèm theo {DECISION_LINE})")


def test_score_forms_one_per_unit(ws: Workspace, tmp_path: Path) -> None:
    done = print_score_forms(ws, VILLAGES, tmp_path / "phieu.pdf")
    names = [r.unit.name for r in rank(ws, VILLAGES).rows]
    pages = all_page_texts(done.path)[0]
    starts = [i for i, page in enumerate(pages) if "PHIẾU CHẤM ĐIỂM" in page]
    assert done.units == len(names) == len(starts) and done.pages == len(pages) >= len(names)
    for i, start in enumerate(starts):
        assert sum(f"Đơn vị: {name}" in pages[start] for name in names) == 1, i
    assert {n for n in names if any(f"Đơn vị: {n}" in p for p in pages)} == set(names)


def test_score_forms_refuse_a_summary_period(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        print_score_forms(ws, "Quý III/2026 – Thôn, tổ dân phố", tmp_path / "phieu.pdf")
    assert "là kỳ tổng hợp" in shown(caught.value)
