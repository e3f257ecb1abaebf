"""The store package names its parts lazily: every name it exports is found, from the module it lives in."""

from __future__ import annotations

import pytest

import emulation.store as store
from emulation.store import database, errors, location, models


def test_every_exported_name_is_found() -> None:
    found = {name: getattr(store, name) for name in store.__all__}
    assert found["Database"] is database.Database
    assert found["StoreError"] is errors.StoreError
    assert found["database_url"] is location.database_url
    assert found["Unit"] is models.Unit and found["utc_now"] is models.utc_now
    assert all(value is not None for value in found.values())


def test_a_name_it_does_not_export_is_refused() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        store.no_such_name  # noqa: B018
