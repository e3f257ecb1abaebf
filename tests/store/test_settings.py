"""Settings: defaults and stored values."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from emulation.store import Database, Setting, all_settings, get_setting, set_setting
from emulation.store.settings import DEFAULTS, KNOWN_KEYS


def test_defaults_before_anything_is_stored(database: Database) -> None:
    with database.session() as session:
        assert get_setting(session, "base_salary") == "2340000"
        assert get_setting(session, "issuer") == "ỦY BAN NHÂN DÂN XÃ"
        assert get_setting(session, "signer_title") == "CHỦ TỊCH"
        assert get_setting(session, "decision_prefix") == "QĐ-UBND"
        assert get_setting(session, "page_size") == "A4"
        assert get_setting(session, "language") == "vi"
        assert get_setting(session, "place") == ""
        assert session.scalars(select(Setting.key)).all() == []


def test_set_returns_the_old_value(database: Database) -> None:
    with database.session() as session:
        assert set_setting(session, "place", "Bảo Yên") is None
        assert set_setting(session, "place", "Vĩnh Yên") == "Bảo Yên"
    with database.session() as session:
        assert get_setting(session, "place") == "Vĩnh Yên"


def test_all_settings_has_every_known_key_and_stored_extras(database: Database) -> None:
    with database.session() as session:
        set_setting(session, "signer_name", "Lê Văn Cường")
        set_setting(session, "certificate.name_x_mm", "105")
        values = all_settings(session)
    assert set(KNOWN_KEYS) <= set(values)
    assert values["signer_name"] == "Lê Văn Cường"
    assert values["certificate.name_x_mm"] == "105"
    assert values["base_salary"] == DEFAULTS["base_salary"]


def test_unknown_key_without_a_value_is_an_error(database: Database) -> None:
    with database.session() as session, pytest.raises(KeyError):
        get_setting(session, "no_such_setting")


def test_key_length_is_checked(database: Database) -> None:
    with database.session() as session, pytest.raises(ValueError):
        set_setting(session, "k" * 65, "x")
