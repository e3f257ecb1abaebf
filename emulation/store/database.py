"""Opening the database: migrate on open, refuse what is not ours, one session per unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

from sqlalchemy import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from emulation.store.engine import create_database_engine, immediate_begin, without_waiting
from emulation.store.location import database_url
from emulation.store.migrate import check_database, is_at_head, upgrade_to_head
from emulation.store.models.awards import declare_postgresql_conditions
from emulation.store.revision import watch


class Database:
    """An opened, migrated database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        watch(engine)
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, target: str | None = None) -> Database:
        """Open ``target`` (a path, a URL, or ``None`` for the default), migrating it to head.

        Raises ``NewerDatabaseError`` or ``ForeignDatabaseError`` (both ``StoreError``)
        without changing anything.
        """
        url = make_url(database_url(target))
        stamped = check_database(url)
        engine = create_database_engine(url)
        try:
            if not is_at_head(stamped):
                upgrade_to_head(engine)
            if engine.dialect.name == "postgresql":
                declare_postgresql_conditions()
                _grant_roles(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def url(self) -> str:
        """The full SQLAlchemy URL, password included."""
        return self._engine.url.render_as_string(hide_password=False)

    @property
    def display_url(self) -> str:
        """The URL with any password masked, for showing to people."""
        return self._engine.url.render_as_string(hide_password=True)

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self._engine.dialect.name

    @contextmanager
    def session(self, *, write: bool = False, wait: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises.

        ``write``: on SQLite the transaction takes the write lock when it begins, so what it
        checks cannot change before it commits; without ``wait`` it is refused at once (busy)
        when another writer holds that lock.
        """
        if not write:
            with self._sessions.begin() as session:
                yield session
            return
        with immediate_begin(), (nullcontext() if wait else without_waiting()), self._sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self._engine.dispose()

    def __repr__(self) -> str:
        return f"Database({self.display_url!r})"


def _grant_roles(engine: Engine) -> None:
    """On PostgreSQL the owner keeps the account roles' privileges up to date (see ``pg_roles``)."""
    from emulation.store import pg_roles

    with engine.begin() as connection:
        if pg_roles.can_manage(connection):
            pg_roles.sync_grants(connection)
