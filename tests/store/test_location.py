"""Where the database is: default file, EMULATION_DB, paths and URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulation.store import location
from emulation.store.location import database_url, default_database_path


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data" / "emulation-scoring"

    def fake_user_data_dir(name: str, appauthor: bool) -> str:
        assert (name, appauthor) == ("emulation-scoring", False)
        return str(folder)

    monkeypatch.setattr(location, "user_data_dir", fake_user_data_dir)
    monkeypatch.delenv("EMULATION_DB", raising=False)
    return folder


def test_default_path_is_in_the_user_data_folder_which_is_created(data_dir: Path) -> None:
    assert default_database_path() == data_dir / "emulation.sqlite"
    assert data_dir.is_dir()


def test_none_means_the_default_file(data_dir: Path) -> None:
    assert database_url(None) == f"sqlite:///{data_dir / 'emulation.sqlite'}"


def test_none_means_emulation_db_when_set(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EMULATION_DB", "postgresql+psycopg://u:p@db.example/emulation")
    assert database_url(None) == "postgresql+psycopg://u:p@db.example/emulation"
    monkeypatch.setenv("EMULATION_DB", str(tmp_path / "other.sqlite"))
    assert database_url(None) == f"sqlite:///{(tmp_path / 'other.sqlite').resolve()}"


def test_empty_emulation_db_is_ignored(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_DB", "")
    assert database_url(None) == f"sqlite:///{data_dir / 'emulation.sqlite'}"


def test_an_explicit_target_wins_over_emulation_db(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMULATION_DB", "postgresql+psycopg://elsewhere/db")
    assert database_url("sqlite:///x.sqlite") == "sqlite:///x.sqlite"


def test_url_is_used_as_is() -> None:
    url = "postgresql+psycopg://user:secret@localhost:5432/thi_dua"
    assert database_url(url) == url


def test_relative_path_becomes_absolute_sqlite_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    expected = tmp_path.resolve() / "thi đua 2026.sqlite"
    assert database_url("thi đua 2026.sqlite") == f"sqlite:///{expected}"
