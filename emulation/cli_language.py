"""The language of the command line's sentences: ``--lang``, else ``EMULATION_LANG``, else the
database's ``language`` setting, else Vietnamese."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from emulation.i18n import DEFAULT_LANGUAGE, LANGUAGES, set_language

if TYPE_CHECKING:
    from emulation.services.workspace import Workspace

ENV = "EMULATION_LANG"
OPTION = "--lang"


def split_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """``--lang vi|en`` (or ``--lang=en``) taken out of the arguments, wherever it stands.

    A value that is not a language is left in place for argparse to refuse with its usage line.
    """
    rest: list[str] = []
    chosen: str | None = None
    i = 0
    while i < len(argv):
        arg = argv[i]
        value = arg.partition("=")[2] if arg.startswith(OPTION + "=") else None
        if arg == OPTION and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            chosen, i = argv[i + 1], i + 2
            continue
        if value in LANGUAGES:
            chosen, i = value, i + 1
            continue
        rest.append(arg)
        i += 1
    return chosen, rest


def choose_language(given: str | None, ws: Workspace | None = None, *, stored: str | None = None) -> str:
    """Set the catalogue's language; the database's setting counts once the database is open
    (``stored``: the setting, read by the caller)."""
    env = os.environ.get(ENV)
    if ws is not None:
        from emulation.services.settings import interface_language

        stored = interface_language(ws)
    for lang in (given, env, stored):
        if lang in LANGUAGES:
            return set_language(lang)
    return set_language(DEFAULT_LANGUAGE)
