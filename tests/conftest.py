"""Shared test configuration: Qt runs offscreen, with no screen needed."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ("tests.pg_server",)


import logging  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from emulation import remembered_language  # noqa: E402
from emulation.i18n import DEFAULT_LANGUAGE, set_language  # noqa: E402


class _Missing(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(record.getMessage())


@pytest.fixture(autouse=True)
def missing_sentences():  # type: ignore[no-untyped-def]
    """Every test starts in the catalogue's default language, and fails when a sentence it
    showed had no entry (or did not fit its parameters) in the catalogue."""
    set_language(DEFAULT_LANGUAGE)
    handler = _Missing()
    logger = logging.getLogger("emulation.i18n.catalogue")
    logger.addHandler(handler)
    yield handler.seen
    logger.removeHandler(handler)
    set_language(DEFAULT_LANGUAGE)
    assert handler.seen == [], "sentences missing from the catalogue"


@pytest.fixture(scope="session")
def _language_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user-data")


@pytest.fixture(autouse=True)
def language_file(_language_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The application's remembered interface language lives in a test folder, never in the
    user's own, and every test starts without one (as on a first start)."""
    path = _language_folder / remembered_language.FILE_NAME
    path.unlink(missing_ok=True)
    monkeypatch.setattr(remembered_language, "language_file", lambda: path)
    return path
