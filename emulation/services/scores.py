"""Scores: templates out, workbooks in, and single edits — every write checked and audited."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from emulation.gc_pause import collector_paused
from emulation.i18n.audit import coded
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.entries import RawValue, check_entry, decode_raw, encode_raw
from emulation.scoring.problems import Problem, problem
from emulation.scoring.scores import Role
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, ensure_unlocked, period_named, unit_nodes, writable_period
from emulation.services.permissions import refuse_scoring_unless
from emulation.services.scorer_name import scorer_name
from emulation.services.units import tree_rows
from emulation.services.workspace import Workspace
from emulation.store import Period, PeriodUnit, Score, Scorer, Unit, audit_row, record, record_many, utc_now
from emulation.store.audit import AuditColumns
from emulation.store.bulk import bulk_insert_columns, bulk_update

if TYPE_CHECKING:
    from emulation.excel.score_grid import KnownUnit

IMPORT_CODES = {"self": "audit_detail.scores_import_self", "member": "audit_detail.scores_import_member",
                "official": "audit_detail.scores_import_official"}


@dataclass(frozen=True)
class Scored:
    """What an import wrote."""

    added: int
    changed: int
    unchanged: int
    units: int


@dataclass(frozen=True)
class Seen:
    """The stored text a grid showed when its user changed the cell (None: the cell was empty)."""

    text: str | None


@dataclass(frozen=True)
class NewValue:
    unit_code: str
    leaf_code: str
    raw: RawValue | None  # None clears the value
    where: str = ""
    #: what the change was made on: when the cell holds something else by now, the change is refused
    seen: Seen | None = None


class EditConflict(InputError):
    """Someone changed a cell since it was shown; ``current`` holds the cells' values now."""

    def __init__(self, problems: list[Problem], current: list[tuple[str, str, RawValue | None]]) -> None:
        super().__init__(problems)
        self.current = current


#: a write of at most this many cells (units × leaves) looks its cells' stored scores up, a chunk of
#: units at a time, by the unique index (a typed cell, a column pasted down a province: some 0,02 s
#: for 3.000 units); a larger one reads the scorer's rows of its leaves (an import: 500.000 rows in 0,3 s)
CELLS_LOOKED_UP = 20_000
UNITS_A_LOOKUP = 500

#: values read from one workbook for one role and scorer
class Placed(Protocol):
    """A value read for a unit's leaf, with its place (a typed :class:`NewValue`, a workbook's cell)."""

    @property
    def unit_code(self) -> str: ...
    @property
    def leaf_code(self) -> str: ...
    @property
    def raw(self) -> RawValue | None: ...
    @property
    def where(self) -> str: ...


Batch = tuple[Role, str, Sequence[Placed]]


def period_units(session: Session, period: Period) -> list[Unit]:
    return list(
        session.scalars(
            select(Unit).join(PeriodUnit, PeriodUnit.unit_id == Unit.id).where(PeriodUnit.period_id == period.id)
        )
    )


def period_known_units(session: Session, period: Period) -> list[KnownUnit]:
    """The period's units as a workbook's rows are matched against: code and name (column tuples)."""
    from emulation.excel.score_grid import KnownUnit

    query = select(Unit.code, Unit.name).join(PeriodUnit, PeriodUnit.unit_id == Unit.id).where(
        PeriodUnit.period_id == period.id)
    return [KnownUnit(code, name) for code, name in session.execute(query)]


def period_unit_ids(session: Session, period: Period) -> dict[str, int]:
    """The period's units: code → id (column tuples: a province is thousands of units)."""
    query = select(Unit.code, Unit.id).join(PeriodUnit, PeriodUnit.unit_id == Unit.id).where(
        PeriodUnit.period_id == period.id)
    return {code: uid for code, uid in session.execute(query)}


