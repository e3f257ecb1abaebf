"""The certificate layout from the settings: the sheet's orientation (``page_size``) and, for
pre-printed blanks, the fields' positions in millimetres (``certificate_layout``, JSON).

``certificate_layout`` holds only what differs from the defaults, e.g.
``{"offset_x": 1.5, "offset_y": -2, "fields": {"name": {"y": 95, "size": 28}}, "qr": {"x": 30}}``;
``"qr": null`` prints no QR code. A fault names the setting and the place in the document.
"""

from __future__ import annotations

import json
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from emulation.reports.layout import FIELD_NAMES, CertificateLayout, FieldBox, Orientation, QrBox
from emulation.scoring.problems import Param
from emulation.services.errors import InputError
from emulation.services.printing_settings import optional_setting
from emulation.text import match_key

LAYOUT_KEY = "certificate_layout"
_SIZES: tuple[tuple[str, Orientation], ...] = (
    ("A4", "landscape"), ("A4 ngang", "landscape"), ("A4 landscape", "landscape"),
    ("A4 dọc", "portrait"), ("A4 portrait", "portrait"),
)
_ORIENTATIONS = {match_key(text): orientation for text, orientation in _SIZES}
_NUMBERS = {"x", "y", "width", "size", "min_size", "side"}
_FLAGS = {"bold", "italic"}
Box = TypeVar("Box", FieldBox, QrBox)


def certificate_layout(session: Session) -> CertificateLayout:
    """The layout the settings describe; the landscape A4 defaults when they say nothing."""
    size = optional_setting(session, "page_size") or "A4"
    orientation = _ORIENTATIONS.get(match_key(size))
    if orientation is None:
        raise InputError.single("page_size", "page_size_unknown", size=size)
    base = CertificateLayout.for_orientation(orientation)
    text = optional_setting(session, LAYOUT_KEY)
    if not text:
        return base
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError.single(LAYOUT_KEY, "json_invalid", detail=exc.msg) from None
    try:
        return _apply(base, _object(doc, "$"))
    except LayoutFault as exc:
        raise InputError.single(LAYOUT_KEY, exc.code, path=exc.path, **exc.params) from None


class LayoutFault(ValueError):
    """A fault in the layout document: its JSON path, code and parameters."""

    def __init__(self, path: str, code: str, /, **params: Param) -> None:
        super().__init__(code)
        self.path, self.code, self.params = path, code, params


def _object(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise LayoutFault(path, "layout_not_object")
    return value


def _number(value: Any, path: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise LayoutFault(path, "layout_not_millimetres")
    return float(value)


def _apply(base: CertificateLayout, doc: dict[str, Any]) -> CertificateLayout:
    known = {"orientation", "offset_x", "offset_y", "fields", "qr"}
    for key in doc:
        if key not in known:
            raise LayoutFault(f"$.{key}", "layout_unknown_key", known=", ".join(sorted(known)))
    if "orientation" in doc and doc["orientation"] != base.orientation:
        raise LayoutFault("$.orientation", "layout_orientation_fixed")
    boxes = dict(base.fields)
    for name, given in _object(doc.get("fields", {}), "$.fields").items():
        if name not in FIELD_NAMES:
            raise LayoutFault(f"$.fields.{name}", "layout_unknown_field", known=", ".join(FIELD_NAMES))
        boxes[name] = _box(boxes[name], _object(given, f"$.fields.{name}"), f"$.fields.{name}")
    qr = base.qr
    if "qr" in doc:
        qr = None if doc["qr"] is None else _box(qr or QrBox(0, 0), _object(doc["qr"], "$.qr"), "$.qr")
    return replace(
        base,
        fields=boxes,
        qr=qr,
        offset_x=_number(doc.get("offset_x", 0), "$.offset_x"),
        offset_y=_number(doc.get("offset_y", 0), "$.offset_y"),
    )


def _box(box: Box, given: dict[str, Any], path: str) -> Box:
    names = {f.name for f in dataclass_fields(box)}
    changes: dict[str, Any] = {}
    for key, value in given.items():
        where = f"{path}.{key}"
        if key not in names:
            raise LayoutFault(where, "layout_unknown_key", known=", ".join(sorted(names)))
        if key in _NUMBERS:
            changes[key] = _number(value, where)
        elif key in _FLAGS:
            if not isinstance(value, bool):
                raise LayoutFault(where, "layout_not_boolean")
            changes[key] = value
        elif value not in ("left", "center", "right"):
            raise LayoutFault(where, "layout_not_alignment")
        else:
            changes[key] = value
    return replace(box, **changes)
