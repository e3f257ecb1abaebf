"""A criteria set being edited: the interchange document with numbers kept as typed (no Qt).

The editor changes a plain JSON-like document (``emulation-criteria/1``), so that checking it
is exactly what importing it would be: :meth:`Draft.document` turns typed numbers ("8,5")
into numbers and leaves what is not a number for ``parse_criteria`` to name by its path.
Nodes of the tree are addressed by paths of indices: ``(0, 2)`` is the third child of the first
top-level criterion.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from emulation.scoring.criteria import FORMAT, CriteriaSet, Kind
from emulation.scoring.criteria_doc import parse_criteria, to_document
from emulation.scoring.problems import Problem
from emulation.text import parse_decimal

Doc = dict[str, Any]
Node = dict[str, Any]
Path = tuple[int, ...]

NUMBER_KEYS = frozenset(
    {"max", "step", "target", "per_item", "min", "points", "max_total", "bonus_cap", "max_share", "amount", "min_total"}
)
KIND_KEYS = {
    Kind.GROUP: ("max",),
    Kind.POINTS: ("max", "step"),
    Kind.BONUS: ("max", "step"),
    Kind.CHECK: ("max",),
    Kind.RATIO: ("max", "target", "unit"),
    Kind.PENALTY: ("max", "per_item", "unit", "step"),
    Kind.BANDS: ("bands", "unit"),
    Kind.LEVELS: ("levels",),
}
SPECIFIC = ("max", "step", "target", "per_item", "bands", "levels", "unit")


class Draft:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @classmethod
    def of(cls, cs: CriteriaSet) -> Draft:
        return cls(_as_typed(to_document(cs)))

    @classmethod
    def blank(cls, name: str) -> Draft:
        return cls({"format": FORMAT, "name": name, "max_total": "100", "criteria": [], "grades": []})

    def copy(self) -> Draft:
        return Draft(copy.deepcopy(self.doc))

    # --- reading ---------------------------------------------------------------------------

    def document(self) -> Doc:
        """The document as ``parse_criteria`` reads it: blanks dropped, typed numbers as numbers."""
        result = _as_numbers(self.doc)
        assert isinstance(result, dict)
        return result

    def check(self) -> tuple[CriteriaSet | None, list[Problem]]:
        return parse_criteria(self.document())

    def roots(self) -> list[Node]:
        nodes: list[Node] = self.doc.setdefault("criteria", [])
        return nodes

    def children(self, path: Path) -> list[Node]:
        if not path:
            return self.roots()
        node = self.node(path)
        kids: list[Node] = node.setdefault("children", [])
        return kids

    def node(self, path: Path) -> Node:
        nodes = self.roots()
        node: Node = {}
        for i in path:
            node = nodes[i]
            nodes = node.get("children", [])
        return node

    def full_code(self, path: Path) -> str:
        codes, nodes = [], self.roots()
        for i in path:
            codes.append(str(nodes[i].get("code", "")))
            nodes = nodes[i].get("children", [])
        return ".".join(codes)

    def walk(self, nodes: list[Node] | None = None, prefix: Path = ()) -> Iterator[Path]:
        for i, node in enumerate(self.roots() if nodes is None else nodes):
            yield (*prefix, i)
            yield from self.walk(node.get("children", []), (*prefix, i))

    # --- changing the tree -----------------------------------------------------------------

    def add(self, parent: Path | None, after: Path | None, node: Node) -> Path:
        """Insert ``node`` under ``parent`` (None: top level), after the sibling ``after`` if given."""
        siblings = self.children(parent or ())
        position = after[-1] + 1 if after else len(siblings)
        siblings.insert(position, node)
        return (*(parent or ()), position)

    def remove(self, path: Path) -> None:
        del self._siblings(path)[path[-1]]

    def move(self, path: Path, step: int) -> Path:
        siblings = self._siblings(path)
        target = path[-1] + step
        if not 0 <= target < len(siblings):
            return path
        siblings[path[-1]], siblings[target] = siblings[target], siblings[path[-1]]
        return (*path[:-1], target)

    def indent(self, path: Path) -> Path:
        """Make the node the last child of its previous sibling (which becomes a group)."""
        if path[-1] == 0:
            return path
        siblings = self._siblings(path)
        node = siblings.pop(path[-1])
        parent = siblings[path[-1] - 1]
        make_group(parent)
        parent["children"].append(node)
        return (*path[:-1], path[-1] - 1, len(parent["children"]) - 1)

    def outdent(self, path: Path) -> Path:
        """Make the node the next sibling of its parent."""
        if len(path) < 2:
            return path
        node = self._siblings(path).pop(path[-1])
        parent_path = path[:-1]
        self._siblings(parent_path).insert(parent_path[-1] + 1, node)
        return (*parent_path[:-1], parent_path[-1] + 1)

    def set_field(self, path: Path, key: str, value: Any) -> None:
        node = self.node(path)
        if key == "kind":
            set_kind(node, Kind(value))
        elif value in (None, "", []):
            node.pop(key, None)
        else:
            node[key] = value

    def _siblings(self, path: Path) -> list[Node]:
        return self.children(path[:-1])


def kind_of(node: Node) -> Kind:
    if "kind" not in node and "children" in node:
        return Kind.GROUP
    try:
        return Kind(node.get("kind", Kind.POINTS))
    except ValueError:
        return Kind.POINTS


def make_group(node: Node) -> None:
    if kind_of(node) is not Kind.GROUP:
        set_kind(node, Kind.GROUP)


def set_kind(node: Node, kind: Kind) -> None:
    """Change a node's kind, keeping the fields the new kind also has."""
    for key in SPECIFIC:
        if key not in KIND_KEYS[kind]:
            node.pop(key, None)
    if kind is Kind.GROUP:
        node.pop("kind", None)
        node.setdefault("children", [])
        return
    node.pop("children", None)
    node["kind"] = kind.value
    if kind is Kind.LEVELS:
        node.setdefault("levels", [{"label": "Đạt", "points": "1"}])
    if kind is Kind.BANDS:
        node.setdefault("bands", [{"min": "0", "points": "0"}])


