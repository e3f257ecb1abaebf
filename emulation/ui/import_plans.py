"""What the import assistant asks for and what it shows: plain values built from service calls.

:func:`preview` reads a file the way its import would and never writes; :func:`run_import`
imports it, all of it or nothing. Both run off the GUI thread (each service opens its own
session) and turn the faults of the file into data instead of raising them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

from emulation.excel.units_file import UnitRecord
from emulation.scoring.criteria import CriteriaSet, Grade, Leaf
from emulation.scoring.criteria_doc import fingerprint
from emulation.scoring.problems import Problem, ProblemsError, problem
from emulation.scoring.scores import Role
from emulation.services.criteria import CriteriaInfo, import_criteria, list_criteria, read_criteria_file
from emulation.services.import_preview import ImportPreview, preview_scores
from emulation.services.scores import Scored, import_scores
from emulation.services.units import UnitRow, UnitsImported, import_units, list_units, read_units_file
from emulation.services.workspace import Workspace
from emulation.text import match_key


class ImportKind(StrEnum):
    SCORES = "scores"
    CRITERIA = "criteria"
    UNITS = "units"


@dataclass(frozen=True)
class ImportRequest:
    """A file and what it is: scores of a period (by role and scorer), criteria, or units."""

    kind: ImportKind
    path: Path
    period: str = ""
    role: Role = Role.MEMBER
    scorer: str = ""
    name: str | None = None


@dataclass(frozen=True)
class CriteriaOutline:
    """A criteria set read from a file, and whether importing it would store a new revision."""

    name: str
    leaves: tuple[Leaf, ...]
    max_total: Decimal
    bonus_cap: Decimal
    grades: tuple[Grade, ...]
    vetoes: int
    revision: int  # the revision an import would store; 0 when the same set is already stored

    @classmethod
    def of(cls, cs: CriteriaSet, stored: Sequence[CriteriaInfo]) -> CriteriaOutline:
        same = [i for i in stored if i.stored and match_key(i.name) == match_key(cs.name)]
        latest = max(same, key=lambda i: i.revision, default=None)
        if latest is None:
            revision = 1
        else:
            revision = 0 if latest.fingerprint == fingerprint(cs) else latest.revision + 1
        return cls(cs.name, cs.leaves, cs.max_total, cs.effective_bonus_cap, cs.grades, len(cs.vetoes), revision)


@dataclass(frozen=True)
class UnitLine:
    """A unit of the file: new, or stored already with the ``fields`` an import would change."""

    record: UnitRecord
    is_new: bool = True
    fields: tuple[str, ...] = ()

    @property
    def is_same(self) -> bool:
        return not self.is_new and not self.fields


@dataclass(frozen=True)
class UnitsOutline:
    """Every unit of the file, in its order, each marked new, changed or the same."""

    lines: tuple[UnitLine, ...]

    @property
    def added(self) -> int:
        return sum(1 for line in self.lines if line.is_new)

    @property
    def unchanged(self) -> int:
        return sum(1 for line in self.lines if line.is_same)

    @property
    def changed(self) -> int:
        return len(self.lines) - self.added - self.unchanged


@dataclass(frozen=True)
class Preview:
    """One of the outlines, or the faults that stop the import (never both)."""

    request: ImportRequest
    problems: tuple[Problem, ...] = ()
    scores: ImportPreview | None = None
    criteria: CriteriaOutline | None = None
    units: UnitsOutline | None = None
    leaves: Mapping[str, Leaf] = field(default_factory=dict)  # the period's, to show scores by kind

    @property
    def ok(self) -> bool:
        return not self.problems


Imported = Scored | CriteriaInfo | UnitsImported


@dataclass(frozen=True)
class ImportResult:
    request: ImportRequest
    outcome: Imported


def preview(ws: Workspace, request: ImportRequest) -> Preview:
    """What importing ``request`` would do, or every fault that stops it; writes nothing."""
    try:
        if request.kind is ImportKind.SCORES:
            scores = preview_scores(ws, request.period, request.path, role=request.role, scorer=request.scorer)
            if scores.problems:
                return Preview(request, tuple(scores.problems))
            return Preview(request, scores=scores, leaves=scores.leaves)
        if request.kind is ImportKind.CRITERIA:
            cs = read_criteria_file(request.path, request.name)
            return Preview(request, criteria=CriteriaOutline.of(cs, list_criteria(ws)))
        records = read_units_file(request.path)
        outline, problems = units_outline(records, list_units(ws), request.path.name)
        return Preview(request, tuple(problems), units=None if problems else outline)
    except ProblemsError as exc:
        return Preview(request, exc.problems)


def run_import(ws: Workspace, request: ImportRequest) -> ImportResult:
    """Import the file: all of it or nothing (a fault raises InputError, and nothing is written)."""
    outcome: Imported
    if request.kind is ImportKind.SCORES:
        outcome = import_scores(ws, request.period, request.path, role=request.role, scorer=request.scorer)
    elif request.kind is ImportKind.CRITERIA:
        outcome = import_criteria(ws, request.path, request.name)
    else:
        outcome = import_units(ws, request.path)
    return ImportResult(request, outcome)


def units_outline(
    records: Sequence[UnitRecord], stored: Sequence[UnitRow], file_name: str
) -> tuple[UnitsOutline, list[Problem]]:
    """Compare the file's units with the stored ones, by code, as ``services.units`` saves them."""
    by_code = {row.code: row for row in stored}
    in_file = {r.code for r in records}
    problems = [
        problem(r.where or file_name, "unit_parent_unknown", parent=r.parent_code)
        for r in records
        if r.parent_code and r.parent_code not in in_file and r.parent_code not in by_code
    ]
    lines = [
        UnitLine(r) if r.code not in by_code else UnitLine(r, False, _changed_fields(r, by_code[r.code]))
        for r in records
    ]
    return UnitsOutline(tuple(lines)), problems


def _changed_fields(record: UnitRecord, row: UnitRow) -> tuple[str, ...]:
    pairs = (
        ("name", record.name, row.name),
        ("kind", record.kind, row.kind),
        ("parent", record.parent_code, row.parent_code),
        ("cluster", record.cluster, row.cluster),
    )
    return tuple(name for name, new, old in pairs if new != old)
