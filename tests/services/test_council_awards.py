"""The council's approved list is what the period awards, prints and freezes once every candidate is tallied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from emulation.i18n import render
from emulation.services.award_terms import set_threshold
from emulation.services.awards import include_units, set_override
from emulation.services.council_awards import AwardsSource, Source, awards_source
from emulation.services.council_session import add_candidate, enter_tally, open_session, reset_session
from emulation.services.errors import InputError
from emulation.services.period_edit import relink_period, remove_period_units
from emulation.services.periods import set_locked
from emulation.services.printing import print_award_list, print_certificates, set_decision
from emulation.services.results import awards
from emulation.services.workspace import Workspace
from emulation.store import Certificate, Unit
from tests.reports.pdfs import page_texts_pypdf
from tests.services.council_demo import PERIOD, PRESENT, ws
from tests.services.printing_demo import DECISION, ON, unlock_signing_key

__all__ = ["ws"]
MEETING = date(2026, 10, 30)
PROPOSED = ["PR-T3", "ND-T4", "VY-T1"]  # the award rules' choice, in rank order
# PR-T3 and VY-T1 approved, ND-T4 voted down, VY-T2 added by the secretary and approved
TALLY = [("PR-T3", 4, 0), ("ND-T4", 1, 3), ("VY-T1", 3, 1), ("VY-T2", 3, 0)]


def _awarded(ws: Workspace) -> list[tuple[str, str, int | None]]:
    return [(a.awarded.row.unit.code, a.awarded.award, a.awarded.amount_vnd) for a in awards(ws, PERIOD)[1]]


def _meet(ws: Workspace) -> None:
    open_session(ws, PERIOD, present=PRESENT, held_on=MEETING)
    add_candidate(ws, PERIOD, "VY-T2", "Giấy khen", "Đột xuất cứu hộ lũ")


def _certificates(ws: Workspace) -> dict[str, tuple[int, str | None]]:
    """Unit code → (serial, revocation reason) of every certificate of the period."""
    with ws.transaction() as session:
        rows = session.execute(select(Certificate, Unit.code).join(Unit, Unit.id == Certificate.unit_id))
        return {code: (c.serial, c.revoke_reason) for c, code in rows}


def test_before_the_tally_is_complete_the_proposal_stands(ws: Workspace) -> None:
    proposal = _awarded(ws)
    assert [code for code, *_ in proposal] == PROPOSED
    assert awards_source(ws, PERIOD) == AwardsSource(Source.RULES)
    _meet(ws)
    enter_tally(ws, PERIOD, TALLY[:3])  # the added unit has no tally yet
    assert _awarded(ws) == proposal
    assert awards_source(ws, PERIOD) == AwardsSource(Source.VOTING, MEETING)


def test_once_every_candidate_is_tallied_the_awards_are_the_approved_candidates(ws: Workspace) -> None:
    amount = _awarded(ws)[0][2]
    _meet(ws)
    enter_tally(ws, PERIOD, TALLY)
    assert awards_source(ws, PERIOD) == AwardsSource(Source.COUNCIL, MEETING)
    # in the ranking's order: Tổ dân phố 3, Thôn Tổng Kim, then the added Nặm Mèng; Đồng Tâm voted down
    assert _awarded(ws) == [("PR-T3", "Giấy khen", amount), ("VY-T1", "Giấy khen", amount),
                            ("VY-T2", "Giấy khen", amount)]
    added = awards(ws, PERIOD)[1][-1].awarded
    assert (added.manual, added.reason) == (True, "Đột xuất cứu hộ lũ")
    # a stricter threshold decides again: 3 of 4 present is 75 %, short of 80 %
    set_threshold(ws, "Giấy khen", "80%", "attending")
    assert [code for code, *_ in _awarded(ws)] == ["PR-T3"]


def test_the_award_list_and_the_certificates_follow_the_vote(ws: Workspace, tmp_path: Path) -> None:
    set_decision(ws, PERIOD, DECISION, ON)
    unlock_signing_key(ws, tmp_path / "khoa.pem")
    _meet(ws)
    enter_tally(ws, PERIOD, TALLY)
    listed = " ".join(page_texts_pypdf(print_award_list(ws, PERIOD, tmp_path / "ds.pdf").path))
    assert "Tổ dân phố 3" in listed and "Thôn Tổng Kim" in listed and "Khu dân cư Nặm Mèng" in listed
    assert "Thôn Đồng Tâm" not in listed
    printed = print_certificates(ws, PERIOD, tmp_path / "gk.pdf")
    assert printed.pages == 3
    assert sorted(_certificates(ws)) == ["PR-T3", "VY-T1", "VY-T2"]


def test_a_unit_voted_down_after_printing_loses_its_certificate(ws: Workspace, tmp_path: Path) -> None:
    set_decision(ws, PERIOD, DECISION, ON)
    unlock_signing_key(ws, tmp_path / "khoa.pem")
    print_certificates(ws, PERIOD, tmp_path / "truoc.pdf")  # printed from the proposal, before the meeting
    before = _certificates(ws)
    assert sorted(before) == sorted(PROPOSED) and all(reason is None for _, reason in before.values())
    _meet(ws)
    enter_tally(ws, PERIOD, TALLY[:3])
    assert _certificates(ws) == before  # nothing is revoked while the vote is under way
    enter_tally(ws, PERIOD, TALLY[3:])
    after = _certificates(ws)
    assert after["ND-T4"] == (before["ND-T4"][0], "Hội đồng không tán thành khen thưởng đơn vị này ở kỳ "
                                                  f"“{PERIOD}”")
    assert after["PR-T3"] == before["PR-T3"] and after["VY-T1"] == before["VY-T1"]
    print_certificates(ws, PERIOD, tmp_path / "sau.pdf")  # the added unit takes the next serial
    assert _certificates(ws)["VY-T2"] == (max(s for s, _ in before.values()) + 1, None)
    reset_session(ws, PERIOD)  # back to the proposal: the added unit's certificate goes
    reset = _certificates(ws)
    assert reset["VY-T2"][1] is not None and "mở lại" in reset["VY-T2"][1]
    assert reset["PR-T3"] == before["PR-T3"] and reset["ND-T4"] == after["ND-T4"]


def test_a_decision_by_hand_is_refused_while_the_council_sits(ws: Workspace) -> None:
    _meet(ws)
    for attempt in (lambda: set_override(ws, PERIOD, "PR-T3", include=False, reason="Có đơn thư"),
                    lambda: include_units(ws, PERIOD, ["VY-T2"], reason="Đột xuất")):
        with pytest.raises(InputError) as voting:
            attempt()
        assert voting.value.problems[0].code == "council_is_voting"
    enter_tally(ws, PERIOD, TALLY)
    with pytest.raises(InputError) as voted:
        set_override(ws, PERIOD, "PR-T3", include=False, reason="Có đơn thư")
    assert voted.value.problems[0].code == "council_has_voted"
    assert "hãy sửa kết quả biểu quyết" in render(voted.value.problems[0])
    reset_session(ws, PERIOD)
    set_override(ws, PERIOD, "PR-T3", include=False, reason="Có đơn thư")  # no meeting: by hand again
    assert [code for code, *_ in _awarded(ws)] == ["ND-T4", "VY-T1"]


def test_lock_freezes_the_approved_list(ws: Workspace) -> None:
    _meet(ws)
    enter_tally(ws, PERIOD, TALLY)
    approved = _awarded(ws)
    set_locked(ws, PERIOD, True)
    set_threshold(ws, "Giấy khen", "80%", "attending")  # would leave only PR-T3 if it were counted again
    assert _awarded(ws) == approved and len(approved) == 3


def test_a_stricter_threshold_after_printing_revokes_the_certificates_it_no_longer_approves(
    ws: Workspace, tmp_path: Path
) -> None:
    set_decision(ws, PERIOD, DECISION, ON)
    unlock_signing_key(ws, tmp_path / "khoa.pem")
    _meet(ws)
    enter_tally(ws, PERIOD, TALLY)
    print_certificates(ws, PERIOD, tmp_path / "gk.pdf")
    set_threshold(ws, "Giấy khen", "80%", "attending")  # 3 of 4 present (75 %) no longer passes
    held = _certificates(ws)
    assert held["PR-T3"][1] is None
    assert held["VY-T1"][1] is not None and held["VY-T2"][1] is not None


def test_a_period_the_council_sits_on_keeps_its_units_and_criteria(ws: Workspace) -> None:
    _meet(ws)
    with pytest.raises(InputError) as exc:
        remove_period_units(ws, PERIOD, ["ND-T4"])
    assert render(exc.value.problems[0]).startswith(f"Kỳ chấm điểm: Hội đồng đang bình xét kỳ “{PERIOD}”")
    with pytest.raises(InputError) as exc:
        relink_period(ws, PERIOD)
    assert "Hội đồng đang bình xét" in render(exc.value.problems[0])
    enter_tally(ws, PERIOD, TALLY)
    with pytest.raises(InputError) as exc:
        remove_period_units(ws, PERIOD, ["ND-T4"])
    assert "Hội đồng đã biểu quyết" in render(exc.value.problems[0])
    reset_session(ws, PERIOD)
    assert remove_period_units(ws, PERIOD, ["ND-T4"]).units > 0  # with the meeting gone, as before
