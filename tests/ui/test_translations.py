"""The English translation: every string of the views is in the .ts file, translated, and applies."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import emulation.ui
from emulation.ui.context import ViewContext
from emulation.ui.labels import audit_action, period_kind
from emulation.ui.qt import QtCore, QtWidgets
from emulation.ui.ranking_view import RankingView
from emulation.ui.translations import install_translator

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "emulation_en.ts"
UI = Path(emulation.ui.__file__).parent
#: modules without strings of their own to translate
OTHERS = ("qt.py", "__init__.py")


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def messages(ts: Path) -> set[tuple[str, str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (c.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    }


def own_modules() -> list[str]:
    return [str(p) for p in sorted(UI.rglob("*.py")) if p.name not in OTHERS]


def test_every_string_is_in_the_ts_file_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("lupdate"), *own_modules(), "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    missing = messages(fresh) - messages(TS)
    assert not missing, f"run pyside6-lupdate (see emulation/ui/translations.py): {sorted(missing)[:5]}"
    untranslated = [m.findtext("source") for m in ET.parse(TS).getroot().iter("message")
                    if not (m.findtext("translation") or "").strip()]
    assert untranslated == []


@pytest.fixture
def english(qapp: QtWidgets.QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    qm = tmp_path / "emulation_en.qm"
    subprocess.run([tool("lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    monkeypatch.setattr("emulation.ui.translations.translation_file", lambda language: str(qm))
    translator = install_translator(qapp, "en")
    assert translator is not None
    yield
    QtCore.QCoreApplication.removeTranslator(translator)


def test_the_interface_speaks_english_when_asked(english: None, qtbot: QtBot, ctx: ViewContext) -> None:
    view = RankingView(ctx)
    qtbot.addWidget(view)
    assert view.model.headerData(0, QtCore.Qt.Orientation.Horizontal) == "Rank"
    assert view.projector_button.text() == "Projector"
    assert period_kind("quarter") == "Quarter"
    assert audit_action("lock") == "Locked"


def test_vietnamese_needs_no_translation(qapp: QtWidgets.QApplication) -> None:
    assert install_translator(qapp, "vi") is None
    assert period_kind("quarter") == "Quý"


def test_module_level_texts_are_translated_too(english: None) -> None:
    from emulation.ui.import_texts import tr as import_tr
    from emulation.ui.scoring.paste import tr as paste_tr

    assert import_tr("Xem trước") == "Preview"
    assert paste_tr is import_tr  # one helper, the context lupdate gives module-level strings
