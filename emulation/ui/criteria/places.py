"""Where a fault of a criteria document lies, read from its JSON path (no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from emulation.ui.criteria.draft import Path

_TOKEN = re.compile(r"([A-Za-z_$]+)|\[(\d+)\]")
TABLES = ("grades", "vetoes", "quotas", "awards")


@dataclass(frozen=True, slots=True)
class Place:
    """``section`` is "set", "node" or a table name; ``field`` the key the fault is about."""

    section: str
    field: str = ""
    node: Path = ()
    row: int | None = None
    detail: str = ""  #: inside a node's levels or bands: the key of the row's fault


def place_of(where: str) -> Place:
    tokens = [name or int(index) for name, index in _TOKEN.findall(where)]
    if not tokens or tokens[0] == "$":
        return Place("set")
    head = tokens[0]
    if head == "criteria":
        return _node_place(tokens[1:])
    if head in TABLES and len(tokens) > 1 and isinstance(tokens[1], int):
        rest = [str(t) for t in tokens[2:] if isinstance(t, str)]
        return Place(str(head), ".".join(rest), row=tokens[1])
    return Place("set", str(head))


def _node_place(tokens: list[str | int]) -> Place:
    path: list[int] = []
    field = "criteria"
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if isinstance(token, int):
            path.append(token)
            field = ""
        elif token == "children" and i + 1 < len(tokens) and isinstance(tokens[i + 1], int):
            pass
        else:
            field = token
            break
        i += 1
    if not path:
        return Place("set", "criteria")
    rest = tokens[i + 1 :]
    if rest and isinstance(rest[0], int):
        detail = str(rest[1]) if len(rest) > 1 else ""
        return Place("node", field, node=tuple(path), row=rest[0], detail=detail)
    return Place("node", field, node=tuple(path))
