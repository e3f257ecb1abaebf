"""A write the driver runs itself, past the engine's events, raises the database's revision too.

Every function of the application that reaches the driver's own connection
(``driver_connection``) must call ``mark_written`` on the connection, or the kept summaries would
not see its write, unless it is one of the few known not to change what is stored. A function
added later without it fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import emulation

ROOT = Path(emulation.__file__).parent
#: the functions that reach the driver without saying they write: a read in batches, a PRAGMA
#: outside any transaction, the wait for SQLite's lock set around a BEGIN, and raising the revision itself
NOT_WRITES = {
    ("services/score_rows.py", "driver_batches"),
    ("store/engine.py", "sqlite_pragma"),
    ("store/engine.py", "_on_begin"),
    ("store/revision.py", "_committing"),
}


def _names(fn: ast.FunctionDef) -> set[str]:
    """The names a function's own body uses (not those of the functions defined in it)."""
    found: set[str] = set()
    todo: list[ast.AST] = list(fn.body)
    while todo:
        node = todo.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(node, ast.Attribute):
            found.add(node.attr)
        elif isinstance(node, ast.Name):
            found.add(node.id)
        todo.extend(ast.iter_child_nodes(node))
    return found


def test_every_bulk_write_through_the_driver_marks_its_transaction() -> None:
    unmarked, reached = [], 0
    for path in sorted(ROOT.rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(fn, ast.FunctionDef) or "driver_connection" not in _names(fn):
                continue
            reached += 1
            if "mark_written" not in _names(fn) and (where, fn.name) not in NOT_WRITES:
                unmarked.append(f"{where}:{fn.name}")
    assert reached == len(NOT_WRITES) + 1  # the scan sees them all, and the bulk writes
    assert unmarked == []
