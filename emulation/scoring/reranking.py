"""A period's ranking kept up to date while a few units' standings change (no I/O).

The same rows as ``rank_standings`` of the standings in the order they were first given (a unit
given later comes after them), without sorting and grading the whole period again on each change:
the units stay in ranking order (their ranking key, then their name's alphabetical key, then the
order they were given: exactly the order of ``rank_standings``' stable sort), a changed unit leaves
its place and is inserted at its new one, and ranks are counted again only where they can change —
over the whole order (one comparison of keys a unit) and inside the parent and cluster of the
changed units. Grades by total and vetoes are worked out for the changed units only; quotas,
which depend on the whole order, are held again over it when the set has any. A row is built again
only for a unit whose standing, rank or grade changed.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Generator, Hashable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.grading import VetoOutcome, apply_quotas, apply_vetoes, grade_by_total
from emulation.scoring.ranking import metrics_for, ranking_key
from emulation.scoring.standings import RankedRow, Standing
from emulation.text import SortKey, sort_key

#: a unit's place in the order: its ranking key, its name's key, the order it was given in, its code
Place = tuple[tuple[Decimal, ...], SortKey, int, str]
#: ranks and final grade of a unit, as its row holds them
Ranks = tuple[int, int | None, int | None, int | None]
#: ranks counted a step when the ranking is built in steps (counting one is a comparison of keys)
RANKS_A_STEP = 2_500


class Reranking:
    """The rows of ``rank_standings`` for a set of standings, updated as standings are replaced."""

    def __init__(self, cs: CriteriaSet, standings: Iterable[Standing]) -> None:
        self._cs = cs
        self._metrics = metrics_for(cs.tie_breakers)
        self._standings: dict[str, Standing] = {}
        self._given: dict[str, int] = {}
        self._names: dict[str, SortKey] = {}
        self._places: dict[str, Place] = {}  # scored units only
        self._order: list[Place] = []
        self._parents: dict[str, list[Place]] = {}
        self._clusters: dict[str, list[Place]] = {}
        self._by_total: dict[str, int | None] = {}
        self._outcomes: dict[str, VetoOutcome] = {}
        self._ranks: dict[str, int] = {}
        self._parent_ranks: dict[str, int] = {}
        self._cluster_ranks: dict[str, int] = {}
        self._shown: dict[str, Ranks] = {}
        self._rows: dict[str, RankedRow] = {}
        for _ in self._build(standings, 0):
            pass

    @classmethod
    def in_steps(
        cls, cs: CriteriaSet, standings: Iterable[Standing], step: int = 60
    ) -> Generator[None, None, Reranking]:
        """The same ranking built ``step`` units at a time: the generator yields between steps
        (so a caller can share its thread) and returns the ranking."""
        ranking = cls(cs, ())
        yield from ranking._build(standings, step)
        return ranking

    def row(self, unit_code: str) -> RankedRow | None:
        return self._rows.get(unit_code)

    def rows(self) -> list[RankedRow]:
        """Every row in ``rank_standings``' order: ranked units in rank order, then units nobody
        scored in name order."""
        ranked = [self._rows[place[3]] for place in self._order]
        unscored = sorted((c for c in self._standings if c not in self._places), key=self._name_order)
        return ranked + [self._rows[c] for c in unscored]

    def replace(self, standings: Iterable[Standing]) -> None:
        """Units' new standings (a unit not given before is added after the others)."""
        changed: dict[str, Standing] = {s.unit.code: s for s in standings}
        if not changed:
            return
        cs = self._cs
        parents: set[str] = set()
        clusters: set[str] = set()
        for code, s in changed.items():
            old = self._places.pop(code, None)
            if old is not None:
                _remove(self._order, old)
                _remove(self._parents[self._parent_of(code)], old)
                if (cluster := self._standings[code].unit.cluster) is not None:
                    _remove(self._clusters[cluster], old)
                    clusters.add(cluster)
                parents.add(self._parent_of(code))
            if code not in self._given:
                self._given[code] = len(self._given)
            self._standings[code] = s
            self._names[code] = sort_key(s.name)
            if s.unscored:
                self._by_total.pop(code, None)
                self._outcomes.pop(code, None)
                continue
            place = (ranking_key(s, self._metrics), self._names[code], self._given[code], code)
            self._places[code] = place
            insort(self._order, place)
            parent = self._parent_of(code)
            insort(self._parents.setdefault(parent, []), place)
            parents.add(parent)
            if s.unit.cluster is not None:
                insort(self._clusters.setdefault(s.unit.cluster, []), place)
                clusters.add(s.unit.cluster)
            self._by_total[code] = by_total = grade_by_total(cs, s.total)
            self._outcomes[code] = apply_vetoes(cs, by_total, s.vetoes)
        _count_ranks(self._order, self._ranks)
        for parent in parents:
            _count_ranks(self._parents.get(parent, []), self._parent_ranks)
        for cluster in clusters:
            _count_ranks(self._clusters.get(cluster, []), self._cluster_ranks)
        self._build_rows(changed)

    def _build(self, standings: Iterable[Standing], step: int) -> Iterator[None]:
        """Place every unit of ``standings`` in a ranking that has none yet; yields after every
        ``step`` units placed and rows built, and every ``RANKS_A_STEP`` ranks counted (0: never)."""
        cs = self._cs
        given: dict[str, Standing] = {s.unit.code: s for s in standings}
        for n, (code, s) in enumerate(given.items(), start=1):
            self._given[code] = len(self._given)
            self._standings[code] = s
            self._names[code] = sort_key(s.name)
            if not s.unscored:
                place = self._places[code] = (ranking_key(s, self._metrics), self._names[code], self._given[code], code)
                insort(self._order, place)
                insort(self._parents.setdefault(self._parent_of(code), []), place)
                if s.unit.cluster is not None:
                    insort(self._clusters.setdefault(s.unit.cluster, []), place)
                self._by_total[code] = by_total = grade_by_total(cs, s.total)
                self._outcomes[code] = apply_vetoes(cs, by_total, s.vetoes)
            if step and n % step == 0:
                yield
        if step:
            yield
        counted = RANKS_A_STEP if step else 0
        yield from _counting_ranks((self._order,), self._ranks, counted)
        yield from _counting_ranks(self._parents.values(), self._parent_ranks, counted)
        yield from _counting_ranks(self._clusters.values(), self._cluster_ranks, counted)
        yield from self._rows_in_steps(given, step)

    def let_go_in_steps(self, step: int = RANKS_A_STEP) -> Iterator[None]:
        """Let go of what this ranking holds, ``step`` entries a step (it is empty afterwards):
        a large period's ranking freed at once (some 0,02 s for 10.000 units) would hold the
        thread that drops it as long."""
        held: list[dict[str, Any]] = [
            self._rows, self._shown, self._places, self._outcomes, self._by_total, self._ranks, self._parent_ranks,
            self._cluster_ranks, self._names, self._given, self._standings, self._parents, self._clusters,
        ]
        while self._order:
            del self._order[-step:]
            yield
        for entries in held:
            while entries:
                for _ in range(min(step, len(entries))):
                    entries.popitem()
                yield

    def _parent_of(self, code: str) -> str:
        return self._standings[code].unit.parent_code or ""

    def _name_order(self, code: str) -> tuple[SortKey, int]:
        return self._names[code], self._given[code]

    def _build_rows(self, changed: dict[str, Standing]) -> None:
        for _ in self._rows_in_steps(changed, 0):
            pass

    def _rows_in_steps(self, changed: dict[str, Standing], step: int) -> Iterator[None]:
        """Build again the rows of changed units and of units whose ranks or grade moved; yields
        after every ``step`` units looked at (0: never)."""
        cs = self._cs
        codes = [place[3] for place in self._order]
        if cs.quotas:
            ranks = [self._ranks[c] for c in codes]
            final = apply_quotas(cs, [self._outcomes[c].grade for c in codes], ranks)
        else:
            final = [self._outcomes[c].grade for c in codes]
        shown, rows = self._shown, self._rows
        ranks_of, parent_ranks, cluster_ranks = self._ranks, self._parent_ranks, self._cluster_ranks
        for n, (code, grade) in enumerate(zip(codes, final, strict=True), start=1):
            if step and n % step == 0:
                yield
            now = (ranks_of[code], parent_ranks[code], cluster_ranks.get(code), grade)
            if shown.get(code) == now and code not in changed:
                continue
            shown[code] = now
            outcome = self._outcomes[code]
            rows[code] = RankedRow(
                standing=self._standings[code],
                rank=now[0],
                parent_rank=now[1],
                cluster_rank=now[2],
                grade=_name(cs, grade),
                grade_by_total=_name(cs, self._by_total[code]),
                capped_by=outcome.capped_by,
                quota_demoted=grade != outcome.grade,
                award_barred=outcome.excluded,
            )
        for n, (code, s) in enumerate(changed.items(), start=1):
            if s.unscored:
                shown.pop(code, None)
                rows[code] = RankedRow(s, None, None, None, None, None, (), False, False)
            if step and n % (step * 20) == 0:  # a look at a unit: far less than building its row
                yield


def _remove(order: list[Place], place: Place) -> None:
    del order[bisect_left(order, place)]


def _count_ranks(order: Sequence[Place], ranks: dict[str, int]) -> None:
    """Competition ranks of units in order: equal ranking keys share the rank of the first of them."""
    for _ in _counting_ranks((order,), ranks, 0):
        pass


def _counting_ranks(orders: Iterable[Sequence[Place]], ranks: dict[str, int], step: int) -> Iterator[None]:
    """:func:`_count_ranks` of each of ``orders`` (the units of one scope each, in order),
    yielding after every ``step`` units counted and once at the end (0: never)."""
    counted = 0
    for order in orders:
        previous: Hashable = None
        rank = 0
        for i, (key, _, _, code) in enumerate(order, start=1):
            if key != previous:
                rank, previous = i, key
            ranks[code] = rank
            counted += 1
            if counted == step:
                counted = 0
                yield
    if step:
        yield


def _name(cs: CriteriaSet, index: int | None) -> str | None:
    return cs.grades[index].name if index is not None else None
