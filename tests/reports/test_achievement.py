"""The achievement line's template."""

from __future__ import annotations

import unicodedata

import pytest

from emulation.i18n import say
from emulation.reports.achievement import (
    DEFAULT_TEMPLATE,
    TemplateFault,
    UnknownFieldError,
    fill_achievement,
    template_fields,
)

FIELDS = {
    "unit": "Thôn Nậm Mò",
    "parent": "Xã Bảo Yên",
    "movement": "“10 phút góp phần cải thiện môi trường”",
    "period": "năm 2026",
    "grade": "Xuất sắc",
    "total": "93,75",
}


def test_default_template() -> None:
    assert fill_achievement(DEFAULT_TEMPLATE, FIELDS) == (
        "Đã có thành tích xuất sắc trong thực hiện phong trào "
        "“10 phút góp phần cải thiện môi trường”, năm 2026"
    )


def test_every_field_and_escaped_braces() -> None:
    template = "{unit} ({parent}) đạt {total} điểm, xếp loại {grade} {{ghi chú}}"
    assert fill_achievement(template, FIELDS) == (
        "Thôn Nậm Mò (Xã Bảo Yên) đạt 93,75 điểm, xếp loại Xuất sắc {ghi chú}"
    )


def test_unknown_field_is_named() -> None:
    with pytest.raises(ValueError) as caught:
        fill_achievement("Tặng {don_vi}", FIELDS)
    assert isinstance(caught.value, TemplateFault)
    assert say(caught.value.code, **caught.value.params).startswith("trường không có trong mẫu: {don_vi}; các trường")
    assert isinstance(caught.value, UnknownFieldError)
    assert caught.value.field == "{don_vi}"


@pytest.mark.parametrize("template", ["{unit!r}", "{total:>10}", "{unit.upper}", "{0}"])
def test_conversions_formats_and_attributes_are_refused(template: str) -> None:
    with pytest.raises(ValueError):
        template_fields(template)


def test_unbalanced_brace_is_a_clear_error() -> None:
    with pytest.raises(TemplateFault) as caught:
        fill_achievement("Đã có thành tích {movement", FIELDS)
    assert "sai dấu ngoặc { }" in say(caught.value.code, **caught.value.params)


def test_missing_values_leave_no_stray_commas_and_output_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "phong trào “Dân vận khéo”")
    text = fill_achievement(DEFAULT_TEMPLATE, {"movement": decomposed})
    assert text == "Đã có thành tích xuất sắc trong thực hiện phong trào phong trào “Dân vận khéo”"
    assert unicodedata.is_normalized("NFC", text)
