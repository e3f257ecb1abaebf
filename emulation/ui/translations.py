"""Loading the English translation of the interface (Vietnamese is the source language).

The source file is ``resources/translations/emulation_en.ts``; the compiled ``.qm`` is built
when packaging and never committed::

    uv run pyside6-lupdate emulation/ui -extensions py -ts resources/translations/emulation_en.ts
    uv run pyside6-lrelease resources/translations/emulation_en.ts -qm resources/translations/emulation_en.qm

In a source checkout the ``.qm`` is compiled from the ``.ts`` into the user's cache folder on
first use (see :func:`emulation.resources.compiled_translation`); when that is impossible the
interface simply stays in Vietnamese.

Qt's own texts (the standard Yes/No/OK/Cancel buttons, "Show Details…" of a message box, the
file dialog Qt draws where the platform has none, the edit menu of a text field) are English
in Qt and PySide6 ships no Vietnamese for them: ``resources/translations/qt_vi.ts`` gives them
their Vietnamese words, installed whenever the interface is in Vietnamese.
"""

from __future__ import annotations

from emulation.i18n import set_language
from emulation.resources import compiled_translation
from emulation.ui.qt import QtCore

LANGUAGES = ("vi", "en")


def translation_file(language: str) -> str | None:
    path = compiled_translation(language)
    return str(path) if path is not None else None


def qt_translation_file(language: str) -> str | None:
    path = compiled_translation(language, "qt")
    return str(path) if path is not None else None


def _install(app: QtCore.QCoreApplication, path: str | None) -> QtCore.QTranslator | None:
    if path is None:
        return None
    translator = QtCore.QTranslator(app)
    if not translator.load(path):
        return None
    app.installTranslator(translator)
    return translator


def install_qt_translator(app: QtCore.QCoreApplication, language: str) -> QtCore.QTranslator | None:
    """Qt's own dialogs and buttons in Vietnamese (English needs nothing: it is Qt's language)."""
    return _install(app, qt_translation_file("vi")) if language not in LANGUAGES or language == "vi" else None


def install_translator(app: QtCore.QCoreApplication, language: str) -> QtCore.QTranslator | None:
    """Speak ``language``: the catalogue's sentences (faults, refusals, audit, undo) at once, and the
    widgets' labels through Qt's translator when it is not Vietnamese and its .qm exists."""
    set_language(language)
    if language not in LANGUAGES or language == "vi":
        return None
    return _install(app, translation_file(language))


class Speech:
    """The translators the application has installed for its current language, changed as a whole."""

    def __init__(self, app: QtCore.QCoreApplication) -> None:
        self._app = app
        self._installed: list[QtCore.QTranslator] = []
        self.language: str | None = None

    def speak(self, language: str) -> bool:
        """Speak ``language`` (Qt's own words, the interface's, the catalogue's); whether it changed."""
        if language == self.language:
            return False
        self.stop()
        self.language = language
        found = [install_qt_translator(self._app, language), install_translator(self._app, language)]
        self._installed = [t for t in found if t is not None]
        return True

    def stop(self) -> None:
        """Remove what was installed (the catalogue keeps its language)."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.language = None
