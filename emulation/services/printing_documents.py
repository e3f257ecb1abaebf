"""The period's other documents: the award list, the report and the blank score forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from emulation.reports.award_list import render_award_list
from emulation.reports.models import AwardListRow, FormUnit, ReportLeaf, ReportRow
from emulation.reports.period_report import render_period_report
from emulation.reports.score_forms import render_score_forms
from emulation.scoring.standings import RankedRow
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, period_named, unit_nodes
from emulation.services.permissions import Action
from emulation.services.printing_certificates import movement_of
from emulation.services.printing_output import staged_output
from emulation.services.printing_settings import decision_of, decision_or_none, issuer_of
from emulation.services.results import awards_in, ranking_in
from emulation.services.scores import period_units
from emulation.services.units import tree_rows
from emulation.services.workspace import Workspace

AWARD_LIST_TITLE = "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG"
REPORT_TITLE = "BÁO CÁO KẾT QUẢ CHẤM ĐIỂM THI ĐUA"


@dataclass(frozen=True)
class Printed:
    """A printed document: where, how many pages, and how many units (rows or forms) it holds."""

    path: Path
    pages: int
    units: int


def print_award_list(ws: Workspace, period_name: str, out: Path) -> Printed:
    """The list of awardees attached to the period's decision, with amounts and their total."""
    with staged_output(out) as temp, ws.transaction(Action.PRINT) as session:
        period = period_named(session, period_name)
        decision = decision_of(session, period)
        issuer = issuer_of(session)
        ranking, lines = awards_in(session, period)
        if not lines:
            raise InputError.single("period", "award_list_empty", period=period.name)
        rows = [
            AwardListRow(name=a.row.unit.name, parent=ranking.parent_names.get(a.row.unit.parent_code or ""),
                         total=a.row.total, rank=a.row.rank, award=a.award, amount_vnd=a.amount_vnd or 0)
            for a in (line.awarded for line in lines)
        ]
        subtitle = f"Phong trào “{movement_of(ranking.criteria)}” — {period.name}"
        pages = render_award_list(temp, rows, issuer, decision, AWARD_LIST_TITLE, subtitle)
    return Printed(out, pages, len(rows))


def _report_row(row: RankedRow, leaves: list[ReportLeaf], parents: dict[str, str]) -> ReportRow:
    standing = row.standing
    missing = set(standing.missing)
    scores = {leaf.code: None if leaf.code in missing else standing.scores.get(leaf.code) for leaf in leaves}
    return ReportRow(
        code=row.unit.code, name=row.unit.name, parent=parents.get(row.unit.parent_code or ""), scores=scores,
        total=row.total, rank=row.rank, grade=row.grade, vetoes=tuple(standing.vetoes),
        incomplete=standing.incomplete,
    )


def print_report(ws: Workspace, period_name: str, out: Path, *, on: date | None = None) -> Printed:
    """Every unit's leaf scores, total, rank and grade; the grade distribution; per-parent summary."""
    with staged_output(out) as temp, ws.transaction(Action.PRINT) as session:
        period = period_named(session, period_name)
        issuer = issuer_of(session)
        ranking = ranking_in(session, period)
        if not ranking.rows:
            raise InputError.single("period", "report_empty", period=period.name)
        cs = ranking.criteria
        leaves = [ReportLeaf(leaf.code, leaf.title, leaf.criterion.max_points) for leaf in cs.leaves]
        rows = [_report_row(row, leaves, ranking.parent_names) for row in ranking.rows]
        pages = render_period_report(
            temp, title=REPORT_TITLE, period_name=period.name, leaves=leaves, rows=rows,
            grade_names=[g.name for g in cs.grades], issuer=issuer,
            decision_or_none=decision_or_none(session, period), generated_on=on or date.today(),
        )
    return Printed(out, pages, len(rows))


def print_score_forms(ws: Workspace, period_name: str, out: Path) -> Printed:
    """One blank score form per unit of the period, in the order of the unit tree."""
    with staged_output(out) as temp, ws.transaction(Action.PRINT) as session:
        period = period_named(session, period_name)
        if period.is_summary:
            raise InputError.single("period", "summary_period_not_scored", period=period.name)
        issuer = issuer_of(session, signed=False)
        in_period = {u.code for u in period_units(session, period)}
        nodes = unit_nodes(session)
        names = {n.code: n.name for n in nodes}
        units = [FormUnit(r.code, r.name, names.get(r.parent_code or ""))
                 for r in tree_rows(nodes) if r.code in in_period]
        if not units:
            raise InputError.single("period", "score_forms_empty", period=period.name)
        pages = render_score_forms(temp, period_name=period.name, criteria=criteria_of(period), units=units,
                                   issuer=issuer)
    return Printed(out, pages, len(units))
