"""A period's kept summary: read while nothing was written since it was made, stale after any write
that can change the period's result (by this user or another, on SQLite and PostgreSQL), and the same
as the live ranking once made again."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import make_url, select
from sqlalchemy.orm import Session

from emulation.cli import main
from emulation.scoring.scores import Role
from emulation.services import results
from emulation.services.activity_records import add_record
from emulation.services.awards import include_units
from emulation.services.criteria import import_criteria
from emulation.services.month_steps import month_steps
from emulation.services.period_edit import remove_period_units
from emulation.services.period_summary import TOP, PeriodSummary, TopRow, dumps_summary, loads_summary
from emulation.services.periods import create_period, set_locked
from emulation.services.permissions import AccountRole, Action
from emulation.services.results import AwardLine, Ranking, awards, live_ranking, rank
from emulation.services.results_summarised import awards_summarised, keep, rank_summarised
from emulation.services.scores import NewValue, import_scores, set_scores, write_template
from emulation.services.settings import update_settings
from emulation.services.summary_store import period_summary
from emulation.services.unit_edit import edit_unit
from emulation.services.units import import_units
from emulation.services.vetoes import set_veto
from emulation.services.workspace import Identity, Workspace
from emulation.store import Period, Setting
from emulation.store.models import PeriodSummaryRow
from tests.cli.scenario import CRITERIA, LEAVES, MEMBERS, fill
from tests.data import SAMPLES

PERIOD = "Tháng 10/2026"
CODES = ["VY-TK", "VY-NM", "VY-KP", "VY-BB", "ND-BH", "ND-ĐL", "ND-DT", "ND-NK", "PR-1", "PR-2", "PR-3"]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return str(tmp_path / "t.sqlite")


@pytest.fixture
def ws(target: str, tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(target, user="thư ký")
    path = tmp_path / "c.json"
    path.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    import_criteria(ws, path)
    import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
    create_period(ws, PERIOD, criteria=str(CRITERIA["name"]), unit_kind="thôn")
    values = [NewValue(c, leaf, Decimal(10 + i % 7)) for i, c in enumerate(CODES[:-1]) for leaf in LEAVES[:4]]
    set_scores(ws, PERIOD, Role.MEMBER, "An", values)
    yield ws
    ws.close()


def kept(ws: Workspace) -> bool:
    """Whether the kept summary is current (what the overview reads at once)."""
    return period_summary(ws, PERIOD, make=False).current


def assert_live(summary: PeriodSummary | None, ws: Workspace) -> None:
    """The summary says what the period's live ranking and awards say."""
    ranking, lines = awards(ws, PERIOD)
    rows = ranking.rows
    assert summary is not None
    assert [(r.code, r.rank, r.total, r.grade) for r in summary.top] == [
        (r.unit.code, r.rank, r.total, r.grade) for r in rows[:TOP]
    ]
    assert summary.everyone == len(rows)
    assert summary.scored == sum(1 for r in rows if not r.standing.unscored)
    assert summary.complete == sum(1 for r in rows if not r.standing.unscored and not r.standing.incomplete)
    assert summary.incomplete == sum(1 for r in rows if r.standing.incomplete)
    assert summary.award_lines == len(lines)
    assert dict(summary.grades) == {g.name: sum(1 for r in rows if r.grade == g.name) for g in ranking.criteria.grades}
    assert summary.ungraded == sum(1 for r in rows if r.grade is None)


def test_a_kept_summary_is_read_until_something_is_written(ws: Workspace) -> None:
    assert not kept(ws)
    made = period_summary(ws, PERIOD)
    assert made.current and made.made_at is not None
    assert_live(made.summary, ws)
    again = period_summary(ws, PERIOD)
    assert again.current and again.made_at is None  # read, not made
    assert again.summary == made.summary
    awards(ws, PERIOD)  # reading changes nothing
    assert kept(ws)


