"""Criteria sets: import, export, list, and the built-in templates."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation import limits
from emulation.i18n.audit import coded
from emulation.resources import resource_path
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.criteria_doc import dumps, fingerprint, loads, parse_criteria
from emulation.scoring.json_limits import load_json
from emulation.scoring.problems import problem, within
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of_row, latest_criteria
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import CriteriaSetRow, Period, record
from emulation.text import match_key, nfc

MAX_JSON_BYTES = limits.MAX_JSON_BYTES


@dataclass(frozen=True)
class CriteriaInfo:
    name: str
    revision: int
    fingerprint: str
    leaves: int
    max_total: str
    builtin: bool
    stored: bool
    periods: int = 0


def read_criteria_file(path: Path, name: str | None = None) -> CriteriaSet:
    """A criteria set from a .json document or a committee's .xlsx table; InputError on any fault."""
    suffix = path.suffix.lower()
    if suffix == ".json":
        cs = _read_json(path)
    elif suffix in (".xlsx", ".xlsm"):
        cs = _read_table(path, name)
    else:
        raise InputError.single(path.name, "criteria_import_suffix")
    if name:
        cs = _renamed(cs, nfc(name))
    return cs


def _read_json(path: Path) -> CriteriaSet:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise InputError([problem(path.name, "json_too_large", max_mb=MAX_JSON_BYTES // 1_000_000)])
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError.single(str(path), "file_missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError.single(path.name, "file_not_utf8", detail=exc.__class__.__name__) from None
    try:
        doc, problems = load_json(text)
    except json.JSONDecodeError as exc:
        raise InputError.single(
            path.name, "json_invalid_at", line=exc.lineno, column=exc.colno, detail=exc.msg
        ) from None
    cs = None
    if not problems:
        cs, problems = parse_criteria(doc)
    if problems or cs is None:
        raise InputError([within(path.name, p) for p in problems])
    return cs


def _read_table(path: Path, name: str | None) -> CriteriaSet:
    from emulation.excel.criteria_table import read_criteria_table

    cs, problems = read_criteria_table(path, name=name)
    if cs is None or problems:
        raise InputError(problems)
    return cs


def _renamed(cs: CriteriaSet, name: str) -> CriteriaSet:
    return replace(cs, name=name)


def store_criteria(
    session: Session, cs: CriteriaSet, who: str, *, builtin: bool = False
) -> tuple[CriteriaSetRow, bool]:
    """Save ``cs`` as a new revision of its name, unless the latest revision is the same."""
    check_measure_types(session, cs)
    print_ = fingerprint(cs)
    latest = latest_criteria(session, cs.name)
    if latest is not None and latest.fingerprint == print_:
        return latest, False
    row = CriteriaSetRow(
        name=cs.name,
        revision=(latest.revision + 1) if latest else 1,
        document=dumps(cs),
        fingerprint=print_,
        builtin=builtin,
        created_by=who,
    )
    session.add(row)
    session.flush()
    detail = coded("audit_detail.criteria_import", name=cs.name, revision=row.revision)
    record(session, who=who, action="import", entity="criteria", detail=detail)
    return row, True


def check_measure_types(session: Session, cs: CriteriaSet) -> None:
    """Every record type a measure reads must be one of the committee's types."""
    from emulation.scoring.criteria import walk_nodes
    from emulation.scoring.measures import record_types
    from emulation.scoring.problems import problem
    from emulation.services.activity_types import all_type_rows

    known = {r.code for r in all_type_rows(session)}
    faults = [problem(code, "measure_unknown_type", type=t) for code, node in walk_nodes(cs.criteria)
              if node.measure is not None for t in sorted(record_types(node.measure) - known)]
    if faults:
        raise InputError(faults)


def import_criteria(ws: Workspace, path: Path, name: str | None = None) -> CriteriaInfo:
    cs = read_criteria_file(path, name)
    with ws.transaction(Action.CRITERIA) as session:
        row, _ = store_criteria(session, cs, ws.user)
        return _info(row, cs, stored=True)


def export_criteria(ws: Workspace, name: str, path: Path) -> tuple[CriteriaSet, dict[str, str]]:
    """Write a set as .json or as the committee's .xlsx table; returns codes the table renumbered."""
    with ws.transaction() as session:
        cs = find_criteria(session, name, ws.user)
    suffix = path.suffix.lower()
    if suffix == ".json":
        path.write_text(dumps(cs), encoding="utf-8")
        return cs, {}
    if suffix == ".xlsx":
        from emulation.excel.criteria_table_writer import write_criteria_table

        return cs, write_criteria_table(path, cs)
    raise InputError.single(path.name, "criteria_export_suffix")


def find_criteria(session: Session, name: str, who: str) -> CriteriaSet:
    return criteria_of_row(resolve_criteria(session, name, who))


def resolve_criteria(session: Session, name: str, who: str) -> CriteriaSetRow:
    """The latest stored revision of ``name``; a built-in template is stored on first use."""
    row = latest_criteria(session, name)
    if row is not None:
        return row
    template = builtin_named(name)
    if template is not None:
        row, _ = store_criteria(session, template, who, builtin=True)
        return row
    raise InputError.single("criteria", "criteria_unknown", name=name)


def _same_name(a: str, b: str) -> bool:
    return match_key(a) == match_key(b)


@lru_cache(maxsize=1)
def _templates_by_file() -> dict[str, CriteriaSet]:
    result: dict[str, CriteriaSet] = {}
    for path in sorted(resource_path("templates").glob("*.json")):
        cs, _problems = parse_criteria(loads(path.read_text(encoding="utf-8")))
        if cs is not None:
            result[path.stem] = cs
    return result


def builtin_templates() -> list[CriteriaSet]:
    """The criteria templates shipped in resources/templates (read-only; read once)."""
    return list(_templates_by_file().values())


def builtin_template(stem: str) -> CriteriaSet:
    """The template shipped as ``resources/templates/<stem>.json``."""
    return _templates_by_file()[stem]


def builtin_named(name: str) -> CriteriaSet | None:
    """The built-in template called ``name`` (ignoring case, spaces and tone placement)."""
    return next((t for t in builtin_templates() if _same_name(t.name, name)), None)


def list_criteria(ws: Workspace) -> list[CriteriaInfo]:
    with ws.transaction() as session:
        latest: dict[str, CriteriaSetRow] = {}
        for row in session.scalars(select(CriteriaSetRow).order_by(CriteriaSetRow.revision)):
            latest[row.name] = row
        usage: dict[str, int] = {}
        for period in session.scalars(select(Period)):
            usage[period.criteria_set.name] = usage.get(period.criteria_set.name, 0) + 1
        infos = [_info(r, criteria_of_row(r), stored=True, periods=usage.get(r.name, 0)) for r in latest.values()]
    stored = {i.name for i in infos}
    for template in builtin_templates():
        if not any(_same_name(template.name, s) for s in stored):
            infos.append(
                CriteriaInfo(
                    template.name,
                    0,
                    fingerprint(template),
                    len(template.leaves),
                    str(template.max_total),
                    builtin=True,
                    stored=False,
                )
            )
    return infos


def _info(row: CriteriaSetRow, cs: CriteriaSet, *, stored: bool, periods: int = 0) -> CriteriaInfo:
    return CriteriaInfo(
        row.name, row.revision, row.fingerprint, len(cs.leaves), str(cs.max_total), row.builtin, stored, periods
    )
