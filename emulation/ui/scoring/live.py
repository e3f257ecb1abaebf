"""Totals, ranks and grades kept up to date in memory while one scorer types (no Qt, no I/O).

Built once from a :class:`ScoreSheet` (the whole period is evaluated), then each edit
re-evaluates only the edited unit and re-ranks the period.
"""

from __future__ import annotations

from collections.abc import Iterable

from emulation.scoring.entries import RawValue
from emulation.scoring.scores import ScoreEntry
from emulation.scoring.standings import RankedRow, Standing, period_standings, rank_standings, unit_standing
from emulation.scoring.units import UnitInfo
from emulation.services.score_sheet import ScoreSheet

EntryKey = tuple[str, str, str]  # (leaf code, role, scorer)


class LiveResults:
    """The period's standings with this sheet's own values replaced as they are edited."""

    def __init__(self, sheet: ScoreSheet) -> None:
        self._sheet = sheet
        self._units: dict[str, UnitInfo] = {u.code: u.info for u in sheet.units}
        self._entries: dict[str, dict[EntryKey, ScoreEntry]] = {code: {} for code in self._units}
        for e in sheet.entries:
            if e.unit_code in self._entries:
                self._entries[e.unit_code][(e.leaf_code, e.role.value, e.scorer)] = e
        self._vetoes: dict[str, set[str]] = {code: set(v) for code, v in sheet.vetoes.items()}
        standings = period_standings(sheet.criteria, list(self._units.values()), sheet.entries, sheet.vetoes)
        self._standings: dict[str, Standing] = {s.unit.code: s for s in standings}
        self._dirty: set[str] = set()
        self._rows: dict[str, RankedRow] = {}
        self._rank()

    @property
    def sheet(self) -> ScoreSheet:
        """The sheet the results were built from, with every entry of its period."""
        return self._sheet

    def set_value(self, unit_code: str, leaf_code: str, raw: RawValue | None) -> None:
        """This sheet's scorer gave ``raw`` (None: cleared) to a unit's leaf."""
        key = (leaf_code, self._sheet.role.value, self._sheet.scorer)
        entries = self._entries[unit_code]
        if raw is None:
            entries.pop(key, None)
        else:
            entries[key] = ScoreEntry(unit_code, leaf_code, self._sheet.role, self._sheet.scorer, raw)
        self._dirty.add(unit_code)

    def set_veto(self, unit_code: str, veto_code: str, on: bool) -> None:
        marks = self._vetoes.setdefault(unit_code, set())
        if on:
            marks.add(veto_code)
        else:
            marks.discard(veto_code)
        self._dirty.add(unit_code)

    def apply(self, values: Iterable[tuple[str, str, RawValue | None]]) -> None:
        for unit_code, leaf_code, raw in values:
            self.set_value(unit_code, leaf_code, raw)

    def refresh(self) -> None:
        """Re-evaluate the units edited since the last refresh and rank the period again."""
        if not self._dirty:
            return
        cs = self._sheet.criteria
        for code in self._dirty:
            marks = self._vetoes.get(code, ())
            self._standings[code] = unit_standing(cs, self._units[code], self._entries[code].values(), marks)
        self._dirty.clear()
        self._rank()

    def row(self, unit_code: str) -> RankedRow | None:
        return self._rows.get(unit_code)

    def _rank(self) -> None:
        ranked = rank_standings(self._sheet.criteria, list(self._standings.values()))
        self._rows = {r.unit.code: r for r in ranked}
