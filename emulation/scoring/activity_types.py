"""Activity record types (loại ghi nhận hoạt động): the committee's own forms, as data.

A type has a code, a name and fields; a record of that type holds one value per field.
The built-in types are the ones the districts keep notebooks of; a committee edits them
(names, fields, choices) like any other. Values are read leniently, stored canonically:
a whole count ``"22"``, an exact decimal ``"1.5"``, an amount of đồng ``"10000000"``,
a choice's label, or text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from emulation.scoring.numbers import to_decimal
from emulation.scoring.problems import Problem, problem
from emulation.text import match_key, nfc, parse_decimal, parse_money


class FieldKind(StrEnum):
    COUNT = "count"  # a whole number ≥ 0: households, participants, opinions
    NUMBER = "number"  # a decimal ≥ 0: man-days
    MONEY = "money"  # đồng, whole
    CHOICE = "choice"  # one label of a list: regular / thematic
    TEXT = "text"


NUMERIC = frozenset({FieldKind.COUNT, FieldKind.NUMBER, FieldKind.MONEY})


@dataclass(frozen=True, slots=True)
class FieldDef:
    code: str
    label: str
    kind: FieldKind
    choices: tuple[str, ...] = ()

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC


@dataclass(frozen=True, slots=True)
class ActivityType:
    code: str
    name: str
    fields: tuple[FieldDef, ...] = ()

    def field(self, code: str) -> FieldDef | None:
        return next((f for f in self.fields if f.code == code), None)

    def field_named(self, text: str) -> FieldDef | None:
        """The field a column heading names, by label or code (any case, tone placement)."""
        key = match_key(text)
        return next((f for f in self.fields if key in (match_key(f.label), match_key(f.code))), None)


def _f(code: str, label: str, kind: FieldKind, *choices: str) -> FieldDef:
    return FieldDef(code, label, kind, tuple(choices))


C, N, M, CH = FieldKind.COUNT, FieldKind.NUMBER, FieldKind.MONEY, FieldKind.CHOICE

BUILTIN_TYPES: tuple[ActivityType, ...] = (
    ActivityType("ra-quan", "Ra quân", (
        _f("participants", "Số lượt người tham gia", C),
        _f("man_days", "Số ngày công", N),
        _f("money", "Số tiền huy động (đồng)", M),
    )),
    ActivityType("tiep-xuc", "Tiếp xúc, đối thoại", (
        _f("form", "Hình thức", CH, "Thường xuyên", "Đột xuất"),
        _f("opinions", "Số ý kiến tiếp nhận", C),
        _f("answered", "Trả lời tại chỗ", C),
        _f("forwarded", "Chuyển cấp có thẩm quyền", C),
        _f("resolved", "Đã giải quyết", C),
    )),
    ActivityType("diem-den", "Mỗi tuần một điểm đến", (
        _f("households", "Số hộ đến thăm", C),
        _f("cadres", "Số lượt cán bộ tham gia", C),
        _f("opinions", "Số ý kiến tiếp nhận", C),
    )),
    ActivityType("sinh-hoat", "Sinh hoạt chi bộ", (
        _f("form", "Hình thức", CH, "Thường kỳ", "Chuyên đề"),
    )),
    ActivityType("ho-so", "Hồ sơ hành chính", (
        _f("received", "Số hồ sơ tiếp nhận", C),
        _f("processed", "Số hồ sơ đã giải quyết", C),
        _f("in_progress", "Số hồ sơ đang giải quyết", C),
        _f("overdue", "Số hồ sơ quá hạn", C),
    )),
)


# --- values ----------------------------------------------------------------------------------


def read_value(f: FieldDef, value: object, where: str) -> tuple[str | None, Problem | None]:
    """A cell or typed value for field ``f``: its canonical text, None for a blank, or a fault."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if f.kind is FieldKind.TEXT:
        return nfc(str(value)).strip(), None
    shown = nfc(str(value)).strip()
    if f.kind is FieldKind.CHOICE:
        key = match_key(shown)
        label = next((c for c in f.choices if match_key(c) == key), None)
        if label is None:
            return None, problem(where, "record_not_a_choice", value=shown, choices=", ".join(f.choices))
        return label, None
    number = _number(f, value)
    if number is None:
        return None, problem(where, "record_not_a_number", value=shown)
    if number < 0:
        return None, problem(where, "record_negative", value=shown)
    if f.kind in (FieldKind.COUNT, FieldKind.MONEY) and number != number.to_integral_value():
        return None, problem(where, "record_not_whole", value=shown)
    return format(number.normalize(), "f") if number else "0", None


