"""The achievement line of a certificate: a template with named fields."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping

from emulation.text import nfc

DEFAULT_TEMPLATE = "Đã có thành tích xuất sắc trong thực hiện phong trào {movement}, {period}"

#: The fields a template may use, with what each one holds.
FIELDS = {
    "unit": "tên đơn vị được khen",
    "parent": "đơn vị cấp trên",
    "movement": "tên phong trào",
    "period": "kỳ chấm điểm",
    "grade": "xếp loại",
    "total": "tổng điểm",
    "award": "hình thức khen thưởng",
}



class TemplateFault(ValueError):
    """A template that cannot be filled: the fault's catalogue code and parameters."""

    def __init__(self, code: str, /, **params: str) -> None:
        super().__init__(code)
        self.code, self.params = code, params


class UnknownFieldError(TemplateFault):
    """A template names a field that does not exist; ``field`` holds it as written."""

    def __init__(self, field: str) -> None:
        super().__init__("template_unknown_field", field=field, known=", ".join("{" + key + "}" for key in FIELDS))
        self.field = field


_SPACES = re.compile(r"[ \t]+")
_formatter = string.Formatter()


def template_fields(template: str) -> list[str]:
    """The field names a template uses, in order; TemplateFault for a malformed or unknown one."""
    try:
        parts = list(_formatter.parse(template))
    except ValueError as exc:
        raise TemplateFault("template_braces", detail=str(exc)) from None
    names = []
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in FIELDS or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "")
            raise UnknownFieldError(shown + (f":{spec}" if spec else "") + "}")
        names.append(name)
    return names


def fill_achievement(template: str, fields: Mapping[str, str]) -> str:
    """Fill the template; a known field the caller did not give prints as nothing.

    ``{{`` and ``}}`` print single braces. The result is NFC with single spaces.
    """
    template_fields(template)
    values = {key: nfc(fields.get(key) or "") for key in FIELDS}
    filled = template.format_map(values)
    filled = _SPACES.sub(" ", filled).replace(" ,", ",").strip(" ,")
    return nfc(filled)
