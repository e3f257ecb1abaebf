"""One scorer's stored texts of a sheet, each turned into its value when it is first asked for.

A province's sheet holds hundreds of thousands of values and the grid shows a screenful at a
time: the texts are kept as the database returns them, and each distinct text of a leaf is
decoded once, on first use.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from emulation.scoring.criteria import Criterion
from emulation.scoring.entries import RawValue, decode_raw

Cell = tuple[str, str]  # (unit code, leaf code)


class StoredValues(Mapping[Cell, RawValue]):
    """``texts`` by (unit code, leaf code) read as the values of ``leaves`` (criteria by leaf code)."""

    __slots__ = ("_decoded", "_leaves", "_texts")

    def __init__(self, texts: Mapping[Cell, str], leaves: Mapping[str, Criterion]) -> None:
        self._texts = texts
        self._leaves = leaves
        self._decoded: dict[Cell, RawValue] = {}  # (leaf code, text) → value

    def __getitem__(self, cell: Cell) -> RawValue:
        text = self._texts[cell]
        key = (cell[1], text)
        raw = self._decoded.get(key)
        if raw is None:
            raw = self._decoded[key] = decode_raw(self._leaves[cell[1]], text)
        return raw

    def __contains__(self, cell: object) -> bool:
        return cell in self._texts

    def __iter__(self) -> Iterator[Cell]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __repr__(self) -> str:
        return f"StoredValues({dict(self.items())!r})"
