"""Shared test configuration: Qt runs offscreen, with no screen needed."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ("tests.pg_server",)


import pytest  # noqa: E402

from emulation.i18n import DEFAULT_LANGUAGE, set_language  # noqa: E402


@pytest.fixture(autouse=True)
def _vietnamese_sentences():  # type: ignore[no-untyped-def]
    """Every test starts with the default language of the catalogue, and leaves it so."""
    set_language(DEFAULT_LANGUAGE)
    yield
    set_language(DEFAULT_LANGUAGE)
