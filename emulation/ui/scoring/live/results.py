"""Totals, ranks and grades kept up to date in memory while one scorer types (no Qt, no I/O).

Built from the period's standings as the ranking works them out (read grouped, a row per unit
and leaf); each edit re-evaluates only the edited units, from their stored entries (read, through
the callable it is given, when the units are first edited: all the units one call touches in one
read) with the sheet's own values on top, and moves only them in the period's ranking.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

from emulation.scoring.entries import RawValue
from emulation.scoring.reranking import Reranking
from emulation.scoring.scores import ScoreEntry
from emulation.scoring.standings import RankedRow, Standing, unit_standing
from emulation.scoring.units import UnitInfo
from emulation.services.score_sheet import ScoreSheet
from emulation.stepwise import Steps, completed

EntryKey = tuple[str, str, str]  # (leaf code, role, scorer)
#: units moved in the ranking one by one when they change together; more, it is built again
MOVED_AT_ONCE = 100
#: units taken a step when the results are built in steps
UNITS_A_STEP = 1_000
#: units whose standing is worked out again a step, when in steps
EVALUATED_A_STEP = 40
#: the stored entries of the period of each of the units given, every role and scorer, by unit code
UnitEntries = Callable[[Collection[str]], Mapping[str, Iterable[ScoreEntry]]]


class LiveResults:
    """The period's standings with this sheet's own values replaced as they are edited."""

    def __init__(self, sheet: ScoreSheet, standings: Iterable[Standing], unit_entries: UnitEntries) -> None:
        self._ranking = Reranking(sheet.criteria, completed(self._start(sheet, standings, unit_entries, 0)))

    @classmethod
    def in_steps(
        cls, sheet: ScoreSheet, standings: Iterable[Standing], unit_entries: UnitEntries
    ) -> Steps[LiveResults]:
        """The same results, taken ``UNITS_A_STEP`` units a step and their ranking built a few
        hundred units a step (``emulation.stepwise``)."""
        live = cls.__new__(cls)
        taken = yield from live._start(sheet, standings, unit_entries, UNITS_A_STEP)
        live._ranking = yield from Reranking.in_steps(sheet.criteria, taken)
        return live

    def _start(
        self, sheet: ScoreSheet, standings: Iterable[Standing], unit_entries: UnitEntries, step: int
    ) -> Steps[Iterable[Standing]]:
        """Take the standings of the sheet's units, ``step`` units a step (0: all in one); gives
        them, to be ranked."""
        self._sheet = sheet
        self._read_units = unit_entries
        self._units: dict[str, UnitInfo] = {}
        for n, unit in enumerate(sheet.units, start=1):
            self._units[unit.code] = unit.info
            if step and n % step == 0:
                yield True
        self._standings: dict[str, Standing] = {}
        for n, s in enumerate(standings, start=1):
            if s.unit.code in self._units:
                self._standings[s.unit.code] = s
                self._units[s.unit.code] = s.unit
            if step and n % step == 0:
                yield True
        #: the entries of the units edited so far, read when each was first edited
        self._entries: dict[str, dict[EntryKey, ScoreEntry]] = {}
        self._vetoes: dict[str, set[str]] = {code: set(v) for code, v in sheet.vetoes.items()}
        self._dirty: set[str] = set(self._units) - set(self._standings)  # none: a unit the read did not give
        #: standings taken since the last refresh (see take_standings), to be moved in the ranking
        self._fresh: dict[str, Standing] = {}
        yield from self._evaluate(EVALUATED_A_STEP if step else 0)
        return self._standings.values()

    @property
    def sheet(self) -> ScoreSheet:
        """The sheet the results were built from."""
        return self._sheet

    def set_value(self, unit_code: str, leaf_code: str, raw: RawValue | None) -> None:
        """This sheet's scorer gave ``raw`` (None: cleared) to a unit's leaf."""
        self._read([unit_code])
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
        """Several values given at once (a paste, the edits saved before the results arrived):
        the units not edited before are read in one call."""
        values = list(values)
        self._read([unit_code for unit_code, _, _ in values])
        for unit_code, leaf_code, raw in values:
            self.set_value(unit_code, leaf_code, raw)

    def refresh(self) -> None:
        """Re-evaluate the units edited since the last refresh and move them in the ranking."""
        if not self._dirty and not self._fresh:
            return
        self._ranking.replace(completed(self._evaluate(0)))

    def refresh_in_steps(self, units_a_step: int = EVALUATED_A_STEP) -> Steps[None]:
        """:meth:`refresh` in steps: ``units_a_step`` units evaluated a step (their entries read
        before, see :meth:`take_entries`), then moved in the ranking; more than ``MOVED_AT_ONCE``
        of them, the ranking is built again a few hundred units a step (moving each would be
        slower, and one long step)."""
        changed = yield from self._evaluate(units_a_step)
        if len(changed) <= MOVED_AT_ONCE:
            self._ranking.replace(changed)
            return
        old = self._ranking
        self._ranking = yield from Reranking.in_steps(self._sheet.criteria, self._standings.values())
        yield from old.let_go_in_steps()

    def unread(self, unit_codes: Iterable[str]) -> list[str]:
        """Those of ``unit_codes`` whose stored entries are not read yet (in order, each once)."""
        return [code for code in dict.fromkeys(unit_codes) if code not in self._entries]

    def take_standings(self, standings: Iterable[Standing]) -> None:
        """Units' standings worked out elsewhere from what is stored now (their values saved
        already), to be moved in the ranking at the next refresh."""
        for s in standings:
            if s.unit.code in self._units:
                self._standings[s.unit.code] = self._fresh[s.unit.code] = s

    def take_entries(self, read: Mapping[str, Iterable[ScoreEntry]]) -> None:
        """The stored entries of units, read elsewhere, by unit code (units read before keep theirs)."""
        for code, entries in read.items():
            if code not in self._entries:
                self._entries[code] = {(e.leaf_code, e.role.value, e.scorer): e for e in entries}

    def row(self, unit_code: str) -> RankedRow | None:
        return self._ranking.row(unit_code)

    def _read(self, unit_codes: Iterable[str]) -> None:
        """Read the entries of those of ``unit_codes`` not read yet, all in one call."""
        lacking = self.unread(unit_codes)
        if not lacking:
            return
        read = self._read_units(lacking)
        self.take_entries({code: read.get(code, ()) for code in lacking})

    def _evaluate(self, step: int) -> Steps[list[Standing]]:
        """The edited units' standings worked out again, ``step`` units a step (0: all in one), and
        those taken meanwhile."""
        cs = self._sheet.criteria
        self._read(self._dirty)
        dirty, self._dirty = self._dirty, set()
        changed = []
        for n, code in enumerate(dirty, start=1):
            marks = self._vetoes.get(code, ())
            s = self._standings[code] = unit_standing(cs, self._units[code], self._entries[code].values(), marks)
            changed.append(s)
            if step and n % step == 0:
                yield True
        fresh, self._fresh = self._fresh, {}
        changed.extend(s for code, s in fresh.items() if code not in dirty)
        return changed
