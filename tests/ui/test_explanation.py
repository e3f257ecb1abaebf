"""Why a unit stands where it does, in plain sentences."""

from __future__ import annotations

from emulation.scoring.standings import rank_period
from emulation.scoring.units import UnitInfo
from emulation.services.results import Ranking
from emulation.ui.explanation import explain
from tests.scoring.helpers import criteria, simple_doc
from tests.ui.rankings import row_of, small_ranking


def explained(code: str) -> list[str]:
    ranking = small_ranking()
    return explain(ranking, row_of(ranking, code))


def test_totals_ranks_and_the_gap_to_the_next_grade() -> None:
    lines = explained("U3")
    assert lines[0] == "Tổng điểm: 80 / 105 (cơ bản 80, cộng 0, trừ 0)."
    assert lines[1] == "Hạng 5/6 trong toàn bộ kỳ; hạng 2 trong Xã Hai; hạng 3 trong Cụm 1."
    assert lines[2] == "Xếp loại: Tốt."
    assert lines[3] == "Cần thêm 10 điểm để đạt mức Xuất sắc (từ 90 điểm)."


def test_a_veto_that_caps_the_grade() -> None:
    lines = explained("U4")
    assert "Xếp loại: Khá (theo điểm: Xuất sắc)." in lines
    assert "Đã đạt mức điểm của loại cao nhất." in lines
    assert any(line.startswith("Bị giới hạn ở loại Khá") and "K1: Để xảy ra ô nhiễm" in line for line in lines)


def test_a_veto_that_bars_awards() -> None:
    lines = explained("U6")
    assert "Không được xét khen thưởng do điều kiện khống chế K3: Có đơn thư vượt cấp." in lines


def test_a_quota_that_demoted_tied_units() -> None:
    for code in ("U1", "U2"):
        lines = explained(code)
        assert "Xếp loại: Tốt (theo điểm: Xuất sắc)." in lines
        assert any("giới hạn tỷ lệ: loại Xuất sắc không quá 20% số đơn vị đạt Tốt trở lên" in line for line in lines)


def test_a_unit_without_scores_is_incomplete() -> None:
    cs = criteria(simple_doc())
    rows = rank_period(cs, [UnitInfo("Z", "Thôn Trống")], [])
    lines = explain(Ranking("Kỳ", cs, rows, {}, False, False), rows[0])
    assert "Chưa chấm đủ: còn 2 tiêu chí chưa có điểm (A, B)." in lines
