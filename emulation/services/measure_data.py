"""What measures read, loaded once per period: records, the models register, indicators."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.scoring.activity_types import numeric_value
from emulation.services.activity_types import all_type_rows
from emulation.services.indicator_status import IndicatorLine, indicator_lines
from emulation.services.models_register import ModelLine, model_lines
from emulation.store import Unit
from emulation.store.models import ActivityRecord
from emulation.text import match_key


@dataclass(frozen=True, slots=True)
class StoredRecord:
    id: int
    type_code: str
    unit_code: str
    on: date
    values: dict[str, str]

    def matches(self, where: Iterable[tuple[str, str]]) -> bool:
        return all(match_key(self.values.get(k, "")) == match_key(v) for k, v in where)

    def number(self, field: str) -> Decimal:
        return numeric_value(self.values.get(field))


@dataclass(frozen=True)
class MeasureData:
    records: list[StoredRecord]
    models: list[ModelLine]
    indicators: list[IndicatorLine]
    type_names: dict[str, str]


def load_measure_data(session: Session, type_codes: set[str]) -> MeasureData:
    types = {r.id: r for r in all_type_rows(session)}
    wanted = [i for i, r in types.items() if r.code in type_codes]
    units = {u.id: u.code for u in session.scalars(select(Unit))}
    rows: list[ActivityRecord] = []
    if wanted:
        rows = list(session.scalars(select(ActivityRecord).where(ActivityRecord.type_id.in_(wanted))))
    records = [StoredRecord(r.id, types[r.type_id].code, units[r.unit_id], r.on, json.loads(r.values)) for r in rows]
    return MeasureData(records, model_lines(session), indicator_lines(session),
                       {r.code: r.name for r in types.values()})
