"""Finding the unit a form is about: by code or by name, never fooled by how it was typed.

Codes are compared exactly and then ignoring case and spaces; names through
:func:`emulation.text.match_key` (case, spaces, NFC/NFD, "Hoà"/"Hòa"). A name shared by
several units matches none of them: the code must be written. :class:`KnownUnit` is the
one the score-grid reader takes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from emulation.excel.score_grid import KnownUnit
from emulation.excel.sheet_table import SheetTable
from emulation.text import match_key

#: Labels of the line naming the unit above a form's header ("Đơn vị: Thôn Nà Hu").
UNIT_LABELS = ("đơn vị", "tên đơn vị", "đơn vị được chấm", "đơn vị tự chấm", "thôn", "bản",
               "tổ dân phố", "chi bộ", "cơ quan", "trường")
_BRACKETED = re.compile(r"\(([^)]*)\)")

__all__ = ["UNIT_LABELS", "KnownUnit", "UnitLookup"]


class UnitLookup:
    def __init__(self, units: Sequence[KnownUnit]) -> None:
        self._by_code = {match_key(u.code).replace(" ", ""): u for u in units}
        self._by_name: dict[str, list[KnownUnit]] = {}
        for unit in units:
            self._by_name.setdefault(match_key(unit.name), []).append(unit)

    def find(self, text: str) -> KnownUnit | None:
        """The unit ``text`` names: the whole text, its bracketed part, or the rest."""
        inside = _BRACKETED.findall(text)
        outside = _BRACKETED.sub(" ", text)
        for candidate in (text, *inside, outside):
            key = match_key(candidate)
            if not key:
                continue
            unit = self._by_code.get(key.replace(" ", ""))
            named = self._by_name.get(key, [])
            if unit is None and len(named) == 1:
                unit = named[0]
            if unit is not None:
                return unit
        return None

    @staticmethod
    def named_line(table: SheetTable, header_row: int) -> tuple[str, str] | None:
        """The text after "Đơn vị:" above the header and its cell, when there is such a line."""
        labels = {match_key(label) for label in UNIT_LABELS}
        for row in range(header_row):
            for col in range(len(table.rows[row])):
                label, colon, rest = table.text(row, col).partition(":")
                if not colon or match_key(label) not in labels:
                    continue
                if not rest.strip():
                    rest = next((t for c in range(col + 1, len(table.rows[row]))
                                 if (t := table.text(row, c))), "")
                return rest.strip(), table.where(row, col)
        return None
