"""What an import would write, shown before anything is written (the import assistant's preview)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from emulation.scoring.criteria import Leaf
from emulation.scoring.entries import encode_raw
from emulation.scoring.problems import Problem
from emulation.scoring.scores import Role
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, writable_period
from emulation.services.scores import period_known_units, period_unit_ids, read_workbook, refuse_summary
from emulation.services.workspace import Workspace
from emulation.store import Score
from emulation.text import nfc


@dataclass(frozen=True)
class Change:
    unit_code: str
    unit_name: str
    leaf_code: str
    role: Role
    scorer: str
    old: str | None
    new: str
    where: str


@dataclass(frozen=True)
class ImportPreview:
    """Either the changes an import would make, or every fault that stops it (never both)."""

    changes: list[Change]
    unchanged: int
    problems: list[Problem]
    #: the period's leaves by code (to show the scores by kind)
    leaves: Mapping[str, Leaf] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def preview_scores(
    ws: Workspace, period_name: str, path: Path, *, role: Role = Role.MEMBER, scorer: str | None = None
) -> ImportPreview:
    """Read ``path`` as ``services.scores.import_scores`` would, and compare with what is stored."""
    scorer = nfc(scorer or "")
    try:
        with ws.transaction() as session:
            period = writable_period(session, period_name)
            refuse_summary(period)
            cs = criteria_of(period)
            units = period_known_units(session, period)
            batches = read_workbook(path, period, cs, units, role, scorer)
            names = {u.code: u.name for u in units}
            ids = period_unit_ids(session, period)
            roles = {batch_role.value for batch_role, _, _ in batches}
            scorers = {batch_scorer for _, batch_scorer, _ in batches}
            stored = {  # what the file's roles and scorers gave before, as stored texts
                (unit_id, leaf_code, who, name): text
                for unit_id, leaf_code, who, name, text in session.execute(
                    select(Score.unit_id, Score.leaf_code, Score.role, Score.scorer, Score.raw_value).where(
                        Score.period_id == period.id, Score.role.in_(roles), Score.scorer.in_(scorers)
                    )
                )
            }
    except InputError as exc:
        return ImportPreview([], 0, list(exc.problems))
    changes: list[Change] = []
    unchanged = 0
    for batch_role, batch_scorer, values in batches:
        for v in values:
            if v.raw is None:
                continue
            new = encode_raw(v.raw)
            old = stored.get((ids[v.unit_code], v.leaf_code, batch_role.value, batch_scorer))
            if old == new:
                unchanged += 1
                continue
            changes.append(
                Change(v.unit_code, names[v.unit_code], v.leaf_code, batch_role, batch_scorer, old, new, v.where)
            )
    return ImportPreview(changes, unchanged, [], cs.leaf_by_code)
