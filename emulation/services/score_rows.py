"""A period's stored scores and units read in bulk: column tuples, no ORM objects.

A period of the nation holds tens of millions of score rows; these reads ask the database for
only what ranking needs (the period's rows, one group per unit, leaf and role) and hand them on
unit by unit, so the caller aggregates as it reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

from emulation.scoring.stored_points import LeafTexts
from emulation.scoring.units import UnitInfo, UnitNode, effective_clusters
from emulation.store import Period, PeriodUnit, Score, Unit

#: joins the texts of one group; a stored text never holds it (decimals and level labels)
SEPARATOR = "\x1f"
#: rows fetched from the driver at a time
BATCH = 20_000
#: units a statement names at most (SQLite's oldest limit is 999 values a statement)
UNITS_PER_STATEMENT = 900


def _texts(role: str) -> ColumnElement[str]:
    return func.aggregate_strings(case((Score.role == role, Score.raw_value)), SEPARATOR)


def _split(joined: str | None) -> list[str] | None:
    return joined.split(SEPARATOR) if joined is not None else None


def grouped_scores(session: Session, period: Period) -> Iterator[LeafTexts[int]]:
    """(unit id, leaf code, self texts, member texts, official texts) of the period, unit by unit.

    One row per unit and leaf: the database joins each role's texts (None when that role gave
    none), in the unique index's order, so it neither sorts nor sends a row per scorer.
    """
    for rows in grouped_score_batches(session, period):
        yield from split_groups(rows)


def grouped_score_batches(
    session: Session, period: Period, unit_ids: Iterable[int] | None = None
) -> Iterator[list[tuple[Any, ...]]]:
    """:func:`grouped_scores`' rows as the driver gives them, a batch at a time (see
    :func:`split_groups`); with ``unit_ids``, those units' only, still unit by unit."""
    query = (
        select(Score.unit_id, Score.leaf_code, _texts("self"), _texts("member"), _texts("official"))
        .where(Score.period_id == period.id)
        .group_by(Score.unit_id, Score.leaf_code)
        .order_by(Score.unit_id, Score.leaf_code)
    )
    if unit_ids is None:
        yield from driver_batches(session, query)
        return
    ids = sorted(set(unit_ids))
    for start in range(0, len(ids), UNITS_PER_STATEMENT):
        yield from driver_batches(session, query.where(Score.unit_id.in_(ids[start:start + UNITS_PER_STATEMENT])))


def split_groups(rows: Iterable[tuple[Any, ...]]) -> Iterator[LeafTexts[int]]:
    """The groups of rows of :func:`grouped_score_batches`, each role's texts apart."""
    for unit_id, leaf_code, own, members, officials in rows:
        yield unit_id, leaf_code, _split(own), _split(members), _split(officials)


def driver_rows(session: Session, query: ClauseElement, *, literal: bool = True) -> Iterator[tuple[Any, ...]]:
    """The rows of ``query`` as the driver's own tuples, fetched a batch at a time (see
    :func:`driver_batches`)."""
    for rows in driver_batches(session, query, literal=literal):
        yield from rows


def driver_batches(session: Session, query: ClauseElement, *, literal: bool = True) -> Iterator[list[tuple[Any, ...]]]:
    """The rows of ``query`` as lists of the driver's own tuples, a batch at a time.

    For the largest reads only. With ``literal`` the statement's values are the application's
    own (ids and constant strings), rendered inline; without it they are bound parameters (a
    name a person typed). PostgreSQL streams through a server-side cursor.
    """
    session.flush()
    connection = session.connection()
    if literal:
        sql, params = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})), None
    else:
        compiled: Any = query.compile(dialect=connection.dialect)
        values = compiled.construct_params()
        sql = str(compiled)
        params = tuple(values[key] for key in compiled.positiontup or ()) if compiled.positional else values
    driver: Any = connection.connection.driver_connection
    cursor = driver.cursor(name="emulation_rows") if connection.dialect.name == "postgresql" else driver.cursor()
    try:
        if params is None:
            cursor.execute(sql)
        else:
            cursor.execute(sql, params)
        while rows := cursor.fetchmany(BATCH):
            yield rows
    finally:
        cursor.close()


def all_unit_nodes(session: Session) -> dict[int, UnitNode]:
    """Every unit by id, in the tree's order (position, then id)."""
    rows = list(driver_rows(session, select(Unit.id, Unit.code, Unit.name, Unit.parent_id, Unit.cluster, Unit.kind)
                            .order_by(Unit.position, Unit.id)))
    codes = {row[0]: row[1] for row in rows}
    return {
        uid: UnitNode(code, name, codes.get(parent) if parent else None, cluster, kind)
        for uid, code, name, parent, cluster, kind in rows
    }


def period_unit_infos_by_id(session: Session, period: Period, nodes: dict[int, UnitNode] | None = None
                            ) -> dict[int, UnitInfo]:
    """The period's units by id, each with its effective cluster."""
    nodes = all_unit_nodes(session) if nodes is None else nodes
    clusters = effective_clusters(nodes.values())
    ids = driver_rows(
        session, select(PeriodUnit.unit_id).where(PeriodUnit.period_id == period.id).order_by(PeriodUnit.unit_id)
    )
    infos = {}
    for (uid,) in ids:
        n = nodes[uid]
        infos[uid] = UnitInfo(n.code, n.name, n.parent_code, clusters.get(n.code), n.kind)
    return infos