def children_sum(node: Node) -> Decimal | None:
    """The most a group's base criteria can add up to (None when a child's points cannot be read)."""
    total = Decimal(0)
    for child in node.get("children", []):
        kind = kind_of(child)
        if kind in (Kind.BONUS, Kind.PENALTY):
            continue
        points = node_max(child)
        if points is None:
            return None
        total += points
    return total


def node_max(node: Node) -> Decimal | None:
    kind = kind_of(node)
    if kind is Kind.GROUP:
        stated = number(node.get("max"))
        return stated if stated is not None else children_sum(node)
    if kind is Kind.LEVELS:
        values = [number(lv.get("points")) for lv in node.get("levels", [])]
        return max((v for v in values if v is not None), default=Decimal(0))
    if kind is Kind.BANDS:
        values = [number(b.get("points")) for b in node.get("bands", [])]
        return max((v for v in values if v is not None), default=Decimal(0))
    return number(node.get("max"))


def number(value: Any) -> Decimal | None:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    if isinstance(value, str):
        return parse_decimal(value)
    return None


def _as_numbers(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        result = {}
        for k, v in value.items():
            if isinstance(v, str) and not v.strip() and k != "title":
                continue
            result[k] = _as_numbers(v, k)
        return result
    if isinstance(value, list):
        return [_as_numbers(v, key) for v in value]
    if key in NUMBER_KEYS and isinstance(value, str):
        parsed = parse_decimal(value)
        return parsed if parsed is not None else value
    if key == "top" and isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return value


def _as_typed(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _as_typed(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_typed(v, key) for v in value]
    if key in NUMBER_KEYS and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return typed(Decimal(str(value)))
    return value


def typed(value: Decimal) -> str:
    """A number as a person types it here: decimal comma, no thousands separator ("1000", "8,5")."""
    text = format(value.normalize() if value != value.to_integral_value() else value.quantize(Decimal(1)), "f")
    return text.replace(".", ",")
