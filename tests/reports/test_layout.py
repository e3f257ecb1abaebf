"""Layouts as data: NĐ 30 margins and certificate field positions."""

from __future__ import annotations

import pytest

from emulation.i18n import render_all
from emulation.reports.layout import (
    FIELD_NAMES,
    CertificateLayout,
    PageLayout,
    default_fields,
    default_qr,
)


def test_default_margins_are_within_decree_30() -> None:
    assert PageLayout().nd30_problems() == []
    assert PageLayout(orientation="landscape").nd30_problems() == []
    problems = PageLayout(left=20, right=25).nd30_problems()
    assert render_all(problems) == [
        "Lề trái: 20 mm nằm ngoài khoảng 30–35 mm của Nghị định 30/2020",
        "Lề phải: 25 mm nằm ngoài khoảng 15–20 mm của Nghị định 30/2020",
    ]


def test_impossible_margins_are_refused() -> None:
    with pytest.raises(ValueError):
        PageLayout(left=-1)
    with pytest.raises(ValueError):
        PageLayout(left=90, right=30)
    with pytest.raises(ValueError):
        PageLayout(orientation="square")  # type: ignore[arg-type]


@pytest.mark.parametrize("orientation", ["landscape", "portrait"])
def test_default_fields_lie_on_the_sheet(orientation: str) -> None:
    layout = CertificateLayout.for_orientation(orientation)  # type: ignore[arg-type]
    width, height = (v / 2.834645669 for v in layout.size)
    assert set(layout.fields) == set(FIELD_NAMES)
    for box in default_fields(orientation).values():  # type: ignore[arg-type]
        assert box.width / 2 <= box.x <= width - box.width / 2
        assert 0 < box.y < height
    qr = default_qr(orientation)  # type: ignore[arg-type]
    assert 0 < qr.x and qr.x + qr.side < width and qr.y + qr.side < height


def test_a_layout_must_place_every_field_and_only_known_ones() -> None:
    fields = default_fields()
    del fields["serial"]
    with pytest.raises(ValueError, match="serial"):
        CertificateLayout(fields=fields)
    with pytest.raises(ValueError, match="logo"):
        CertificateLayout(fields={**default_fields(), "logo": default_fields()["name"]})
