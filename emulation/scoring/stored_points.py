"""Standings straight from stored score texts, grouped by unit, leaf and role.

A period's scores are many (a nation's month: tens of millions) but their distinct texts per
leaf are few, so each text is turned into points once per leaf and shared; a unit's values are
aggregated as soon as its group of rows ends, so nothing is held twice.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Generic, TypeVar

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.entries import RawValue, decode_raw, entry_points
from emulation.scoring.evaluation import LeafPoints, values_of_leaves
from emulation.scoring.standings import Standing, standing_of_values
from emulation.scoring.units import UnitInfo

K = TypeVar("K", bound=Hashable)
NONE: tuple[str, ...] = ()
NONE_POINTS: tuple[Decimal, ...] = ()

#: (unit key, leaf code, then the stored texts of the leaf's self, member and official entries;
#: None where that role gave none)
LeafTexts = tuple[K, str, Sequence[str] | None, Sequence[str] | None, Sequence[str] | None]


class StoredPoints:
    """The points of stored raw texts, each worked out once per leaf."""

    def __init__(self, cs: CriteriaSet) -> None:
        self._cs = cs
        self._by_leaf: dict[str, dict[str, Decimal]] = {}

    def points(self, leaf_code: str, texts: tuple[Sequence[str], Sequence[str], Sequence[str]]) -> LeafPoints | None:
        """The points of each role's ``texts`` for the leaf; None when the criteria have no such leaf."""
        known = self._by_leaf.get(leaf_code)
        if known is None:
            if leaf_code not in self._cs.leaf_by_code:
                return None
            known = self._by_leaf[leaf_code] = {}
        own, members, officials = texts
        try:
            return [known[t] for t in own], [known[t] for t in members], [known[t] for t in officials]
        except KeyError:
            criterion = self._cs.leaf_by_code[leaf_code].criterion
            for text in (*own, *members, *officials):
                if text not in known:
                    known[text] = entry_points(criterion, decode_raw(criterion, text))
            return [known[t] for t in own], [known[t] for t in members], [known[t] for t in officials]


class GroupedStandings(Generic[K]):
    """Every unit's standing, worked out from its groups of stored texts (``add``, a part at a
    time: the parts in order, a unit's groups together even across parts, one per leaf), given in
    the order of ``units`` (``standings``).

    Groups of a unit not in ``units`` and of a leaf not in the criteria are skipped; a unit
    without any group stands with every leaf missing, as it would with no entries.
    ``measured`` (unit code → leaf code → value) gives the committee's value of the measured
    leaves: it replaces the members' and the official's entries, the unit's own are kept.
    """

    def __init__(
        self,
        cs: CriteriaSet,
        units: Mapping[K, UnitInfo],
        vetoes: Mapping[str, Iterable[str]] | None = None,
        measured: Mapping[str, Mapping[str, RawValue | None]] | None = None,
    ) -> None:
        self._cs = cs
        self._units = units
        self._vetoes = vetoes or {}
        self._measured = measured or {}
        self._stored = StoredPoints(cs)
        self._done: dict[K, Standing] = {}
        self._current: K | None = None
        self._by_leaf: dict[str, LeafPoints] = {}

    def unit_keys(self) -> list[K]:
        """The keys of the units whose standings it works out."""
        return list(self._units)

    def add(self, groups: Iterable[LeafTexts[K]]) -> None:
        """The next groups, in unit order; a unit's standing is worked out when its groups end."""
        stored, done = self._stored, self._done
        current, by_leaf = self._current, self._by_leaf
        try:
            for key, leaf_code, own, members, officials in groups:
                if key != current:
                    self._close(current, by_leaf)
                    if key in done:
                        raise ValueError("score groups must come unit by unit")
                    current, by_leaf = key, {}
                found = stored.points(leaf_code, (own or NONE, members or NONE, officials or NONE))
                if found is not None:
                    by_leaf[leaf_code] = found
        finally:
            self._current, self._by_leaf = current, by_leaf

    def standings(self) -> list[Standing]:
        """Every unit's standing, in the order of ``units``, once every group has been added."""
        self._close(self._current, self._by_leaf)
        self._current, self._by_leaf = None, {}
        done = self._done
        return [done.get(key) or self._standing(unit, {}) for key, unit in self._units.items()]

    def _close(self, key: K | None, by_leaf: dict[str, LeafPoints]) -> None:
        if key is not None and key in self._units:
            self._done[key] = self._standing(self._units[key], by_leaf)

    def _standing(self, unit: UnitInfo, leaves: dict[str, LeafPoints]) -> Standing:
        cs = self._cs
        own_measures = self._measured.get(unit.code)
        if own_measures:
            leaves = _with_measured(cs, leaves, own_measures)
        return standing_of_values(cs, unit, values_of_leaves(cs, leaves), self._vetoes.get(unit.code, ()))


def _with_measured(
    cs: CriteriaSet, by_leaf: Mapping[str, LeafPoints], values: Mapping[str, RawValue | None]
) -> dict[str, LeafPoints]:
    """A unit's points with each measured leaf's committee value taken from its measure."""
    out = dict(by_leaf)
    for code, raw in values.items():
        leaf = cs.leaf_by_code.get(code)
        if leaf is None:
            continue
        own = by_leaf[code][0] if code in by_leaf else NONE_POINTS
        official = [entry_points(leaf.criterion, raw)] if raw is not None else []
        out[code] = (own, [], official)
    return out
