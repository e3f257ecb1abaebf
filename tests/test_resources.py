"""Bundled resources: fonts, templates and the interface translation are found from a checkout."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from emulation.resources import compiled_translation, resource_path


def test_fonts_and_templates_are_bundled() -> None:
    assert resource_path("fonts", "LiberationSerif-Regular.ttf").stat().st_size > 100_000
    assert resource_path("fonts", "LICENSE-LiberationSerif.txt").exists()
    assert len(list(resource_path("templates").glob("*.json"))) == 5


def test_the_english_translation_is_compiled_on_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    qm = compiled_translation("en")
    assert qm is not None and qm.is_relative_to(tmp_path) and qm.stat().st_size > 1000
    assert compiled_translation("en") == qm  # compiled once
    assert compiled_translation("fr") is None


def test_a_translation_is_replaced_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two copies of the application starting at once never read a half-written translation:
    the compile goes to a file of its own, moved over the old one only once complete."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    qm = compiled_translation("en")
    assert qm is not None
    assert sorted(p.name for p in qm.parent.iterdir()) == [qm.name]
    whole = qm.read_bytes()
    os.utime(qm, (0, 0))  # older than its source: compiled again on the next use
    broken = tmp_path / "lrelease"  # a compiler that dies after writing half its output
    broken.write_text('#!/bin/sh\nprintf half > "$4"\nexit 1\n', encoding="utf-8")
    broken.chmod(0o755)
    monkeypatch.setattr(shutil, "which", lambda *_args, **_kwargs: str(broken))
    assert compiled_translation("en") is None
    assert qm.read_bytes() == whole
    assert sorted(p.name for p in qm.parent.iterdir()) == [qm.name]
