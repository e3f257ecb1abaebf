"""Inserting and updating many rows at once through the driver's own executemany.

For the largest writes only (a province's scores and their audit rows are hundreds of
thousands): the statement is compiled once by SQLAlchemy, each column's value goes through
its type's bind processing once per distinct value, and the driver runs the rows. The rows
are given column by column: a value that every row shares is given once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session

from emulation.store.revision import mark_written


def bulk_insert(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table in the session's transaction."""
    if not rows:
        return
    bulk_insert_columns(session, model, {}, {key: list(map(itemgetter(key), rows)) for key in rows[0]})


def bulk_insert_columns(session: Session, model: type[Any], shared: Mapping[str, Any],
                        columns: Mapping[str, Sequence[Any]]) -> None:
    """Insert one row per position of ``columns`` (equal lengths), each with the ``shared`` values too."""
    count = len(next(iter(columns.values()), ()))
    if not count:
        return
    table: Table = model.__table__
    session.flush()
    keys = [*shared, *columns]
    types = {key: table.c[key] for key in keys}
    _execute_many(session, insert(table), keys, types, shared, columns, count)


def bulk_update(session: Session, model: type[Any], column: str, rows: Sequence[tuple[Any, int]],
                shared: Mapping[str, Any] | None = None) -> None:
    """Set one column of many rows, each found by its ``id``: ``rows`` are (new value, id) pairs;
    the ``shared`` columns are set to the same value in each row."""
    if not rows:
        return
    table: Table = model.__table__
    session.flush()
    same = dict(shared or {})
    sets: dict[str, Any] = {column: bindparam("row_value"), **{key: bindparam(f"same_{key}") for key in same}}
    statement = update(table).where(table.c.id == bindparam("row_id")).values(sets)
    values = {"row_value": [value for value, _ in rows], "row_id": [row_id for _, row_id in rows]}
    types = {"row_value": table.c[column], "row_id": table.c.id, **{f"same_{key}": table.c[key] for key in same}}
    _execute_many(session, statement, None, types, {f"same_{key}": value for key, value in same.items()},
                  values, len(rows))


def _execute_many(session: Session, statement: Any, keys: list[str] | None, types: Mapping[str, Any],
                  shared: Mapping[str, Any], columns: Mapping[str, Sequence[Any]], count: int) -> None:
    """``statement`` compiled once and run by the driver for each of ``count`` rows."""
    connection = session.connection()
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect, column_keys=keys)
    processors = {key: column.type.dialect_impl(dialect).bind_processor(dialect) for key, column in types.items()}
    order = list(compiled.positiontup or ()) if compiled.positional else list(types)
    values = [_column(key, shared, columns, processors.get(key), count) for key in order]
    rows = zip(*values, strict=True)
    params: list[Any] = list(rows) if compiled.positional else [dict(zip(order, row, strict=True)) for row in rows]
    mark_written(connection)
    cursor: Any = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(str(compiled), params)
    finally:
        cursor.close()


def _column(key: str, shared: Mapping[str, Any], columns: Mapping[str, Sequence[Any]],
            process: Callable[[Any], Any] | None, count: int) -> Any:
    """One column's values as the driver takes them; each distinct value converted once (a bulk
    write repeats its timestamps and names)."""
    if key in shared:
        value = shared[key]
        return repeat(process(value) if process is not None else value, count)
    values = columns[key]
    if process is None:
        return values
    try:
        done = {value: process(value) for value in set(values)}
        return list(map(done.__getitem__, values))
    except TypeError:  # unhashable values: converted one by one
        return [process(value) for value in values]
