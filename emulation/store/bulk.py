"""Inserting many rows at once through the driver's own executemany.

For the largest writes only (a province's scores and their audit rows are hundreds of
thousands): the statement is compiled once by SQLAlchemy, each column's value goes through
its type's bind processing once per distinct value, and the driver inserts the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def bulk_insert(session: Session, model: type[Any], rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys) into ``model``'s table in the session's transaction."""
    if not rows:
        return
    table: Table = model.__table__
    session.flush()
    connection = session.connection()
    dialect = connection.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    convert = {key: _converter(table.c[key].type.dialect_impl(dialect).bind_processor(dialect)) for key in keys}
    if compiled.positional:
        order = list(compiled.positiontup or ())
        params: list[Any] = [tuple(convert[k](row[k]) for k in order) for row in rows]
    else:
        params = [{k: convert[k](v) for k, v in row.items()} for row in rows]
    cursor: Any = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(str(compiled), params)
    finally:
        cursor.close()


def _converter(process: Callable[[Any], Any] | None) -> Callable[[Any], Any]:
    if process is None:
        return _same
    seen: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            result = seen[value] = process(value)
            return result
        except TypeError:  # an unhashable value: converted every time
            return process(value)

    return convert


def _same(value: Any) -> Any:
    return value
