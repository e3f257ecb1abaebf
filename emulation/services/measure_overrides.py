"""A scorer's value over a measured one: it wins, it needs a reason, and the log keeps both."""

from __future__ import annotations

from sqlalchemy import select

from emulation.scoring.entries import encode_raw, read_entry
from emulation.scoring.problems import placed, problem
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of, unit_named, writable_period
from emulation.services.measures import measured_leaf_codes
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import PeriodUnit, record, utc_now
from emulation.store.models import MeasureOverride
from emulation.text import nfc


def set_override(ws: Workspace, period_name: str, unit_code: str, leaf_code: str, value: str | None,
                 reason: str) -> None:
    """Put ``value`` over the measured value (None takes the override away); always with a reason."""
    reason = nfc(reason or "").strip()
    with ws.transaction(Action.RECORDS) as session:
        period = writable_period(session, period_name)
        cs = criteria_of(period)
        unit = unit_named(session, unit_code)
        if leaf_code not in measured_leaf_codes(cs):
            raise InputError([problem("leaf", "override_not_measured", leaf=leaf_code)])
        if session.get(PeriodUnit, (period.id, unit.id)) is None:
            raise InputError([problem("unit", "override_unit_not_in_period", unit=unit.code, period=period.name)])
        if not reason:
            raise InputError([problem("reason", "override_reason_required")])
        leaf = cs.leaf_by_code[leaf_code]
        raw = None
        if value is not None:
            raw, why = read_entry(leaf.criterion, value)
            if raw is None:
                fault = placed(why, "value") if why else problem("value", "override_bad_value", value=value, reason="")
                raise InputError([fault])
        key = (period.id, unit.id, leaf_code)
        row = session.scalar(select(MeasureOverride).where(
            MeasureOverride.period_id == key[0], MeasureOverride.unit_id == key[1],
            MeasureOverride.leaf_code == key[2]))
        old = row.raw_value if row else None
        if raw is None and row is not None:
            session.delete(row)
        elif raw is not None and row is None:
            session.add(MeasureOverride(period_id=key[0], unit_id=key[1], leaf_code=leaf_code,
                                        raw_value=encode_raw(raw), reason=reason, by=ws.user))
        elif raw is not None and row is not None:
            row.raw_value, row.reason, row.by, row.at = encode_raw(raw), reason, ws.user, utc_now()
        record(session, who=ws.user, action="measure_overridden" if raw is not None else "measure_override_cleared",
               entity="measure", period_name=period.name, unit_code=unit.code, field=leaf_code, old=old,
               new=encode_raw(raw) if raw is not None else None, detail=reason)
