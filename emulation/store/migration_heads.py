"""Where an up-to-date database stands, read from the migration files themselves.

Reading the files' ``revision`` and ``down_revision`` (without Alembic, without SQLAlchemy) lets a
database that is already at the head open without importing Alembic, and lets a SQLite file be
recognised as up to date with the driver alone (``store.plain_sqlite``).
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from pathlib import Path

MIGRATIONS = Path(__file__).resolve().with_name("migrations")
VERSION_TABLE = "alembic_version"
#: the lines that say a file's revisions (``revision: str = "…"``, ``down_revision: … = "…"``)
_REVISION_LINE = re.compile(r"^(?:down_)?revision\s*(?::[^=]*)?=.*$", re.MULTILINE)


@lru_cache(maxsize=1)
def script_revisions() -> dict[str, frozenset[str]]:
    """Each revision file's revision and the revisions it follows, read from the files themselves."""
    found: dict[str, frozenset[str]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in _assignments(path.read_text(encoding="utf-8")):
            target: ast.expr
            if isinstance(node, ast.AnnAssign):
                target, value = node.target, node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], node.value
            else:
                continue
            if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and value is not None:
                values[target.id] = ast.literal_eval(value)
        revision, down = values.get("revision"), values.get("down_revision")
        if isinstance(revision, str):
            downs = (down,) if isinstance(down, str) else tuple(down) if isinstance(down, tuple | list) else ()
            found[revision] = frozenset(str(d) for d in downs)
    return found


def _assignments(text: str) -> list[ast.stmt]:
    """The statements of the lines that say the revisions (the whole file when they span lines)."""
    try:
        return ast.parse("\n".join(_REVISION_LINE.findall(text))).body
    except SyntaxError:
        return ast.parse(text).body


def head_revisions() -> frozenset[str]:
    """The revisions no other revision follows: where an up-to-date database stands."""
    revisions = script_revisions()
    followed = {down for downs in revisions.values() for down in downs}
    return frozenset(set(revisions) - followed)


def is_at_head(versions: list[str] | None) -> bool:
    """Whether a database stamped with ``versions`` needs no migration."""
    return bool(versions) and set(versions or ()) == head_revisions()
