"""Which rows of a sheet still miss a base value (a row shown shaded, counted as "chưa chấm đủ").

Worked out in the loading job, beside the read, so that a sheet of 10.000 units × 50 leaves does
not check its half a million cells on the GUI thread.
"""

from __future__ import annotations

from itertools import chain

from emulation.scoring.criteria import ADJUSTMENTS
from emulation.services.score_sheet import ScoreSheet


def incomplete_rows(sheet: ScoreSheet) -> frozenset[int]:
    """The rows whose unit has neither a value nor a measured value for some base leaf
    (bonus and penalty leaves may stay blank)."""
    base = {lf.code for lf in sheet.criteria.leaves if lf.kind not in ADJUSTMENTS}
    measured = (cell for cell, m in sheet.measured.items() if m.raw is not None)
    covered: dict[str, set[str]] = {}
    for unit, leaf in chain(sheet.values, measured):
        if leaf in base:
            covered.setdefault(unit, set()).add(leaf)
    need = len(base)
    return frozenset(row for row, unit in enumerate(sheet.units) if len(covered.get(unit.code, ())) < need)
