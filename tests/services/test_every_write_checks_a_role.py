"""Every use case that changes the database says which action it is, so a role can be refused.

A public service function that takes the workspace and writes to the audit log (every change is
logged) must check a role: ``ws.transaction(Action.X)``, ``refuse_unless`` or
``refuse_scoring_unless``. A function added later without one fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import emulation.services

SERVICES = Path(emulation.services.__file__).parent
CHECKS = {"refuse_unless", "refuse_scoring_unless"}
#: what writes the audit log: one entry, or many in bulk
LOGGING = {"record", "record_many", "audit_row"}


def _calls(node: ast.AST) -> set[str]:
    names: set[str] = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call):
            func = call.func
            names.add(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
    return names


def _checks_a_role(fn: ast.FunctionDef) -> bool:
    for call in ast.walk(fn):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "transaction":
            if call.args:
                return True
    return bool(_calls(fn) & CHECKS)


def _writers() -> list[tuple[str, ast.FunctionDef]]:
    found = []
    for path in sorted(SERVICES.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [fn for fn in tree.body if isinstance(fn, ast.FunctionDef)]
        logging = LOGGING | {fn.name for fn in functions if fn.name.startswith("_") and _calls(fn) & LOGGING}
        for fn in functions:
            if fn.name.startswith("_"):
                continue
            takes_workspace = any(a.arg == "ws" for a in fn.args.args)
            if takes_workspace and _calls(fn) & logging:
                found.append((f"{path.name}:{fn.name}", fn))
    return found


def test_the_scan_finds_the_writers() -> None:
    names = {name for name, _ in _writers()}
    assert {
        "units.py:save_units",
        "scores.py:set_scores",
        "settings.py:update_settings",
    } <= names


def test_every_writer_checks_a_role() -> None:
    unchecked = [name for name, fn in _writers() if not _checks_a_role(fn)]
    assert unchecked == []