def _number(f: FieldDef, value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        if f.kind in (FieldKind.MONEY, FieldKind.COUNT):  # whole: "13.723" is thirteen thousand
            money = parse_money(value)
            return Decimal(money) if money is not None else parse_decimal(value)
        return parse_decimal(value)
    try:
        return to_decimal(value)
    except (TypeError, ValueError):
        return None


def numeric_value(text: str | None) -> Decimal:
    """A stored numeric value; a blank counts 0 in sums."""
    return Decimal(text) if text else Decimal(0)


# --- the types as a document (stored, exported, edited) -------------------------------------


def type_to_doc(t: ActivityType) -> dict[str, Any]:
    fields = []
    for f in t.fields:
        d: dict[str, Any] = {"code": f.code, "label": f.label, "kind": f.kind.value}
        if f.choices:
            d["choices"] = list(f.choices)
        fields.append(d)
    return {"code": t.code, "name": t.name, "fields": fields}


def fields_json(t: ActivityType) -> str:
    return json.dumps(type_to_doc(t)["fields"], ensure_ascii=False)


def parse_type(doc: Any, path: str = "") -> tuple[ActivityType | None, list[Problem]]:
    """Read a type document; every fault named by its path."""
    faults: list[Problem] = []
    if not isinstance(doc, dict):
        return None, [problem(path or "$", "type_not_an_object")]
    code = _text(doc.get("code"), _at(path, "code"), faults)
    name = _text(doc.get("name"), _at(path, "name"), faults)
    raw_fields = doc.get("fields", [])
    if not isinstance(raw_fields, list):
        faults.append(problem(_at(path, "fields"), "type_fields_not_a_list"))
        raw_fields = []
    fields: list[FieldDef] = []
    for i, item in enumerate(raw_fields):
        f = _field(item, f"{_at(path, 'fields')}[{i}]", faults)
        if f is not None and any(x.code == f.code for x in fields):
            faults.append(problem(f"{_at(path, 'fields')}[{i}].code", "type_field_twice", field=f.code))
        elif f is not None:
            fields.append(f)
    if faults or code is None or name is None:
        return None, faults
    return ActivityType(code, name, tuple(fields)), []


def _field(item: Any, path: str, faults: list[Problem]) -> FieldDef | None:
    if not isinstance(item, dict):
        faults.append(problem(path, "type_not_an_object"))
        return None
    code = _text(item.get("code"), _at(path, "code"), faults)
    label = _text(item.get("label"), _at(path, "label"), faults)
    try:
        kind = FieldKind(str(item.get("kind")))
    except ValueError:
        faults.append(problem(_at(path, "kind"), "type_field_kind", kinds=", ".join(k.value for k in FieldKind)))
        return None
    choices = item.get("choices", [])
    if kind is FieldKind.CHOICE and (not isinstance(choices, list) or not choices
                                     or not all(isinstance(c, str) and c.strip() for c in choices)):
        faults.append(problem(_at(path, "choices"), "type_field_choices"))
        return None
    if code is None or label is None:
        return None
    return FieldDef(code, label, kind, tuple(nfc(c).strip() for c in choices) if kind is FieldKind.CHOICE else ())


def _text(value: Any, where: str, faults: list[Problem]) -> str | None:
    if not isinstance(value, str) or not value.strip():
        faults.append(problem(where, "type_text_required"))
        return None
    return nfc(value).strip()


def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
