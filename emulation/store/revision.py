"""The database's revision: raised by every committed transaction that wrote anything.

A value computed from what is stored (a period's summary) is kept with the revision it was read
at, and is current exactly while the revision has not moved. No use case has to remember to
raise it: the engine watches every statement it sends, and a transaction that sent one that
writes raises the revision in the same transaction, just before it commits — the application's
writes and another user's, on SQLite or PostgreSQL. Only the stored summaries themselves and sign-in
tokens are written without raising it, and a migration (the summaries' format says which they are). A write
the driver runs directly (``store.bulk``) says so with :func:`mark_written`.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, Engine, event, select
from sqlalchemy.orm import Session

from emulation.store.models import DataRevision
from emulation.store.plain_sqlite import RAISE_REVISION

#: the keys in a connection's ``info``: the open transaction has written; it is a migration's
WRITTEN = "emulation_written"
MIGRATING = "emulation_migrating"
RAISE = RAISE_REVISION

_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|REPLACE|MERGE|TRUNCATE|ALTER|DROP|CREATE|UPSERT)\b", re.IGNORECASE)
_CTE_WRITE = re.compile(r"\b(INSERT|UPDATE|DELETE)\b", re.IGNORECASE)
#: tables whose writes change no result: the summaries themselves, and the command line's sign-in tokens
_UNCOUNTED = re.compile(r"\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+\"?(period_summaries|sign_ins)\b", re.IGNORECASE)


def writes(statement: str) -> bool:
    """Whether ``statement`` can change what is stored (anything but the stored summaries and sign-ins)."""
    if _WRITE.match(statement):
        return not _UNCOUNTED.match(statement)
    return statement.lstrip()[:4].upper() == "WITH" and _CTE_WRITE.search(statement) is not None


def mark_written(connection: Connection) -> None:
    """The connection's transaction has written (for writes sent past the engine's events)."""
    connection.info[WRITTEN] = True


def migrating(connection: Connection) -> None:
    """The connection's transaction changes the schema: a revision table may not exist (yet, or any more)."""
    connection.info[MIGRATING] = True


def watch(engine: Engine) -> None:
    """Raise the revision in every transaction of ``engine`` that writes."""

    @event.listens_for(engine, "begin")
    def _begun(connection: Connection) -> None:
        connection.info.pop(WRITTEN, None)
        connection.info.pop(MIGRATING, None)

    @event.listens_for(engine, "before_cursor_execute")
    def _sent(connection: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if not connection.info.get(WRITTEN) and writes(statement):
            connection.info[WRITTEN] = True

    @event.listens_for(engine, "commit")
    def _committing(connection: Connection) -> None:
        written, migration = connection.info.pop(WRITTEN, False), connection.info.pop(MIGRATING, False)
        if written and not migration:
            cursor: Any = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
            try:
                cursor.execute(RAISE)
            finally:
                cursor.close()

    @event.listens_for(engine, "rollback")
    def _rolled_back(connection: Connection) -> None:
        connection.info.pop(WRITTEN, None)
        connection.info.pop(MIGRATING, None)


def current_revision(session: Session) -> int | None:
    """The database's revision as this transaction sees it (None: not kept, nothing is current)."""
    return session.scalar(select(DataRevision.revision).where(DataRevision.id == 1))
