"""argparse's own words — the usage line, the help's headings and its refusals of a command line
(a missing argument, an unknown option, a choice that does not exist) — in the command line's
language.

argparse asks gettext for each of its sentences by name ``_`` when it needs it; the sentences are in
the catalogue ``resources/locale/<lang>/LC_MESSAGES/argparse.po`` (msgid: argparse's sentence, msgstr:
the translation with the same ``%`` fields), read like the application's own catalogue.
"""

from __future__ import annotations

import argparse

from emulation.i18n.catalogue import domain_sentences

DOMAIN = "argparse"


def speak(lang: str) -> None:
    """From now on argparse says its sentences in ``lang`` (its own English when there is no catalogue)."""
    words = domain_sentences(lang, DOMAIN)

    def gettext(message: str) -> str:
        return words.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
