"""A large period's live totals read in a process of their own: the same results as read in the
grid's process, the same refusals, and the process ended when the sheet is left."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from emulation.scoring.scores import Role
from emulation.services import standings_apart
from emulation.services.accounts import add_account, sign_in
from emulation.services.permissions import NotAllowed
from emulation.services.results import rank
from emulation.services.score_sheet import ScoreSheet, load_sheet
from emulation.services.scores import NewValue, set_scores
from emulation.services.workspace import Identity, Workspace
from emulation.stepwise import completed
from emulation.ui.scoring.live.reading import live_caught_up_in_steps, live_results_in_steps
from emulation.ui.scoring.live.results import LiveResults
from tests.ui.scoring.world import MEMBER, PERIOD


def as_ranked(ws: Workspace, live: LiveResults) -> list[tuple[str, object, object, object]]:
    expected = rank(ws, PERIOD).rows
    assert [(r.unit.code, r.total, r.rank, r.grade) for r in expected] == [
        (row.unit.code, row.total, row.rank, row.grade) for r in expected if (row := live.row(r.unit.code))]
    return [(r.unit.code, r.total, r.rank, r.grade) for r in expected]


def with_accounts(ws: Workspace) -> None:
    add_account(ws, "quantri", "Quản trị", "admin", "quản-trị-2026")
    add_account(ws, "an", MEMBER, "member", "an-chấm-2026", scorer=MEMBER)


def sheet_of(ws: Workspace) -> ScoreSheet:
    return load_sheet(ws, PERIOD, Role.MEMBER, MEMBER)


def test_read_apart_the_live_totals_are_the_ranking_and_follow_a_paste(
    world: Workspace, children: list[subprocess.Popen[bytes]], lost: list[str]
) -> None:
    sheet = sheet_of(world)
    live = completed(live_results_in_steps(world, sheet))
    ranked = as_ranked(world, live)
    assert len(children) == 1 and children[0].returncode == 0
    assert any(total for _, total, _, _ in ranked)
    cleared = [NewValue(u.code, "I.1", None) for u in sheet.units]  # a paste of blanks down the column, saved
    set_scores(world, PERIOD, Role.MEMBER, MEMBER, cleared)
    values = [(v.unit_code, v.leaf_code, v.raw) for v in cleared]
    caught_up = completed(live_caught_up_in_steps(world, sheet, live, values))
    assert as_ranked(world, caught_up) != ranked
    assert len(children) == 2 and lost == []  # the paste's units' standings read apart too


def test_a_member_signed_in_reads_apart_as_that_member(
    world: Workspace, children: list[subprocess.Popen[bytes]], lost: list[str]
) -> None:
    with_accounts(world)
    signed = Workspace(world.db, sign_in(world, "an", "an-chấm-2026"), accounts=True)
    as_ranked(world, completed(live_results_in_steps(signed, sheet_of(world))))
    assert len(children) == 1 and lost == []


def test_nobody_signed_in_is_refused_as_in_the_grids_own_process(
    world: Workspace, children: list[subprocess.Popen[bytes]], lost: list[str]
) -> None:
    sheet = sheet_of(world)
    with_accounts(world)
    nobody = Workspace(world.db, Identity(None, "khách", None), accounts=True)
    with pytest.raises(NotAllowed):
        completed(live_results_in_steps(nobody, sheet))
    assert len(children) == 1 and len(lost) == 1  # the child refused; the grid's own reading said why


def test_a_process_that_cannot_start_leaves_the_reading_to_the_grid(
    world: Workspace, children: list[subprocess.Popen[bytes]], lost: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(standings_apart.sys, "executable", "/nowhere/python")
    as_ranked(world, completed(live_results_in_steps(world, sheet_of(world))))
    assert children == [] and len(lost) == 1


def test_a_sheet_left_ends_its_reading_process(world: Workspace, children: list[subprocess.Popen[bytes]]) -> None:
    steps = live_results_in_steps(world, sheet_of(world))
    next(steps)
    steps.close()
    assert len(children) == 1 and children[0].poll() is not None


def test_a_small_period_is_read_in_the_grids_own_process(world: Workspace, children: list[subprocess.Popen[bytes]],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(standings_apart, "READ_APART_FROM", 1_000)
    as_ranked(world, completed(live_results_in_steps(world, sheet_of(world))))
    assert children == []


@pytest.mark.skipif(sys.platform == "win32", reason="there the process is started below normal priority")
def test_the_reading_process_runs_behind_the_grids_process(world: Workspace,
                                                           children: list[subprocess.Popen[bytes]]) -> None:
    frames = iter(standings_apart.ApartReading(world, sheet_of(world)))
    try:
        next(frames)  # the child has begun: it stepped aside first
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, children[0].pid) == min(ours + standings_apart.BACKGROUND_NICENESS, 19)
    finally:
        frames.close()
    assert children[0].poll() is not None