def _scores(ws: Workspace, _tmp: Path) -> None:
    set_scores(ws, PERIOD, Role.MEMBER, "An", [NewValue("PR-3", leaf, Decimal("19")) for leaf in LEAVES[:4]])


def _imported_scores(ws: Workspace, tmp: Path) -> None:
    template = tmp / "mau.xlsx"
    write_template(ws, PERIOD, template)
    import_scores(ws, PERIOD, fill(template, tmp / "an.xlsx", MEMBERS), scorer="Nguyễn Văn An")


def _veto(ws: Workspace, _tmp: Path) -> None:
    set_veto(ws, PERIOD, "VY-NM", "K1")


def _period_units(ws: Workspace, _tmp: Path) -> None:
    remove_period_units(ws, PERIOD, ["PR-3"])


def _record(ws: Workspace, _tmp: Path) -> None:
    add_record(ws, "Ra quân", "VY-TK", date(2026, 10, 5), {"participants": 12})


def _unit_name(ws: Workspace, _tmp: Path) -> None:
    edit_unit(ws, "VY-TK", name="Thôn Tân Khánh mới")


def _base_salary(ws: Workspace, _tmp: Path) -> None:
    update_settings(ws, {"base_salary": "2500000"})


def _award(ws: Workspace, _tmp: Path) -> None:
    include_units(ws, PERIOD, ["VY-TK"], reason="Thành tích")


def _lock(ws: Workspace, _tmp: Path) -> None:
    set_locked(ws, PERIOD, True)


def _another_user(ws: Workspace, _tmp: Path) -> None:
    other = Workspace.open(ws.db.url, user="người khác")
    try:
        set_veto(other, PERIOD, "VY-KP", "K1")
    finally:
        other.close()


WRITES: dict[str, Callable[[Workspace, Path], None]] = {
    "scores": _scores,
    "imported scores": _imported_scores,
    "veto": _veto,
    "period units": _period_units,
    "record": _record,
    "unit name": _unit_name,
    "base salary": _base_salary,
    "award": _award,
    "lock": _lock,
    "another user's write": _another_user,
}


@pytest.mark.parametrize("write", list(WRITES))
def test_every_kind_of_write_makes_the_summary_stale_and_it_is_made_again(
    ws: Workspace, tmp_path: Path, write: str
) -> None:
    period_summary(ws, PERIOD)
    assert kept(ws)
    WRITES[write](ws, tmp_path)
    stale = period_summary(ws, PERIOD, make=False)
    assert not stale.current
    assert stale.summary is not None  # the old one, shown as out of date meanwhile
    made = period_summary(ws, PERIOD)
    assert made.current and made.made_at is not None
    assert_live(made.summary, ws)
    assert kept(ws)


def test_unlocking_makes_the_locked_summary_stale(ws: Workspace) -> None:
    set_locked(ws, PERIOD, True)
    period_summary(ws, PERIOD)
    assert kept(ws)
    set_locked(ws, PERIOD, False, reason="Sửa điểm")
    assert not kept(ws)
    assert_live(period_summary(ws, PERIOD).summary, ws)


def test_a_write_rolled_back_leaves_the_summary_current(ws: Workspace) -> None:
    period_summary(ws, PERIOD)
    with pytest.raises(RuntimeError), ws.transaction(Action.SETTINGS) as session:
        session.add(Setting(key="base_salary", value="9"))
        session.flush()
        raise RuntimeError("given up")
    assert kept(ws)


def test_the_month_steps_make_and_keep_the_summary_they_count_on(ws: Workspace) -> None:
    unknown = month_steps(ws, PERIOD, make=False)
    assert unknown.summary is None and not unknown.current
    steps = month_steps(ws, PERIOD)
    assert steps.current
    assert_live(steps.summary, ws)
    assert kept(ws)
    assert month_steps(ws, PERIOD, make=False) == steps


