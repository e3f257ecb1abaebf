from decimal import Decimal as D

import pytest

from emulation.scoring.numbers import plain, round2, round_up_to, to_decimal


@pytest.mark.parametrize(
    ("value", "expected"), [("2.345", "2.35"), ("2.344", "2.34"), ("8.735", "8.74"), ("0.005", "0.01")]
)
def test_round_half_up(value: str, expected: str) -> None:
    assert round2(D(value)) == D(expected)


def test_money_rounds_up_to_ten_thousand() -> None:
    assert round_up_to(D("0.3") * 2_340_000, 10_000) == 710_000
    assert round_up_to(D("1.0") * 2_340_000, 10_000) == 2_340_000


def test_decimals_are_exact() -> None:
    assert to_decimal(0.2) == D("0.2")
    assert to_decimal("8.1") + to_decimal("7.2") == to_decimal("7.6") + to_decimal("7.7")
    with pytest.raises(TypeError):
        to_decimal(True)
    assert plain(D("15.30")) == 15.3 and plain(D("20.00")) == 20
