"""Issuing the commendation decision: number and date recorded, history kept, .docx and PDF written.

The recipients are the candidates the council approved. One transaction: the decision, the
award history and the audit entry are stored together, and the files appear only if all succeeded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.orm import Session

from emulation.reports.decision_docx import write_decision_docx
from emulation.reports.decision_pdf import render_decision
from emulation.reports.models import AwardListRow, Decision
from emulation.scoring.awards import award_amount
from emulation.scoring.problems import problem
from emulation.services.award_terms import award_bases
from emulation.services.council_print import require_tallies
from emulation.services.council_state import Candidate, state_in
from emulation.services.decision_text import decision_text
from emulation.services.errors import InputError
from emulation.services.history_data import period_year
from emulation.services.lookup import criteria_of, period_named, units_by_code
from emulation.services.permissions import Action
from emulation.services.printing_certificates import movement_of
from emulation.services.printing_output import staged_output
from emulation.services.printing_settings import decision_of, issuer_of, optional_setting
from emulation.services.results import awards_in, base_salary, ranking_in
from emulation.services.workspace import Workspace
from emulation.store import AwardHistory, Period, all_settings, get_setting, record
from emulation.text import format_date, nfc

MAX_NUMBER = 64


@dataclass(frozen=True)
class IssuedDecision:
    number: str
    on: date
    recipients: int
    total_vnd: int
    docx: Path
    pdf: Path


def issue_decision(
    ws: Workspace, period_name: str, number: str, *, docx: Path, pdf: Path, on: date | None = None
) -> IssuedDecision:
    """Record the decision (dated today unless ``on``) for the approved candidates and write it out."""
    number = nfc(number).strip()
    if not number:
        raise InputError([problem("number", "decision_number_needed")])
    when = on or date.today()
    with (
        staged_output(docx, ".docx") as docx_temp,
        staged_output(pdf) as pdf_temp,
        ws.transaction(Action.PRINT) as session,
    ):
        period = period_named(session, period_name)
        number = _full_number(session, number)
        state = state_in(session, period)
        require_tallies(state)
        if not state.approved:
            raise InputError([problem("period", "decision_nobody_approved", period=period.name)])
        rows = _rows(session, period, state.approved)
        decision = Decision(number, when, optional_setting(session, "decision_by"))
        issuer = issuer_of(session)
        text = decision_text(
            decision=decision,
            issuer=issuer,
            period=period.name,
            movement=movement_of(criteria_of(period)),
            rows=rows,
            settings=all_settings(session),
            award_bases=award_bases(session),
            held_on=state.held_on,
        )
        write_decision_docx(docx_temp, issuer, text)
        render_decision(pdf_temp, issuer, text)
        old = (
            f"{period.decision_number} ngày {format_date(period.decision_date)}"
            if (period.decision_number and period.decision_date)
            else None
        )
        period.decision_number, period.decision_date = number, when
        _record_history(session, period, {c.unit_code: c.award for c in state.approved}, number, ws.user)
        record(
            session,
            who=ws.user,
            action="decision_issue",
            entity="period",
            period_name=period.name,
            field="decision",
            old=old,
            new=f"{number} ngày {format_date(when)}",
            detail=str(len(rows)),
        )
    return IssuedDecision(number, when, len(rows), sum(r.amount_vnd for r in rows), docx, pdf)


def _full_number(session: Session, number: str) -> str:
    """Digits alone take the ``decision_prefix`` setting: "05" → "05/QĐ-UBND"."""
    if number.isdigit():
        number = f"{number}/{get_setting(session, 'decision_prefix')}"
    if len(number) > MAX_NUMBER:
        raise InputError([problem("number", "decision_number_long", max=MAX_NUMBER)])
    return number


def _rows(session: Session, period: Period, approved: list[Candidate]) -> list[AwardListRow]:
    rules = {a.name: a for a in criteria_of(period).awards}
    salary = base_salary(session)
    rows = []
    for c in approved:
        rule = rules.get(c.award)
        amount = award_amount(rule.amount if rule else None, salary) or 0
        rows.append(
            AwardListRow(
                c.unit_name,
                c.parent_name or None,
                c.total if c.total is not None else Decimal(0),
                c.rank or 0,
                c.award,
                amount,
            )
        )
    return rows


def record_period_awards(ws: Workspace, period_name: str) -> int:
    """Keep in the history the awards of a period decided without the council's vote (the award rules'
    result and the decisions by hand), under the decision recorded for it. The number of awards."""
    with ws.transaction(Action.AWARDS) as session:
        period = period_named(session, period_name)
        decision = decision_of(session, period)
        _, lines = awards_in(session, period)
        awarded = {line.awarded.row.unit.code: line.awarded.award for line in lines}
        _record_history(session, period, awarded, decision.number, ws.user)
        record(
            session,
            who=ws.user,
            action="history_record",
            entity="history",
            period_name=period.name,
            new=str(len(awarded)),
            detail=decision.number,
        )
        return len(awarded)


def _record_history(session: Session, period: Period, approved: dict[str, str], number: str, user: str) -> None:
    """These awards (and, for a year, every unit's grade) become part of the history."""
    session.execute(
        delete(AwardHistory).where(AwardHistory.source == "decision", AwardHistory.period_name == period.name)
    )
    ranking = ranking_in(session, period)
    grades = {row.unit.code: row.grade for row in ranking.rows}
    codes = list(approved) + [code for code in grades if code not in approved and period.kind == "year"]
    units = units_by_code(session)
    for code in codes:
        unit = units[code]
        session.add(
            AwardHistory(
                year=period_year(period),
                unit_code=code,
                unit_name=unit.name,
                parent_name=unit.parent.name if unit.parent else "",
                award_name=approved.get(code),
                grade=grades.get(code),
                source="decision",
                period_name=period.name,
                decision_number=number,
                recorded_by=user,
            )
        )