def test_a_viewer_is_shown_a_summary_but_does_not_keep_it(ws: Workspace) -> None:
    viewer = Workspace(ws.db, Identity(login="khach", user="khách", role=AccountRole.VIEWER), accounts=True)
    made = period_summary(viewer, PERIOD)
    assert made.current
    assert_live(made.summary, ws)
    assert not kept(ws)  # shown, not kept


def test_the_text_reads_back_exactly() -> None:
    summary = PeriodSummary("Tháng 10/2026", (TopRow("VY-TK", "Thôn Tân Khánh", 1, Decimal("98.50"), "Tốt"),),
                            (("Tốt", 1), ("Khá", 0)), 2, 1, 3, 2, 4, 1)
    assert loads_summary(dumps_summary(summary)) == summary
    assert str(loads_summary(dumps_summary(summary)).top[0].total) == "98.50"  # type: ignore[union-attr]
    assert loads_summary('{"format": "something else"}') is None


def as_role(ws: Workspace, role: AccountRole) -> Workspace:
    return Workspace(ws.db, Identity(login=role.value, user=role.value, role=role), accounts=True)


def kept_periods(ws: Workspace) -> list[int]:
    with ws.transaction() as session:
        return list(session.scalars(select(PeriodSummaryRow.period_id)))


def rank_keeping(ws: Workspace, period: str) -> Ranking:
    """The ranking as ``rank`` and the ranking page get it, its summary kept after it is shown."""
    ranking, made = rank_summarised(ws, period)
    keep(ws, period, made)
    return ranking


def awards_keeping(ws: Workspace, period: str) -> tuple[Ranking, list[AwardLine]]:
    """The awards as ``awards`` and the awards page get them, their summary kept after they are shown."""
    ranking, lines, made = awards_summarised(ws, period)
    keep(ws, period, made)
    return ranking, lines


RESULTS: dict[str, Callable[[Workspace, str], object]] = {"ranking": rank_keeping, "awards": awards_keeping}


