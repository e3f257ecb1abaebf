"""What the overview and the month's steps show of a period's result, as a small value kept as text.

Pure: made from a ranking and its award lines, written and read back exactly (points as decimal
strings). No database, no files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.standings import RankedRow

FORMAT = "emulation-period-summary/1"
#: how many of the first units a summary keeps
TOP = 5


@dataclass(frozen=True)
class TopRow:
    """One of the first units: its rank (None: nobody scored it), points and grade."""

    code: str
    name: str
    rank: int | None
    total: Decimal
    grade: str | None


@dataclass(frozen=True)
class PeriodSummary:
    period: str
    top: tuple[TopRow, ...]
    #: each grade of the criteria set, best first, with how many units got it
    grades: tuple[tuple[str, int], ...]
    ungraded: int  #: units without a grade
    incomplete: int  #: units not fully scored
    scored: int  #: units with a committee value
    complete: int  #: units scored and not incomplete
    everyone: int  #: units of the period
    award_lines: int  #: awards proposed or decided


def top_row(row: RankedRow) -> TopRow:
    return TopRow(row.unit.code, row.unit.name, row.rank, row.total, row.grade)


def summarise(period: str, criteria: CriteriaSet, rows: list[RankedRow], award_lines: int) -> PeriodSummary:
    """The summary of a ranking (``rows`` in rank order) with ``award_lines`` awards."""
    by_grade: dict[str | None, int] = {}
    scored = complete = incomplete = 0
    for row in rows:
        by_grade[row.grade] = by_grade.get(row.grade, 0) + 1
        standing = row.standing
        incomplete += standing.incomplete
        if not standing.unscored:
            scored += 1
            complete += not standing.incomplete
    grades = tuple((g.name, by_grade.get(g.name, 0)) for g in criteria.grades)
    return PeriodSummary(
        period, tuple(top_row(r) for r in rows[:TOP]), grades, by_grade.get(None, 0), incomplete,
        scored, complete, len(rows), award_lines,
    )


def dumps_summary(summary: PeriodSummary) -> str:
    return json.dumps(
        {
            "format": FORMAT,
            "period": summary.period,
            "top": [[r.code, r.name, r.rank, str(r.total), r.grade] for r in summary.top],
            "grades": [list(g) for g in summary.grades],
            "counts": [summary.ungraded, summary.incomplete, summary.scored, summary.complete, summary.everyone,
                       summary.award_lines],
        },
        ensure_ascii=False,
    )


def loads_summary(text: str) -> PeriodSummary | None:
    """The summary written by :func:`dumps_summary`; None for one of another format."""
    d: dict[str, Any] = json.loads(text)
    if d.get("format") != FORMAT:
        return None
    top = tuple(TopRow(code, name, rank, Decimal(total), grade) for code, name, rank, total, grade in d["top"])
    grades = tuple((str(name), int(count)) for name, count in d["grades"])
    ungraded, incomplete, scored, complete, everyone, award_lines = (int(n) for n in d["counts"])
    return PeriodSummary(d["period"], top, grades, ungraded, incomplete, scored, complete, everyone, award_lines)
