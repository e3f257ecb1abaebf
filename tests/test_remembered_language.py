"""The interface language remembered between starts, outside the database."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulation.cli import main
from emulation.remembered_language import remember_language, remembered_language


def test_a_first_start_speaks_vietnamese(language_file: Path) -> None:
    assert not language_file.exists()
    assert remembered_language() == "vi"


def test_the_language_set_is_the_one_remembered(language_file: Path) -> None:
    remember_language("en")
    assert remembered_language() == "en"
    remember_language("vi")
    assert remembered_language() == "vi"
    assert language_file.read_text(encoding="utf-8") == "vi\n"


def test_a_damaged_or_foreign_file_means_vietnamese(language_file: Path) -> None:
    language_file.write_bytes(b"\xff\xfe\x00garbage")
    assert remembered_language() == "vi"
    language_file.write_text("fr\n", encoding="utf-8")
    assert remembered_language() == "vi"
    remember_language("fr")  # not a language of the application: nothing is remembered
    assert language_file.read_text(encoding="utf-8") == "fr\n"


def test_a_folder_that_cannot_be_written_only_loses_the_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setattr("emulation.remembered_language.language_file", lambda: blocked / "interface-language")
    remember_language("en")  # no error
    assert remembered_language() == "vi"


def test_the_language_set_on_the_command_line_is_remembered(tmp_path: Path, language_file: Path) -> None:
    db = str(tmp_path / "t.sqlite")
    assert main(["--db", db, "settings", "set", "language", "en"]) == 0
    assert remembered_language() == "en"
    assert main(["--db", db, "settings", "set", "issuer", "UBND xã Bảo Hà"]) == 0
    assert remembered_language() == "en"