def write_template(
    ws: Workspace, period_name: str, path: Path, *, under: str | None = None, sheet_per_parent: bool = False
) -> int:
    """A workbook for filling in the period's scores; returns the number of units in it."""
    from emulation.excel.score_template import ScoreTemplateSpec, TemplateUnit, write_score_template

    with ws.transaction() as session:
        period = period_named(session, period_name)
        if period.is_summary:
            raise InputError.single("period", "summary_period_not_scored", period=period.name)
        cs = criteria_of(period)
        in_period = {u.code for u in period_units(session, period)}
        nodes = unit_nodes(session)
    names = {n.code: n.name for n in nodes}
    rows = [r for r in tree_rows(nodes) if r.code in in_period]
    if under:
        from emulation.services.units import descendants

        below = {n.code for n in descendants(nodes, under)}
        rows = [r for r in rows if r.code in below]
    if not rows:
        raise InputError.single("--under", "no_unit_under")
    units = [TemplateUnit(r.code, r.name, r.parent_code, names.get(r.parent_code or "")) for r in rows]
    spec = ScoreTemplateSpec(period.name, cs, period.criteria_fingerprint, units, sheet_per_parent)
    write_score_template(path, spec)
    return len(units)


def import_scores(
    ws: Workspace, period_name: str, path: Path, *, role: Role = Role.MEMBER, scorer: str | None = None
) -> Scored:
    """Import a filled template (any role) or the per-unit hand forms: all of it or nothing."""
    scorer = scorer_name(scorer or (ws.identity.scorer if role is Role.MEMBER else None) or "")
    refuse_scoring_unless(ws.role, ws.identity.scorer, role, scorer)
    with collector_paused():
        return _import_scores(ws, period_name, path, role, scorer)


def _import_scores(ws: Workspace, period_name: str, path: Path, role: Role, scorer: str) -> Scored:
    with ws.transaction() as session:
        period = writable_period(session, period_name)
        refuse_summary(period)
        cs = criteria_of(period)
        units = period_known_units(session, period)
    batches = read_workbook(path, period, cs, units, role, scorer)
    if not any(values for _, _, values in batches):
        from emulation.scoring.problems import problem

        raise InputError([problem(path.name, "scores_none_found")])
    with ws.transaction(write=True) as session:
        period = writable_period(session, period_name)
        totals = [0, 0, 0]
        for batch_role, batch_scorer, values in batches:
            refuse_scoring_unless(ws.role, ws.identity.scorer, batch_role, batch_scorer)
            result = _write(session, ws.user, period, cs, batch_role, batch_scorer, values, clear_blank=False)
            totals = [a + b for a, b in zip(totals, result, strict=True)]
        touched = {v.unit_code for _, _, values in batches for v in values}
        record(
            session,
            who=ws.user,
            action="import",
            entity="scores",
            period_name=period.name,
            detail=coded(IMPORT_CODES[role.value], file=path.name, added=totals[0], changed=totals[1],
                         scorer=scorer or "—"),
        )
        return Scored(totals[0], totals[1], totals[2], len(touched))


def read_workbook(
    path: Path, period: Period, cs: CriteriaSet, known: Sequence[KnownUnit], role: Role, scorer: str
) -> list[Batch]:
    from emulation.excel.score_grid import read_score_grid

    if not path.exists():
        raise InputError.single(str(path), "file_missing")
    if _is_hand_form(path):
        return _read_hand_forms(path, cs, known, scorer)
    if role is Role.MEMBER and not scorer:
        raise InputError.single("--scorer", "scorer_missing")
    entries, problems = read_score_grid(
        path, period_name=period.name, criteria=cs, fingerprint=period.criteria_fingerprint, units=known
    )
    if problems:
        raise InputError(problems)
    return [(role, scorer, entries)]


def _is_hand_form(path: Path) -> bool:
    from emulation.excel.workbook_kind import is_score_template

    return not is_score_template(path)


def _read_hand_forms(path: Path, cs: CriteriaSet, known: Sequence[KnownUnit], scorer: str) -> list[Batch]:
    from emulation.excel.hand_form import read_hand_forms

    entries, problems = read_hand_forms(path, criteria=cs, units=known)
    if problems:
        raise InputError(problems)
    by_role: dict[Role, list[NewValue]] = {}
    for e in entries:
        by_role.setdefault(Role(e.role), []).append(NewValue(e.unit_code, e.leaf_code, e.raw, e.where))
    return [(r, "" if r is Role.SELF else scorer, values) for r, values in by_role.items()]


