"""Faults as a user reads them, for assertions: every fault rendered by the catalogue."""

from emulation.i18n import render_all
from emulation.scoring.problems import ProblemsError


def shown(exc: ProblemsError) -> str:
    """The faults of ``exc``, one line each, in the current language."""
    return "\n".join(render_all(exc.problems))
