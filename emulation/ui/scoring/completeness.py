"""Which rows of a sheet still miss a base value (a row shown shaded, counted as "chưa chấm đủ").

Worked out in the loading job, beside the read, so that a sheet of 10.000 units × 50 leaves does
not check its half a million cells on the GUI thread.
"""

from __future__ import annotations

from collections import Counter

from emulation.scoring.criteria import ADJUSTMENTS
from emulation.services.score_sheet import ScoreSheet


def incomplete_rows(sheet: ScoreSheet) -> frozenset[int]:
    """The rows whose unit has neither a value nor a measured value for some base leaf
    (bonus and penalty leaves may stay blank); of the rows whose values are read, when the
    sheet holds those of its first rows only."""
    base = {lf.code for lf in sheet.criteria.leaves if lf.kind not in ADJUSTMENTS}
    # a cell is a value or a measured value, never both: counting cells counts distinct leaves
    covered = Counter(unit for unit, leaf in sheet.values if leaf in base)
    covered.update(unit for (unit, leaf), m in sheet.measured.items() if m.raw is not None and leaf in base)
    need = len(base)
    return frozenset(row for row, unit in enumerate(sheet.units[:sheet.values_rows]) if covered[unit.code] < need)