def refuse_summary(period: Period) -> None:
    if period.is_summary:
        raise InputError.single("period", "summary_period_not_scored", period=period.name)


def set_scores(ws: Workspace, period_name: str, role: Role, scorer: str, values: Iterable[NewValue]) -> Scored:
    """Typed values (from the grid): each checked; any fault refuses them all."""
    scorer = scorer_name(scorer)
    refuse_scoring_unless(ws.role, ws.identity.scorer, role, scorer)
    with ws.transaction(write=True) as session:
        period = writable_period(session, period_name)
        refuse_summary(period)
        cs = criteria_of(period)
        values = list(values)
        _check_values(cs, values)
        ids = period_unit_ids(session, period)
        _refuse_stale(session, period, cs, role, scorer, values, ids)
        added, changed, same = _write(session, ws.user, period, cs, role, scorer, values, clear_blank=True, ids=ids)
        return Scored(added, changed, same, len({v.unit_code for v in values}))


def _check_values(cs: CriteriaSet, values: list[NewValue]) -> None:
    from emulation.scoring.problems import placed, problem

    problems = []
    for v in values:
        leaf = cs.leaf_by_code.get(v.leaf_code)
        where = v.where or f"{v.unit_code} › {v.leaf_code}"
        if leaf is None:
            problems.append(problem(where, "criterion_not_in_period"))
        elif v.raw is not None and (fault := check_entry(leaf.criterion, v.raw)):
            problems.append(placed(fault, where))
    if problems:
        raise InputError(problems)


def _refuse_stale(
    session: Session, period: Period, cs: CriteriaSet, role: Role, scorer: str, values: list[NewValue],
    ids: dict[str, int],
) -> None:
    """No lost update: a change made on a value that another person has changed since is refused
    (``ids``: the period's unit ids by code)."""
    checked = [v for v in values if v.seen is not None]
    if not checked:
        return
    touched = sorted({ids[v.unit_code] for v in checked if v.unit_code in ids})
    rows = _by_units(session, select(Score.unit_id, Score.leaf_code, Score.raw_value, Score.entered_by).where(
        Score.period_id == period.id,
        Score.role == role.value,
        Score.scorer == scorer,
        Score.leaf_code.in_({v.leaf_code for v in checked}),
    ), touched)
    now = {(uid, leaf): (text, who) for uid, leaf, text, who in rows}
    problems: list[Problem] = []
    current: list[tuple[str, str, RawValue | None]] = []
    for v in checked:
        text, who = now.get((ids.get(v.unit_code, -1), v.leaf_code), (None, ""))
        assert v.seen is not None
        if text == v.seen.text:
            continue
        where = v.where or f"{v.unit_code} › {v.leaf_code}"
        if text is None:
            problems.append(problem(where, "edit_conflict_cleared"))
        else:
            problems.append(problem(where, "edit_conflict", who=who or "?", value=text.replace(".", ",")))
        leaf = cs.leaf_by_code[v.leaf_code].criterion
        current.append((v.unit_code, v.leaf_code, decode_raw(leaf, text) if text is not None else None))
    if problems:
        raise EditConflict(problems, current)


def _by_units(session: Session, query: Select[*tuple[Any, ...]], unit_ids: Sequence[int]) -> Iterator[Any]:
    """``query``'s scores of ``unit_ids``, ``UNITS_A_LOOKUP`` units a statement: by the unique index,
    and within the parameters a statement may hold (32.766 on the SQLite that ships with Python)."""
    return chain.from_iterable(session.execute(query.where(Score.unit_id.in_(unit_ids[i:i + UNITS_A_LOOKUP])))
                               for i in range(0, len(unit_ids), UNITS_A_LOOKUP))


def _refuse_measured(cs: CriteriaSet, values: Sequence[Placed]) -> None:
    from emulation.services.measures import faults_for_measured, measured_leaf_codes

    codes = measured_leaf_codes(cs)
    if not codes:  # the usual case: nothing to look at, value by value
        return
    items = [(v.where or f"{v.unit_code} › {v.leaf_code}", v.leaf_code, v.raw) for v in values if v.leaf_code in codes]
    faults = faults_for_measured(cs, items)
    if faults:
        raise InputError(faults)


