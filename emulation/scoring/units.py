"""Units as the scoring core sees them: code, name, place in the tree, cluster."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """A scored unit. ``cluster`` is the effective one (own, else the nearest ancestor's)."""

    code: str
    name: str
    parent_code: str | None = None
    cluster: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class UnitNode:
    """A unit as stored in the tree, with its own cluster only."""

    code: str
    name: str
    parent_code: str | None
    cluster: str | None
    kind: str | None = None


def effective_clusters(nodes: Iterable[UnitNode]) -> dict[str, str | None]:
    """Each unit's cluster: its own, else its nearest ancestor's (None when none has one)."""
    by_code: Mapping[str, UnitNode] = {n.code: n for n in nodes}
    result: dict[str, str | None] = {}
    for code in by_code:
        seen: set[str] = set()
        current: UnitNode | None = by_code[code]
        cluster = None
        while current is not None and current.code not in seen:
            seen.add(current.code)
            if current.cluster:
                cluster = current.cluster
                break
            current = by_code.get(current.parent_code) if current.parent_code else None
        result[code] = cluster
    return result
