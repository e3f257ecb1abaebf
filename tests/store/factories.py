"""Small builders of model rows for the store tests."""

from __future__ import annotations

from sqlalchemy.orm import Session

from emulation.store import CriteriaSetRow, Period, Unit

DOCUMENT = '{"format":"emulation-criteria/1","name":"Thôn sạch"}'


def add_unit(session: Session, code: str = "T01", name: str = "Thôn Đông") -> Unit:
    unit = Unit(code=code, name=name, kind="thôn")
    session.add(unit)
    session.flush()
    return unit


def add_period(session: Session, name: str = "Tháng 10/2026") -> Period:
    criteria = CriteriaSetRow(
        name="Thôn sạch", revision=1, document=DOCUMENT, fingerprint="0123456789abcdef"
    )
    session.add(criteria)
    session.flush()
    period = Period(
        name=name,
        kind="month",
        criteria_set_id=criteria.id,
        criteria_document=criteria.document,
        criteria_fingerprint=criteria.fingerprint,
    )
    session.add(period)
    session.flush()
    return period