@pytest.mark.parametrize("result", list(RESULTS))
def test_the_ranking_or_awards_of_the_latest_period_keep_its_summary(
    ws: Workspace, result: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    secretary = as_role(ws, AccountRole.SECRETARY)
    ranked: list[str] = []

    def counted(session: Session, period: Period) -> Ranking:
        ranked.append(period.name)
        return live_ranking(session, period)

    monkeypatch.setattr(results, "live_ranking", counted)
    RESULTS[result](secretary, PERIOD)
    assert ranked == [PERIOD]  # the summary is made of the result shown: no second ranking
    assert kept(ws)  # the overview's next start reads it at once
    assert_live(period_summary(ws, PERIOD, make=False).summary, ws)
    _veto(ws, Path())
    assert not kept(ws)
    RESULTS[result](secretary, PERIOD)
    assert kept(ws)
    assert_live(period_summary(ws, PERIOD, make=False).summary, ws)


@pytest.mark.parametrize("result", list(RESULTS))
def test_a_viewer_ranking_the_latest_period_keeps_nothing(ws: Workspace, result: str) -> None:
    shown = RESULTS[result](as_role(ws, AccountRole.VIEWER), PERIOD)
    assert not kept(ws) and kept_periods(ws) == []
    assert shown == (rank(ws, PERIOD) if result == "ranking" else awards(ws, PERIOD))


def test_ranking_an_older_period_keeps_nothing(ws: Workspace) -> None:
    create_period(ws, "Tháng 11/2026", criteria=str(CRITERIA["name"]), unit_kind="thôn")
    rank_keeping(ws, PERIOD)
    awards_keeping(ws, PERIOD)
    assert kept_periods(ws) == []
    rank_keeping(ws, "Tháng 11/2026")  # the latest: the overview's
    assert kept_periods(ws) != [] and not kept(ws)


def test_a_locked_latest_period_is_summarised_as_locked(ws: Workspace) -> None:
    set_locked(ws, PERIOD, True)
    rank_keeping(ws, PERIOD)
    assert kept(ws)
    assert_live(period_summary(ws, PERIOD, make=False).summary, ws)


#: a test of what only one of the databases does (a read-only file, a role's rights)
SQLITE_ONLY = pytest.mark.parametrize("target", ["sqlite"], indirect=True)
POSTGRESQL_ONLY = pytest.mark.parametrize("target", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                                          indirect=True)


def command(target: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", target, *args])
    out, err = capsys.readouterr()
    return code, out, err


OUTPUTS = [("rank", "--json"), ("rank", "--csv"), ("rank",), ("awards", "--json"), ("awards",)]


@pytest.mark.parametrize("output", OUTPUTS, ids=" ".join)
def test_the_commands_print_the_same_with_or_without_a_kept_summary(
    ws: Workspace, target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    output: tuple[str, ...],
) -> None:
    monkeypatch.setenv("EMULATION_USER", "thư ký")
    name, *options = output
    first = command(target, capsys, name, PERIOD, *options)
    assert first[0] == 0 and first[2] == "" and kept(ws)
    assert command(target, capsys, name, PERIOD, *options) == first


@SQLITE_ONLY
def test_a_database_that_refuses_the_summary_prints_the_same(
    ws: Workspace, target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMULATION_USER", "thư ký")
    ws.close()
    read_only = f"sqlite:///file:{target}?mode=ro&uri=true"
    refused = command(read_only, capsys, "rank", PERIOD, "--json")
    assert refused[0] == 0 and refused[2] == ""
    assert kept_periods(ws) == []
    assert command(target, capsys, "rank", PERIOD, "--json") == refused


@SQLITE_ONLY
def test_a_database_held_by_another_writer_prints_the_same(
    ws: Workspace, target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMULATION_USER", "thư ký")
    holder = sqlite3.connect(target, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        held = command(target, capsys, "awards", PERIOD, "--json")
        holder.execute("ROLLBACK")
    finally:
        holder.close()
    assert held[0] == 0 and held[2] == ""
    assert kept_periods(ws) == []
    assert command(target, capsys, "awards", PERIOD, "--json") == held


def held_for_a_moment(target: str, seconds: float) -> threading.Thread:
    """Another writer takes the SQLite file's write lock now and lets it go after ``seconds``."""
    holder = sqlite3.connect(target.removeprefix("sqlite:///"), isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def let_go() -> None:
        time.sleep(seconds)
        holder.execute("ROLLBACK")
        holder.close()

    thread = threading.Thread(target=let_go)
    thread.start()
    return thread


@SQLITE_ONLY
def test_keeping_the_summary_does_not_wait_for_another_writer(ws: Workspace, target: str) -> None:
    secretary = as_role(ws, AccountRole.SECRETARY)
    ranking, made = rank_summarised(secretary, PERIOD)
    writer = held_for_a_moment(target, 3)
    keep(secretary, PERIOD, made)  # the lock is free within SQLite's wait: had it waited, it would keep
    writer.join()
    assert kept_periods(ws) == []
    assert ranking == rank(ws, PERIOD)
    writer = held_for_a_moment(target, 1)
    _veto(ws, Path())  # a write that counts waits for the lock, as before
    writer.join()
    keep(secretary, PERIOD, rank_summarised(secretary, PERIOD)[1])
    assert kept(ws)


@POSTGRESQL_ONLY
def test_a_postgresql_role_that_may_only_read_prints_the_same(
    ws: Workspace, target: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMULATION_USER", "thư ký")
    url = make_url(target)
    with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname=url.database,
                         autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'chi_doc'").fetchone() is None:
            conn.execute("CREATE ROLE chi_doc LOGIN")
        conn.execute("GRANT USAGE ON SCHEMA public TO chi_doc")
        conn.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO chi_doc")
    reader = url.set(username="chi_doc").render_as_string(hide_password=False)
    refused = command(reader, capsys, "rank", PERIOD, "--json")
    assert refused[0] == 0 and refused[2] == ""
    assert kept_periods(ws) == []
    assert command(target, capsys, "rank", PERIOD, "--json") == refused