def _write(
    session: Session,
    who: str,
    period: Period,
    cs: CriteriaSet,
    role: Role,
    scorer: str,
    values: Sequence[Placed],
    *,
    clear_blank: bool,
    ids: dict[str, int] | None = None,
) -> tuple[int, int, int]:
    """``ids``: the period's unit ids by code, when already read in this transaction."""
    ensure_unlocked(period)
    _refuse_measured(cs, values)
    if ids is None:
        ids = period_unit_ids(session, period)
    unknown = [v for v in values if v.unit_code not in ids]
    if unknown:
        from emulation.scoring.problems import problem

        raise InputError([problem(v.where or v.unit_code, "unit_not_in_period", code=v.unit_code) for v in unknown])
    if role is Role.MEMBER and scorer and session.scalar(select(Scorer).where(Scorer.name == scorer)) is None:
        session.add(Scorer(name=scorer))
    leaves = {v.leaf_code for v in values}
    wanted = select(Score.id, Score.unit_id, Score.leaf_code, Score.raw_value).where(
        Score.period_id == period.id, Score.role == role.value, Score.scorer == scorer,
        Score.leaf_code.in_(leaves),  # a paste down a column: that leaf's rows only
    )
    touched = sorted({ids[v.unit_code] for v in values})
    session.flush()
    rows: Iterable[Any]
    if len(touched) * len(leaves) <= CELLS_LOOKED_UP:
        rows = _by_units(session, wanted, touched)
    else:
        rows = session.execute(wanted)
    #: (unit id, leaf) → [stored id (None: added by this write), current text]
    current: dict[tuple[int, str], list[Any]] = {(unit_id, leaf): [sid, raw] for sid, unit_id, leaf, raw in rows}
    now = utc_now()
    label = f"({role.value}{' ' + scorer if scorer else ''})"
    fields: dict[str, str] = {}  # leaf code → the audit's field, "I.1 (member An)"
    updates: dict[int, str] = {}  # stored id → its new text
    deletes: list[int] = []
    audit = AuditColumns(audit_row(who=who, action="score", entity="score", period_name=period.name, at=now))
    added = changed = same = 0
    texts: dict[RawValue, str] = {}  # an import repeats few values: each encoded once
    log_unit, log_field, log_old, log_new = (audit.unit_code.append, audit.field.append, audit.old_value.append,
                                             audit.new_value.append)
    for v in values:
        unit_id = ids[v.unit_code]
        key = (unit_id, v.leaf_code)
        state = current.get(key)
        new_text = None
        if v.raw is not None:
            new_text = texts.get(v.raw)
            if new_text is None:
                new_text = texts[v.raw] = encode_raw(v.raw)
        old_text = state[1] if state else None
        if new_text == old_text or (new_text is None and not clear_blank):
            same += 1
            continue
        if state is None:
            current[key] = [None, new_text]
            added += 1
        elif new_text is None:
            if state[0] is not None:
                deletes.append(state[0])
                updates.pop(state[0], None)
            del current[key]
            changed += 1
        else:
            state[1] = new_text
            if state[0] is not None:
                updates[state[0]] = new_text
            changed += 1
        field = fields.get(v.leaf_code)
        if field is None:
            field = fields[v.leaf_code] = f"{v.leaf_code} {label}"
        log_unit(v.unit_code)
        log_field(field)
        log_old(old_text)
        log_new(new_text)
    for start in range(0, len(deletes), 500):
        session.execute(delete(Score).where(Score.id.in_(deletes[start:start + 500])))
    bulk_update(session, Score, "raw_value", [(text, sid) for sid, text in updates.items()],
                shared={"entered_by": who, "entered_at": now})
    added_rows = [(key, text) for key, (sid, text) in current.items() if sid is None]
    if added_rows:
        shared = {"period_id": period.id, "role": role.value, "scorer": scorer, "entered_by": who, "entered_at": now}
        bulk_insert_columns(session, Score, shared, {
            "unit_id": [unit_id for (unit_id, _), _ in added_rows],
            "leaf_code": [leaf for (_, leaf), _ in added_rows],
            "raw_value": [text for _, text in added_rows],
        })
    record_many(session, audit)
    session.flush()
    return added, changed, same

