"""The grid's live totals read in a thread and worked out in steps, on PostgreSQL (a server-side cursor)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from emulation.scoring.scores import Role
from emulation.services.results import rank
from emulation.services.score_sheet import load_sheet
from emulation.services.scores import NewValue, set_scores
from emulation.services.workspace import Workspace
from emulation.stepwise import completed
from emulation.ui.scoring.live.reading import live_caught_up_in_steps, live_results_in_steps
from emulation.ui.scoring.live.results import LiveResults
from tests.ui.scoring.world import MEMBER, PERIOD, build_world


@pytest.fixture
def pg_world(postgres_url: str) -> Iterator[Workspace]:
    ws = Workspace.open(postgres_url, user="thư ký")
    build_world(ws)
    yield ws
    ws.close()


def _as_ranked(ws: Workspace, live: LiveResults) -> None:
    expected = rank(ws, PERIOD).rows
    got = [live.row(r.unit.code) for r in expected]
    assert [(r.unit.code, r.total, r.rank, r.grade) for r in expected] == [
        (r.unit.code, r.total, r.rank, r.grade) for r in got if r is not None]


def test_live_totals_on_postgresql_are_the_ranking(pg_world: Workspace) -> None:
    sheet = load_sheet(pg_world, PERIOD, Role.MEMBER, MEMBER)
    live = completed(live_results_in_steps(pg_world, sheet))
    _as_ranked(pg_world, live)
    cleared = [NewValue(u.code, "I.1", None) for u in sheet.units]  # a paste of blanks down the column, saved
    set_scores(pg_world, PERIOD, Role.MEMBER, MEMBER, cleared)
    values = [(v.unit_code, v.leaf_code, v.raw) for v in cleared]
    _as_ranked(pg_world, completed(live_caught_up_in_steps(pg_world, sheet, live, values)))


def test_a_reading_given_up_half_way_lets_its_connection_go(pg_world: Workspace) -> None:
    sheet = load_sheet(pg_world, PERIOD, Role.MEMBER, MEMBER)
    for _ in range(12):  # more than the connection pool holds, were one kept each time
        steps = live_results_in_steps(pg_world, sheet)
        next(steps)
        steps.close()
    assert completed(live_results_in_steps(pg_world, sheet)).row(sheet.units[0].code) is not None


def test_a_large_period_read_apart_on_postgresql_is_the_ranking(
    pg_world: Workspace, children: list[subprocess.Popen[bytes]], lost: list[str]
) -> None:
    """Read by a process of its own, which opens the database with the grid's URL and identity."""
    sheet = load_sheet(pg_world, PERIOD, Role.MEMBER, MEMBER)
    live = completed(live_results_in_steps(pg_world, sheet))
    _as_ranked(pg_world, live)
    cleared = [NewValue(u.code, "I.1", None) for u in sheet.units]
    set_scores(pg_world, PERIOD, Role.MEMBER, MEMBER, cleared)
    values = [(v.unit_code, v.leaf_code, v.raw) for v in cleared]
    _as_ranked(pg_world, completed(live_caught_up_in_steps(pg_world, sheet, live, values)))
    assert [child.returncode for child in children] == [0, 0] and lost == []
