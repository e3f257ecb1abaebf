"""The criteria set's own fields in words, for undo labels and messages about them."""

from __future__ import annotations

from emulation.i18n.catalogue import say

SET_FIELD_CODES = {
    "name": "set_field.name",
    "version": "set_field.version",
    "unit_kind": "set_field.unit_kind",
    "movement": "set_field.movement",
    "max_total": "set_field.max_total",
    "bonus_cap": "set_field.bonus_cap",
    "aggregation": "set_field.aggregation",
    "use_self_when_missing": "set_field.use_self_when_missing",
    "tie_breakers": "set_field.tie_breakers",
    "criteria": "set_field.criteria",
    "grades": "set_field.grades",
    "vetoes": "set_field.vetoes",
    "quotas": "set_field.quotas",
    "awards": "set_field.awards",
}


def set_field_name(key: str) -> str:
    """"awards" → "hình thức khen thưởng"; a key this version does not know is shown as it is."""
    code = SET_FIELD_CODES.get(key)
    return say(code) if code else key
