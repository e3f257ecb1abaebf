"""The interface language last used, remembered outside the database.

The first window is painted before the database is open, so the language it speaks cannot come
from the database's ``language`` setting: it comes from a one-word file in the user's data
folder, written whenever the application reads that setting or saves it, and when the command
line sets it (``emulation settings set language en``). Once the database is open its setting
wins. No file (a first start), an unreadable one or an unknown word: Vietnamese.
"""

from __future__ import annotations

from pathlib import Path

from emulation.i18n.catalogue import DEFAULT_LANGUAGE, LANGUAGES
from emulation.user_folders import data_folder

FILE_NAME = "interface-language"


def language_file() -> Path:
    return data_folder() / FILE_NAME


def remembered_language() -> str:
    """The language last used by the application, Vietnamese when none is remembered."""
    try:
        word = language_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return DEFAULT_LANGUAGE
    return word if word in LANGUAGES else DEFAULT_LANGUAGE


def remember_language(language: str) -> None:
    """Remember ``language`` for the next start; a folder that cannot be written only loses the memory."""
    if language not in LANGUAGES:
        return
    path = language_file()
    try:
        if path.exists() and path.read_text(encoding="utf-8").strip() == language:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(language + "\n", encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return
