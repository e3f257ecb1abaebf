"""Inserting many rows at once through the driver's own executemany.

For the largest writes only (a province's scores and their audit rows are hundreds of
thousands): the statement is compiled once by SQLAlchemy, each column's value goes through
its type's bind processing once per distinct value, and the driver inserts the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
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
    processors = {key: table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in keys}
    if compiled.positional:
        params: list[Any] = _positional(rows, list(compiled.positiontup or ()), processors)
    else:
        convert = {key: _converter(process) for key, process in processors.items() if process is not None}
        params = [{k: convert[k](v) if k in convert else v for k, v in row.items()} for row in rows]
    cursor: Any = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(str(compiled), params)
    finally:
        cursor.close()


def _positional(rows: Sequence[dict[str, Any]], order: list[str],
                processors: Mapping[str, Callable[[Any], Any] | None]) -> list[Any]:
    """Each row's values in the statement's order, built column by column.

    A column whose type converts its values has each distinct value converted once (a bulk
    write repeats its timestamps and names).
    """
    columns = []
    for key in order:
        values: list[Any] = list(map(itemgetter(key), rows))
        process = processors.get(key)
        if process is not None:
            try:
                done = {value: process(value) for value in set(values)}
                values = list(map(done.__getitem__, values))
            except TypeError:  # unhashable values: converted one by one
                values = [process(value) for value in values]
        columns.append(values)
    return list(zip(*columns, strict=True))


def _converter(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process`` run once per distinct value (a bulk write repeats its timestamps and names)."""
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
