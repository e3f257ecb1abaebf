"""The council's meeting: attendance, candidates from the award rules, the secretary's changes, the tally."""

from __future__ import annotations

from decimal import Decimal

import pytest

from emulation.services.audit import audit_log
from emulation.services.award_terms import set_threshold
from emulation.services.council_members import list_members, remove_member, set_member
from emulation.services.council_session import (
    add_candidate,
    enter_tally,
    open_session,
    remove_candidate,
    reset_session,
)
from emulation.services.council_state import council_state
from emulation.services.errors import InputError, PeriodLocked
from emulation.services.periods import set_locked
from emulation.services.results import awards
from emulation.services.workspace import Workspace
from tests.services.council_demo import MEMBERS, PERIOD, PRESENT, ws

__all__ = ["ws"]


def test_members_keep_their_order_and_a_member_can_leave(ws: Workspace) -> None:
    assert [(m.name, m.position) for m in list_members(ws)] == list(MEMBERS)
    set_member(ws, "lê thị hoa", "Ủy viên")  # the same member, whatever the case
    remove_member(ws, "Lò Văn Dũng")
    assert [(m.name, m.position) for m in list_members(ws)][1:4] == [
        ("Lê Thị Hoa", "Ủy viên"), ("Nguyễn Văn An", "Ủy viên"), ("Trần Thị Bình", "Thư ký Hội đồng")]


def test_the_candidates_are_the_award_rules_result_and_the_attendance_is_kept(ws: Workspace) -> None:
    proposed = [(line.awarded.row.unit.code, line.awarded.award) for line in awards(ws, PERIOD)[1]]
    assert open_session(ws, PERIOD, present=PRESENT) == len(proposed) == 3
    state = council_state(ws, PERIOD)
    assert [(c.unit_code, c.award, c.origin) for c in state.candidates] == [(u, a, "proposed") for u, a in proposed]
    assert (state.members_count, state.attending) == (5, 4)
    assert [a.name for a in state.attendees if not a.present] == ["Lò Văn Dũng"]


def test_the_secretary_adds_and_removes_with_a_reason_and_it_is_audited(ws: Workspace) -> None:
    open_session(ws, PERIOD, present=PRESENT)
    with pytest.raises(InputError) as no_reason:
        add_candidate(ws, PERIOD, "VY-T2", "Giấy khen", "  ")
    assert no_reason.value.problems[0].code == "council_reason_needed"
    with pytest.raises(InputError) as office:
        add_candidate(ws, PERIOD, "VY-UB", "Giấy khen", "Không thuộc kỳ")
    assert office.value.problems[0].code == "council_unit_not_in_period"
    add_candidate(ws, PERIOD, "VY-T2", "Giấy khen", "Đột xuất cứu hộ lũ")
    remove_candidate(ws, PERIOD, "ND-T4", "Có đơn thư phản ánh")
    state = council_state(ws, PERIOD)
    assert [(c.unit_code, c.origin, c.removed, c.reason) for c in state.candidates if c.reason] == [
        ("ND-T4", "proposed", True, "Có đơn thư phản ánh"), ("VY-T2", "added", False, "Đột xuất cứu hộ lũ")]
    assert [c.unit_code for c in state.voting] == ["PR-T3", "VY-T1", "VY-T2"]
    log = [(line.action, line.unit, line.detail) for line in audit_log(ws, PERIOD)][-3:]
    assert log == [("council_open", None, log[0][2]), ("council_add", "VY-T2", "Đột xuất cứu hộ lũ"),
                   ("council_remove", "ND-T4", "Có đơn thư phản ánh")]


def test_the_threshold_decides_of_the_members_or_of_those_attending(ws: Workspace) -> None:
    open_session(ws, PERIOD, present=PRESENT)
    enter_tally(ws, PERIOD, [("PR-T3", 4, 0), ("ND-T4", 3, 1), ("VY-T1", 2, 2)])
    results = {c.unit_code: (c.result.percent, c.approved) for c in council_state(ws, PERIOD).candidates
               if c.result}
    # default: half of the five members
    assert results == {"PR-T3": (Decimal("80.00"), True), "ND-T4": (Decimal("60.00"), True),
                       "VY-T1": (Decimal("40.00"), False)}
    set_threshold(ws, "Giấy khen", "75%", "attending")
    results = {c.unit_code: (c.result.percent, c.approved) for c in council_state(ws, PERIOD).candidates
               if c.result}
    assert results == {"PR-T3": (Decimal("100.00"), True), "ND-T4": (Decimal("75.00"), True),
                       "VY-T1": (Decimal("50.00"), False)}


def test_a_wrong_tally_writes_nothing(ws: Workspace) -> None:
    open_session(ws, PERIOD, present=PRESENT)
    with pytest.raises(InputError) as fault:
        enter_tally(ws, PERIOD, [("PR-T3", 4, 0), ("VY-T1", 4, 1)])
    assert [(p.where, p.code, dict(p.params)) for p in fault.value.problems] == [
        ("VY-T1", "council_tally_too_many", {"votes": 5, "attending": 4})]
    assert all(c.tally is None for c in council_state(ws, PERIOD).candidates)


def test_a_locked_period_takes_no_council_write(ws: Workspace) -> None:
    open_session(ws, PERIOD, present=PRESENT)
    set_locked(ws, PERIOD, True)
    with pytest.raises(PeriodLocked):
        enter_tally(ws, PERIOD, [("PR-T3", 4, 0)])
    with pytest.raises(PeriodLocked):
        reset_session(ws, PERIOD)
    assert council_state(ws, PERIOD).locked


def test_opening_twice_or_naming_a_stranger_is_refused(ws: Workspace) -> None:
    with pytest.raises(InputError) as stranger:
        open_session(ws, PERIOD, present=["Người Lạ"])
    assert stranger.value.problems[0].code == "council_not_member"
    open_session(ws, PERIOD)
    with pytest.raises(InputError) as twice:
        open_session(ws, PERIOD)
    assert twice.value.problems[0].code == "council_session_exists"
    reset_session(ws, PERIOD)
    assert open_session(ws, PERIOD) == 3


def test_a_share_is_read_as_people_write_it(ws: Workspace) -> None:
    from emulation.services.award_terms import parse_share, terms_of

    assert [parse_share(t) for t in ("70 %", "70", "0,7", "0.7", "1 %", "66,67%")] == [
        Decimal("0.7"), Decimal("0.7"), Decimal("0.7"), Decimal("0.7"), Decimal("0.01"), Decimal("0.6667")]
    with pytest.raises(InputError):
        parse_share("bảy mươi")
    with pytest.raises(InputError):
        parse_share("150 %")
    set_threshold(ws, "Bằng khen", "80 %", "attending")
    threshold, bases = terms_of(ws, "Bằng khen")
    assert (threshold.share, threshold.base.value, bases) == (Decimal("0.8"), "attending", [])
