"""The one catalogue of the application's sentences: faults, refusals, audit actions, undo labels.

Every sentence a user reads outside the widgets' own labels has a code; its words live in the
gettext catalogues ``resources/locale/<lang>/LC_MESSAGES/emulation.po`` (msgid = the code,
msgstr = the sentence with ``{name}`` fields), Vietnamese by default, English on request::

    from emulation.i18n import render, say, set_language
    set_language("en")
    say("period_locked", period="Tháng 10/2026")
    render(problem)               # "file › sheet › cell: sentence"

The catalogues are read with Babel's ``.po`` reader the first time a sentence is needed, so a
source checkout needs no compile step and nothing generated is committed; what it reads is kept
in the user's cache folder until the ``.po`` file changes (:mod:`emulation.i18n.compiled`).
"""

from __future__ import annotations

from emulation.i18n.catalogue import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    language,
    render,
    render_all,
    say,
    sentence,
    set_language,
)

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "language", "render", "render_all", "say", "sentence", "set_language"]
