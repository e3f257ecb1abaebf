"""The last line of defence of the command line and the application's start: an unexpected fault
said in one sentence, its traceback only on request (``EMULATION_DEBUG``)."""

from __future__ import annotations

import os
import sys
import traceback

from emulation.i18n.catalogue import say

#: the exit code of an unexpected fault
UNEXPECTED = 1


def report_unexpected(exc: BaseException) -> int:
    print(say("unexpected_error", detail=f"{exc.__class__.__name__}: {exc}"), file=sys.stderr)
    if os.environ.get("EMULATION_DEBUG"):
        traceback.print_exc()
    else:
        print(say("debug_hint"), file=sys.stderr)
    return UNEXPECTED
