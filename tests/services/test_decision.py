"""From the tally to the signed decision: ballots, minutes, the decision as .docx and PDF, read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from emulation.services.award_terms import set_bases, set_threshold
from emulation.services.council_print import print_ballots, print_minutes
from emulation.services.council_session import add_candidate, enter_tally, open_session, remove_candidate
from emulation.services.decision import issue_decision
from emulation.services.errors import InputError
from emulation.services.history import unit_history
from emulation.services.periods import list_periods
from emulation.services.settings import update_settings
from emulation.services.workspace import Workspace
from tests.reports.pdfs import page_texts_pypdf
from tests.services.council_demo import PERIOD, PRESENT, ws

__all__ = ["ws"]
MEETING = date(2026, 10, 30)


def _vote(ws: Workspace) -> None:
    set_threshold(ws, "Giấy khen", "70", "attending")
    open_session(ws, PERIOD, present=PRESENT, held_on=MEETING)
    add_candidate(ws, PERIOD, "VY-T2", "Giấy khen", "Đột xuất cứu hộ lũ")
    remove_candidate(ws, PERIOD, "ND-T4", "Có đơn thư phản ánh")
    enter_tally(ws, PERIOD, [("PR-T3", 4, 0), ("VY-T1", 3, 1), ("VY-T2", 2, 2)])


def _text(path: Path) -> str:
    """The PDF's text with every run of spaces and line breaks made one space."""
    return " ".join(" ".join(page_texts_pypdf(path)).split())


def test_ballots_one_page_per_member_present_listing_every_candidate(ws: Workspace, tmp_path: Path) -> None:
    _vote(ws)
    done = print_ballots(ws, PERIOD, tmp_path / "phieu.pdf")
    pages = page_texts_pypdf(done.path)
    assert (done.pages, len(pages)) == (4, 4)
    for member, text in zip(PRESENT, pages, strict=True):
        assert member in text and "PHIẾU BIỂU QUYẾT" in text
        assert [name in text for name in ("Tổ dân phố 3", "Thôn Tổng Kim", "Khu dân cư Nặm Mèng")] == [True] * 3
        assert "Thôn Đồng Tâm" not in text and "Đồng ý" in text and "Không đồng ý" in text


def test_minutes_carry_attendance_tallies_percentages_and_result(ws: Workspace, tmp_path: Path) -> None:
    _vote(ws)
    text = _text(print_minutes(ws, PERIOD, tmp_path / "bien-ban.pdf").path)
    assert "Hội đồng có 5 thành viên; có mặt 4 thành viên, vắng 1 thành viên (Lò Văn Dũng)" in text
    assert "Giấy khen: từ 70 % số thành viên có mặt trở lên" in text
    assert "Tổ dân phố 3 Giấy khen 4 0 100,00 % Đạt" in text
    assert "Thôn Tổng Kim Giấy khen 3 1 75,00 % Đạt" in text
    assert "Khu dân cư Nặm Mèng Giấy khen 2 2 50,00 % Không đạt" in text
    assert "Không đưa vào danh sách biểu quyết: Thôn Đồng Tâm (Giấy khen). Lý do: Có đơn thư phản ánh." in text
    assert "đề nghị khen thưởng 2 tập thể: Tổ dân phố 3 (Giấy khen); Thôn Tổng Kim (Giấy khen)" in text
    assert "Trần Thị Bình" in text and "Hoàng Văn Thành" in text


def test_minutes_wait_for_every_tally(ws: Workspace, tmp_path: Path) -> None:
    open_session(ws, PERIOD, present=PRESENT)
    enter_tally(ws, PERIOD, [("PR-T3", 4, 0)])
    with pytest.raises(InputError) as fault:
        print_minutes(ws, PERIOD, tmp_path / "bien-ban.pdf")
    assert [p.code for p in fault.value.problems] == ["council_tally_missing"] * 2
    assert not (tmp_path / "bien-ban.pdf").exists()


