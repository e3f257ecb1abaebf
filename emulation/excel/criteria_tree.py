"""The rows of a committee's table, once numbered, turned into interchange-document nodes.

Rows with children are groups; their stated points must equal what the criteria under them
add up to ("Tối đa N điểm" states a ceiling instead, which may be lower). Leaves are
``points`` with their stated max. Everything under a heading naming "Điểm thưởng"/"Điểm
cộng" is ``bonus``, under "Điểm trừ" ``penalty`` (a leaf whose points cell begins with
"Cộng"/"Thưởng" or "Trừ" is one too, wherever it sits).

Choices where the table says nothing:

- A bonus or penalty heading is kept as a group of its own, without a ``max``: its children
  are adjustments and add nothing to the base. The points stated on a bonus heading are the
  bonus cap; on a penalty heading they are the ceiling of each penalty under it.
- A penalty counted per time ("Trừ 2 điểm/lần") without a stated ceiling ("…, tối đa 10
  điểm") may take away at most the whole ``max_total``: the table sets no limit, so none that
  could change a result is invented. "Trừ 2 điểm" counts per time too; a bare number under a
  penalty heading is the most that may be taken away, entered as points.
- A bonus or penalty row with a blank points cell takes its heading's points.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from emulation.excel.criteria_points import Points
from emulation.scoring.criteria import Kind
from emulation.scoring.numbers import ZERO
from emulation.scoring.problems import Param, Problem, problem
from emulation.text import format_decimal, match_key

BONUS_WORDS = ("điểm thưởng", "điểm cộng")
PENALTY_WORDS = ("điểm trừ",)


@dataclass
class TableItem:
    """One numbered row with what belongs to it: guidance lines, notes and sub-items."""

    code: str
    title: str
    points: Points | None
    cells: dict[str, str]
    guidance: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    children: list[TableItem] = field(default_factory=list)


def heading_kind(title: str, *, heading: bool) -> Kind | None:
    """BONUS or PENALTY for a heading naming them (a leaf's text must begin with the words)."""
    key = match_key(title)
    for words, kind in ((BONUS_WORDS, Kind.BONUS), (PENALTY_WORDS, Kind.PENALTY)):
        for word in words:
            word_key = match_key(word)
            if (word_key in key) if heading else key.startswith(word_key):
                return kind
    return None


@dataclass
class TreeBuilder:
    """Builds document nodes, collecting faults and where each JSON path came from."""

    problems: list[Problem] = field(default_factory=list)
    where: dict[str, str] = field(default_factory=dict)
    #: Penalty nodes whose ceiling is ``max_total``, filled in when that is known.
    open_penalties: list[dict[str, Any]] = field(default_factory=list)
    #: Per bonus heading: its stated points (None when blank) and its leaves' max.
    bonus_headings: list[tuple[Decimal | None, Decimal]] = field(default_factory=list)
    #: Paths of leaves whose points could not be read: sums over them are not checked.
    unknown: list[str] = field(default_factory=list)

    def nodes(
        self, items: list[TableItem], path: str, context: Kind | None = None,
        inherit: Points | None = None,
    ) -> tuple[list[dict[str, Any]], Decimal]:
        """Document nodes for ``items`` and what they add to the base."""
        docs: list[dict[str, Any]] = []
        base = ZERO
        for i, item in enumerate(items):
            doc, adds = self.node(item, f"{path}[{i}]", context, inherit, top="." not in path)
            docs.append(doc)
            base += adds
        return docs, base

    def node(
        self, item: TableItem, path: str, context: Kind | None, inherit: Points | None,
        *, top: bool = False,
    ) -> tuple[dict[str, Any], Decimal]:
        self._remember(item, path)
        doc: dict[str, Any] = {"code": item.code, "title": item.title}
        own = None if context else heading_kind(item.title, heading=top or bool(item.children))
        if item.children:
            adds = self._group(item, path, doc, context, own, inherit)
        else:
            adds = self._leaf(item, path, doc, context or own, inherit)
            if context is None and doc["kind"] == Kind.BONUS.value:
                self.bonus_headings.append((None, doc["max"]))
        if item.guidance:
            doc["guidance"] = "\n".join(item.guidance)
        if item.notes:
            doc["note"] = "\n".join(item.notes)
        return doc, adds

    def _remember(self, item: TableItem, path: str) -> None:
        cells = item.cells
        for key, cell in (("", "number"), ("code", "number"), ("children", "number"),
                          ("title", "title"), ("max", "points"), ("per_item", "points"),
                          ("step", "points"), ("guidance", "guidance"), ("note", "note")):
            if cell in cells:
                self.where[f"{path}.{key}" if key else path] = cells[cell]

    def _group(
        self, item: TableItem, path: str, doc: dict[str, Any], context: Kind | None,
        own: Kind | None, inherit: Points | None,
    ) -> Decimal:
        kind = context or own
        points = item.points
        if own is not None:
            inherit = points
        children, base = self.nodes(item.children, f"{path}.children", kind, inherit)
        doc["children"] = children
        if own is Kind.BONUS:
            leaves = sum((c.get("max", ZERO) for c in _leaf_docs(children)), ZERO)
            self.bonus_headings.append((points.stated if points else None, leaves))
        if kind is not None or points is None:
            return ZERO if kind is not None else base
        if points.sign is not None or points.per_item is not None:
            self._fault(item, "points", "table_group_points_unreadable")
            return base
        certain = not any(u.startswith(f"{path}.") for u in self.unknown)
        if points.value is not None and points.value != base and certain:
            self._fault(item, "points", "table_group_mismatch", stated=_show(points.value), total=_show(base))
        if points.cap is not None:
            doc["max"] = points.cap
            return min(points.cap, base)
        return base

    def _leaf(
        self, item: TableItem, path: str, doc: dict[str, Any], context: Kind | None,
        inherit: Points | None,
    ) -> Decimal:
        points = item.points
        if points is None:  # unreadable, already reported
            doc["kind"] = (context or Kind.POINTS).value
            doc["max"] = Decimal(1)
            self.unknown.append(path)
            return ZERO
        if points.is_blank and inherit is not None:
            points = inherit
        kind = points.sign or context or Kind.POINTS
        doc["kind"] = kind.value
        if kind is Kind.PENALTY:
            self._penalty(item, doc, points, inherit)
            return ZERO
        if points.per_item is not None and kind is Kind.BONUS:
            item.guidance.insert(0, f"Cộng {_show(points.per_item)} điểm/{points.per}")
        elif points.per_item is not None:
            self._fault(item, "points", "table_per_time_not_penalty")
        most = _first(points.value, points.cap, points.per_item)
        if most is None:
            self._fault(item, "points", "table_criterion_without_points")
            most = Decimal(1)
            self.unknown.append(path)
        doc["max"] = most
        return most if kind is Kind.POINTS else ZERO

    def _penalty(
        self, item: TableItem, doc: dict[str, Any], points: Points, heading: Points | None
    ) -> None:
        per_item = points.per_item
        if per_item is None and points.sign is Kind.PENALTY and points.value is not None:
            per_item = points.value
        if per_item is not None:
            doc["per_item"] = per_item
            if points.per:
                doc["unit"] = points.per
            ceiling = _first(points.cap, heading.stated if heading else None)
            if ceiling is not None:
                doc["max"] = ceiling
            else:
                self.open_penalties.append(doc)
            return
        most = _first(points.value, points.cap)
        if most is None:
            self._fault(item, "points", "table_penalty_without_points")
            most = Decimal(1)
        doc["max"] = most

    def close_penalties(self, max_total: Decimal) -> None:
        for doc in self.open_penalties:
            doc["max"] = max_total

    def bonus_cap(self) -> Decimal | None:
        """The stated points of the bonus headings, when any heading states them."""
        if not any(stated is not None for stated, _ in self.bonus_headings):
            return None
        caps = (leaves if stated is None else stated for stated, leaves in self.bonus_headings)
        return sum(caps, ZERO)

    def _fault(self, item: TableItem, cell: str, code: str, /, **params: Param) -> None:
        self.problems.append(problem(item.cells.get(cell, item.cells["number"]), code, **params))


def _leaf_docs(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for doc in docs:
        out.extend(_leaf_docs(doc["children"]) if "children" in doc else [doc])
    return out


def _first(*numbers: Decimal | None) -> Decimal | None:
    return next((n for n in numbers if n is not None), None)


def _show(number: Decimal) -> str:
    return format_decimal(number)
