"""Per award: the share of the council's vote it needs and the legal bases its decision cites."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.council import Threshold, VoteBase, threshold_problems
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import AwardTerms, record
from emulation.text import nfc


def thresholds(session: Session) -> dict[str, Threshold]:
    """Every award's threshold that was set; an award not listed needs half of the members."""
    return {t.award_name: Threshold(Decimal(t.vote_share), VoteBase(t.vote_base))
            for t in session.scalars(select(AwardTerms))}


def award_bases(session: Session) -> dict[str, list[str]]:
    return {t.award_name: bases_lines(t.legal_bases) for t in session.scalars(select(AwardTerms)) if t.legal_bases}


def bases_lines(text: str) -> list[str]:
    return [line.strip() for line in nfc(text).splitlines() if line.strip()]


def parse_share(text: str) -> Decimal:
    """"70 %", "70", "0,7" or "0.7" → 0.7, exact; with a "%" sign always a percentage ("1 %" → 0.01)."""
    percent = "%" in text
    typed = nfc(text).replace("%", "").replace(",", ".").strip()
    try:
        value = Decimal(typed)
    except InvalidOperation:
        raise InputError([problem("share", "council_share_not_number", value=text)]) from None
    share = value / 100 if percent or value > 1 else value
    problems = threshold_problems("share", share)
    if problems:
        raise InputError(problems)
    return share.normalize()


def set_threshold(ws: Workspace, award: str, share: str, base: str = "members") -> Threshold:
    """The share of the vote ``award`` needs; an open period whose vote no longer approves a unit revokes
    the unit's certificate."""
    award = nfc(award).strip()
    if not award:
        raise InputError([problem("award", "council_award_needed")])
    if base not in {b.value for b in VoteBase}:
        raise InputError([problem("base", "council_base_choice", value=base)])
    value = parse_share(share)
    with ws.transaction(Action.AWARDS) as session:
        terms = _terms(session, award)
        old = f"{terms.vote_share} {terms.vote_base}"
        terms.vote_share, terms.vote_base = str(value), base
        record(session, who=ws.user, action="council_threshold", entity="award", field=award, old=old,
               new=f"{value} {base}")
        # imported here: council_awards reads the thresholds from this module
        from emulation.services.council_awards import settle_voted_periods

        session.flush()
        settle_voted_periods(session, ws.user)
    return Threshold(value, VoteBase(base))


def set_bases(ws: Workspace, award: str, text: str) -> list[str]:
    """The "Căn cứ …" lines a decision cites for this award, one a line."""
    award = nfc(award).strip()
    if not award:
        raise InputError([problem("award", "council_award_needed")])
    lines = bases_lines(text)
    with ws.transaction(Action.AWARDS) as session:
        terms = _terms(session, award)
        old, terms.legal_bases = terms.legal_bases, "\n".join(lines)
        record(session, who=ws.user, action="award_bases", entity="award", field=award, old=old or None,
               new=terms.legal_bases or None)
    return lines


def _terms(session: Session, award: str) -> AwardTerms:
    terms = session.get(AwardTerms, award)
    if terms is None:
        terms = AwardTerms(award_name=award, vote_share="0.5", vote_base="members", legal_bases="")
        session.add(terms)
    return terms


def terms_of(ws: Workspace, award: str) -> tuple[Threshold, list[str]]:
    """An award's threshold (half of the members when none was set) and its "Căn cứ" lines."""
    with ws.transaction() as session:
        terms = session.get(AwardTerms, nfc(award).strip())
        if terms is None:
            return Threshold(), []
        return Threshold(Decimal(terms.vote_share), VoteBase(terms.vote_base)), bases_lines(terms.legal_bases)
