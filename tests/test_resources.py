"""Bundled resources: fonts, templates and the interface translation are found from a checkout."""

from __future__ import annotations

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
