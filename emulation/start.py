"""The ``emulation`` command: the application at once, or the command line.

``emulation`` alone (or ``emulation gui``, with ``--db``, ``--demo`` and ``--lang`` before it) is
the desktop application: it goes straight to Qt and shows its window before it loads the
database layer. Anything else is a command of the command line (:mod:`emulation.cli`), which
never loads Qt. A command line this module does not recognise as the application exactly is
handed to :mod:`emulation.cli` whole, which parses it, refuses it or runs it as before.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from emulation.i18n.catalogue import DEFAULT_LANGUAGE, LANGUAGES, set_language
from emulation.last_resort import report_unexpected

LANGUAGE_ENV = "EMULATION_LANG"  # as emulation.cli_language.ENV


@dataclass(frozen=True)
class AppRequest:
    """The application's options from the command line."""

    db: str | None = None
    demo: bool = False
    lang: str | None = None


def application_request(argv: Sequence[str]) -> AppRequest | None:
    """The options when ``argv`` asks for the application and nothing else, else None.

    Recognised: ``--db PATH``, ``--db=PATH``, ``--demo``, ``--lang vi|en`` (anywhere, as the command
    line takes it) and the command ``gui`` after the options. Everything else (help, a command, an
    abbreviated or misspelt option) is the command line's to parse.
    """
    db: str | None = None
    demo = False
    lang: str | None = None
    command = False
    i = 0
    while i < len(argv):
        arg, following = argv[i], argv[i + 1] if i + 1 < len(argv) else None
        if arg == "--lang" and following in LANGUAGES:
            lang, i = following, i + 2
            continue
        if arg.startswith("--lang=") and arg.removeprefix("--lang=") in LANGUAGES:
            lang = arg.removeprefix("--lang=")
        elif command:
            return None  # the command gui takes no options of its own
        elif arg == "--demo":
            demo = True
        elif arg == "--db" and following is not None and not following.startswith("-"):
            db, i = following, i + 2
            continue
        elif arg.startswith("--db="):
            db = arg.removeprefix("--db=")
        elif arg == "gui":
            command = True
        else:
            return None
        i += 1
    return AppRequest(db, demo, lang)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    request = application_request(args)
    if request is None:
        from emulation.cli import main as command_line

        return command_line(args)
    return run_application(request)


def run_application(request: AppRequest) -> int:
    """The application; a fault before its window could take over is said in one line, as the command
    line says it."""
    env = os.environ.get(LANGUAGE_ENV)
    asked = next((lang for lang in (request.lang, env) if lang in LANGUAGES), None)
    set_language(asked or DEFAULT_LANGUAGE)
    try:
        from emulation.gui_entry import launch

        return launch(request.db, demo=request.demo, language=asked)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence, as the command line's
        return report_unexpected(exc)


if __name__ == "__main__":
    sys.exit(main())
