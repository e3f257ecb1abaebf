"""The catalogues are parsed from their .po files once and then taken from the user's cache
folder: the same sentences, read again when a .po file changes, and never worse than parsing
when the cache folder is missing, read-only or corrupt."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulation.i18n import compiled
from emulation.i18n.compiled import cached_sentences, parse_po
from emulation.resources import resource_path

PO = """\
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "greeting"
msgstr "Xin chào {name}"

msgid "untranslated"
msgstr ""
"""


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def po_file(tmp_path: Path, text: str = PO) -> Path:
    path = tmp_path / "emulation.po"
    path.write_text(text, encoding="utf-8")
    return path


def cached_files(home: Path) -> list[Path]:
    return sorted(home.rglob("*.json"))


def refuse_to_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(data: bytes, lang: str, domain: str) -> dict[str, str]:
        raise AssertionError("parsed the .po file again")

    monkeypatch.setattr(compiled, "parse_po", parse)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_cached_catalogue_holds_what_the_po_file_says(lang: str, cache_home: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = resource_path("locale", lang, "LC_MESSAGES", "emulation.po")
    parsed = parse_po(path.read_bytes(), lang, "emulation")
    assert parsed["error_prefix"] and len(parsed) > 500
    assert cached_sentences(path, lang, "emulation") == parsed
    assert len(cached_files(cache_home)) == 1
    refuse_to_parse(monkeypatch)
    assert cached_sentences(path, lang, "emulation") == parsed  # from the cache


def test_untranslated_entries_are_left_out(tmp_path: Path, cache_home: Path) -> None:
    assert cached_sentences(po_file(tmp_path), "vi", "emulation") == {"greeting": "Xin chào {name}"}


def test_a_changed_po_file_is_read_again(tmp_path: Path, cache_home: Path) -> None:
    path = po_file(tmp_path)
    assert cached_sentences(path, "vi", "emulation") == {"greeting": "Xin chào {name}"}
    po_file(tmp_path, PO.replace("Xin chào", "Chào mừng"))
    assert cached_sentences(path, "vi", "emulation") == {"greeting": "Chào mừng {name}"}


def test_an_unwritable_cache_folder_only_means_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    path = po_file(tmp_path)
    assert cached_sentences(path, "vi", "emulation") == {"greeting": "Xin chào {name}"}
    assert cached_sentences(path, "vi", "emulation") == {"greeting": "Xin chào {name}"}
    assert blocked.read_text() == "a file where the cache folder would be"


@pytest.mark.parametrize("damage", [b"{\"greeting\": \"Xin ch", b"\xff\xfe garbage", b"[1, 2]", b'{"greeting": 1}'])
def test_a_corrupt_cache_is_read_again_from_the_po_file_and_repaired(damage: bytes, tmp_path: Path, cache_home: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = po_file(tmp_path)
    cached_sentences(path, "vi", "emulation")
    [kept] = cached_files(cache_home)
    kept.write_bytes(damage)
    assert cached_sentences(path, "vi", "emulation") == {"greeting": "Xin chào {name}"}
    refuse_to_parse(monkeypatch)
    assert cached_sentences(path, "vi", "emulation") == {"greeting": "Xin chào {name}"}