def test_the_decision_as_pdf_and_docx_names_the_approved_with_the_number(ws: Workspace, tmp_path: Path) -> None:
    _vote(ws)
    update_settings(ws, {"decision_budget": "ngân sách xã năm 2026"})
    set_bases(ws, "Giấy khen", "Căn cứ Quyết định số 12/2024/QĐ-UBND về Quy chế thi đua, khen thưởng của xã;")
    done = issue_decision(ws, PERIOD, "15", docx=tmp_path / "qd.docx", pdf=tmp_path / "qd.pdf")
    assert (done.number, done.on, done.recipients, done.total_vnd) == ("15/QĐ-UBND", date.today(), 2, 1_420_000)
    pdf = [" ".join(page.split()) for page in page_texts_pypdf(done.pdf)]
    assert len(pdf) == 2
    assert "Số: 15/QĐ-UBND" in pdf[0] and "QUYẾT ĐỊNH" in pdf[0] and "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẢO YÊN" in pdf[0]
    body = pdf[0]
    assert "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;" in body
    assert "Căn cứ Quyết định số 12/2024/QĐ-UBND về Quy chế thi đua, khen thưởng của xã;" in body
    assert "Theo đề nghị của Hội đồng Thi đua - Khen thưởng tại Biên bản họp ngày 30/10/2026." in body
    assert "Điều 1. Tặng Giấy khen cho 2 tập thể" in body
    assert "Tổng số tiền thưởng: 1.420.000 đồng. Kinh phí chi từ ngân sách xã năm 2026." in body
    assert "Điều 3." in body and "Nơi nhận:" in body and "- Như Điều 3;" in body and "Hoàng Văn Thành" in body
    assert f"(Kèm theo Quyết định số 15/QĐ-UBND ngày {date.today():%d/%m/%Y})" in pdf[1]
    assert "Tổ dân phố 3" in pdf[1] and "Thôn Tổng Kim" in pdf[1] and "Tổng cộng (2 tập thể) 1.420.000" in pdf[1]
    assert "Khu dân cư Nặm Mèng" not in pdf[1] and "Thôn Đồng Tâm" not in pdf[1]

    doc = Document(str(done.docx))
    paragraphs = [p.text for p in doc.paragraphs]
    assert "Điều 1. Tặng Giấy khen cho 2 tập thể" in "\n".join(paragraphs)
    assert "Căn cứ Quyết định số 12/2024/QĐ-UBND về Quy chế thi đua, khen thưởng của xã;" in paragraphs
    header = [c.text for c in doc.tables[0].rows[1].cells]
    assert header[0] == "Số: 15/QĐ-UBND" and header[1].startswith("Bảo Yên, ngày")
    award_list = doc.tables[-1]
    rows = [[c.text for c in row.cells] for row in award_list.rows]
    assert rows[0] == ["STT", "Tên tập thể", "Thuộc", "Điểm", "Xếp hạng", "Hình thức", "Số tiền (đ)"]
    assert [r[1] for r in rows[1:-1]] == ["Tổ dân phố 3", "Thôn Tổng Kim"]
    assert [r[6] for r in rows[1:-1]] == ["710.000", "710.000"]
    assert rows[-1][0] == "Tổng cộng (2 tập thể)" and rows[-1][-1] == "1.420.000"
    assert any("(Kèm theo Quyết định số 15/QĐ-UBND" in p for p in paragraphs)


def test_the_decision_is_recorded_on_the_period_and_in_the_history(ws: Workspace, tmp_path: Path) -> None:
    _vote(ws)
    issue_decision(ws, PERIOD, "15/QĐ-UBND", docx=tmp_path / "qd.docx", pdf=tmp_path / "qd.pdf",
                   on=date(2026, 11, 5))
    period = next(p for p in list_periods(ws) if p.name == PERIOD)
    assert period.name == PERIOD
    history = unit_history(ws, "PR-T3")
    assert [(h.year, h.award, h.source, h.decision) for h in history] == [
        (2026, "Giấy khen", "decision", "15/QĐ-UBND")]
    assert unit_history(ws, "VY-T2") == []
    # issued again: replaced, not doubled
    issue_decision(ws, PERIOD, "16", docx=tmp_path / "qd.docx", pdf=tmp_path / "qd.pdf")
    assert [h.decision for h in unit_history(ws, "PR-T3")] == ["16/QĐ-UBND"]


def test_nothing_is_written_when_the_tally_is_missing(ws: Workspace, tmp_path: Path) -> None:
    open_session(ws, PERIOD, present=PRESENT)
    with pytest.raises(InputError):
        issue_decision(ws, PERIOD, "15", docx=tmp_path / "qd.docx", pdf=tmp_path / "qd.pdf")
    assert list(tmp_path.iterdir()) == [tmp_path / "db"]
    assert unit_history(ws, "PR-T3") == []


def test_a_period_decided_without_the_council_keeps_its_awards_in_the_history(ws: Workspace) -> None:
    from emulation.services.decision import record_period_awards
    from emulation.services.printing import set_decision

    with pytest.raises(InputError):  # no decision recorded yet
        record_period_awards(ws, PERIOD)
    set_decision(ws, PERIOD, "20", date(2026, 11, 5))
    assert record_period_awards(ws, PERIOD) == 3
    assert record_period_awards(ws, PERIOD) == 3  # again: replaced, not doubled
    assert [(h.year, h.award, h.decision) for h in unit_history(ws, "ND-T4")] == [(2026, "Giấy khen", "20/QĐ-UBND")]
