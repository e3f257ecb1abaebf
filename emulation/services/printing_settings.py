"""What documents take from the settings: the issuer, the decision and the achievement
template. Documents that carry a signature refuse to print with blanks in it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from emulation.reports.achievement import DEFAULT_TEMPLATE, TemplateFault, fill_achievement
from emulation.reports.models import Decision, Issuer
from emulation.services.errors import InputError
from emulation.store import Period, Setting, get_setting

#: Stored under these keys when a committee wants them; nothing is printed for them otherwise.
OPTIONAL_KEYS = (
    "signer_acting", "certificate_title", "decision_by", "party", "achievement_template", "certificate_layout",
)
TEMPLATE_KEY = "achievement_template"
_TRUE = {"1", "true", "yes", "có", "x"}


def optional_setting(session: Session, key: str) -> str | None:
    """A setting's stored value (or its default), None when it is neither stored nor known."""
    try:
        value = get_setting(session, key)
    except KeyError:
        return None
    return value.strip() or None


def issuer_of(session: Session, *, signed: bool = True) -> Issuer:
    """The issuer from the settings; ``signed`` documents need the place and the signer's name."""
    required = ("place", "signer_name") if signed else ("place",)
    missing = [key for key in required if not optional_setting(session, key)]
    if missing:
        raise InputError.single(missing[0], "setting_needed_to_print", key=missing[0])
    logo = optional_setting(session, "logo_path")
    return Issuer(
        parent_body=optional_setting(session, "parent_body") or "",
        issuer=optional_setting(session, "issuer") or "",
        place=optional_setting(session, "place") or "",
        signer_title=optional_setting(session, "signer_title") or "",
        signer_name=optional_setting(session, "signer_name") or "",
        signer_acting=optional_setting(session, "signer_acting"),
        logo_path=Path(logo) if logo else None,
        certificate_title=optional_setting(session, "certificate_title"),
        party=(optional_setting(session, "party") or "").casefold() in _TRUE,
    )


def decision_or_none(session: Session, period: Period) -> Decision | None:
    """The period's commendation decision, when one was recorded."""
    if not period.decision_number or period.decision_date is None:
        return None
    return Decision(period.decision_number, period.decision_date, optional_setting(session, "decision_by"))


def decision_of(session: Session, period: Period) -> Decision:
    """The period's decision; documents issued under it cannot be printed without one."""
    decision = decision_or_none(session, period)
    if decision is None:
        raise InputError.single("period", "period_without_decision", period=period.name)
    return decision


def achievement_template(session: Session) -> str:
    """The committee's achievement template, checked; the default when none is set."""
    template = session.get(Setting, TEMPLATE_KEY)
    text = template.value.strip() if template is not None else ""
    if not text:
        return DEFAULT_TEMPLATE
    try:
        fill_achievement(text, {})
    except TemplateFault as exc:
        raise InputError.single(TEMPLATE_KEY, exc.code, **exc.params) from None
    return text
