"""Who gets a certificate in a period, and what each certificate says."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.reports.achievement import fill_achievement
from emulation.reports.models import CertificateData, Decision
from emulation.scoring.criteria import CriteriaSet
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of
from emulation.services.printing_register import Awardee, Entry, UnitKey
from emulation.services.printing_settings import achievement_template
from emulation.services.results import AwardLine, awards_in
from emulation.store import Period, Unit
from emulation.text import format_decimal, match_key


def movement_of(cs: CriteriaSet) -> str:
    """The movement a criteria set scores, else the set's own name."""
    return cs.movement or cs.name


def awardees_of(session: Session, period: Period, award: str | None = None) -> tuple[list[Awardee], list[AwardLine]]:
    """The period's awardees in rank order (``award``: only those of that award)."""
    ranking, lines = awards_in(session, period)
    if award:
        names = {a.name for a in ranking.criteria.awards} | {line.awarded.award for line in lines}
        if not any(match_key(award) == match_key(n) for n in names):
            known = ", ".join(sorted(names)) or "—"
            raise InputError.single("--award", "award_not_in_period", award=award, period=period.name, known=known)
        lines = [line for line in lines if match_key(line.awarded.award) == match_key(award)]
    if not lines:
        if award:
            raise InputError.single("period", "nobody_receives_award", award=award, period=period.name)
        raise InputError.single("period", "nobody_receives_any_award", period=period.name)
    ids: dict[str, int] = {code: uid for code, uid in session.execute(select(Unit.code, Unit.id))}
    awardees = [
        Awardee(UnitKey(ids[row.unit.code], row.unit.code), line.awarded.award, row.unit.name,
                ranking.parent_names.get(row.unit.parent_code or "") or None)
        for line in lines
        for row in (line.awarded.row,)
    ]
    return awardees, lines


def certificate_data(
    session: Session, period: Period, lines: Sequence[AwardLine], entries: Sequence[Entry],
    payloads: Sequence[str], decision: Decision,
) -> list[CertificateData]:
    """The certificates' contents, in the order of ``lines``: names as issued (frozen by the lock),
    the recipient and decision as the register holds them."""
    template = achievement_template(session)
    movement = movement_of(criteria_of(period))
    certs = []
    for line, entry, payload in zip(lines, entries, payloads, strict=True):
        awardee, row, held = entry.awardee, line.awarded.row, entry.certificate
        parent = awardee.parent
        held_decision = Decision(held.decision_number or decision.number, held.decision_date or decision.date,
                                 decision.by)
        fields = {
            "unit": held.recipient_name, "parent": parent or "", "movement": movement, "period": period.name,
            "grade": row.grade or "", "total": format_decimal(row.total), "award": line.awarded.award,
        }
        certs.append(CertificateData(
            serial=held.serial, recipient=held.recipient_name, parent_name=parent,
            award_name=line.awarded.award, achievement=fill_achievement(template, fields),
            total=row.total, grade=row.grade, qr_payload=payload, decision=held_decision,
            issued_on=held_decision.date,
        ))
    return certs
