"""The database's revision moves with every committed write and with nothing else."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from emulation.store import Database, Setting
from emulation.store.bulk import bulk_insert
from emulation.store.models import PeriodSummaryRow
from emulation.store.revision import current_revision, writes


def revision(database: Database) -> int | None:
    with database.session() as session:
        return current_revision(session)


def test_reads_leave_it_where_it_is(database: Database) -> None:
    before = revision(database)
    with database.session() as session:
        session.scalars(select(Setting)).all()
    assert revision(database) == before


def test_each_committed_write_raises_it_once(database: Database) -> None:
    before = revision(database)
    assert before is not None
    with database.session(write=True) as session:
        session.add(Setting(key="a", value="1"))
        session.flush()
        session.execute(insert(Setting).values(key="b", value="2"))
    assert revision(database) == before + 1


def test_a_write_the_driver_runs_itself_raises_it(database: Database) -> None:
    before = revision(database)
    assert before is not None
    with database.session(write=True) as session:
        bulk_insert(session, Setting, [{"key": "c", "value": "3"}, {"key": "d", "value": "4"}])
    assert revision(database) == before + 1


def test_a_rolled_back_write_and_the_summaries_own_leave_it(database: Database) -> None:
    before = revision(database)
    with pytest.raises(RuntimeError), database.session(write=True) as session:
        session.add(Setting(key="e", value="5"))
        session.flush()
        raise RuntimeError("given up")
    with database.session(write=True) as session:
        session.add(PeriodSummaryRow(period_id=1, revision=0, document="{}"))
    assert revision(database) == before


@pytest.mark.parametrize(
    ("statement", "written"),
    [
        ("SELECT * FROM scores", False),
        ("  select 1 for update", False),
        ("BEGIN IMMEDIATE", False),
        ("PRAGMA busy_timeout=5000", False),
        ("WITH x AS (SELECT 1) SELECT * FROM x", False),
        ("INSERT INTO scores (a) VALUES (?)", True),
        ("update periods SET locked = 1", True),
        ("DELETE FROM period_units WHERE period_id = ?", True),
        ("WITH gone AS (DELETE FROM scores RETURNING id) SELECT count(*) FROM gone", True),
        ('INSERT INTO "period_summaries" (period_id) VALUES (1)', False),
        ("DELETE FROM period_summaries WHERE period_id = 1", False),
        ("INSERT INTO sign_ins (account_id, token_hash) VALUES (?, ?)", False),
        ("UPDATE period_summaries_old SET x = 1", True),
    ],
)
def test_which_statements_write(statement: str, written: bool) -> None:
    assert writes(statement) is written
