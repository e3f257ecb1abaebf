"""What a document needs before it is printed: the issuer, place and signer from the settings,
and (for documents issued under it) the period's decision number and date. Asked for first, all
at once, so printing never stops halfway for a blank setting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from emulation.services.lookup import period_named
from emulation.services.printing import set_decision
from emulation.services.printing_settings import optional_setting
from emulation.services.settings import update_settings
from emulation.services.workspace import Workspace

#: the settings every signed document prints, in the order they are asked for
PRINT_SETTINGS = ("issuer", "place", "signer_title", "signer_name")


@dataclass(frozen=True)
class PrintNeeds:
    settings: tuple[str, ...]  #: the keys of PRINT_SETTINGS still blank
    decision: bool  #: the period's decision number and date are still to be recorded

    @property
    def complete(self) -> bool:
        return not self.settings and not self.decision


def print_needs(ws: Workspace, period_name: str, *, decision: bool = True) -> PrintNeeds:
    """What is still blank for a document of ``period_name`` (``decision``: issued under the decision)."""
    with ws.transaction() as session:
        blank = tuple(key for key in PRINT_SETTINGS if not optional_setting(session, key))
        period = period_named(session, period_name)
        undecided = decision and (not period.decision_number or period.decision_date is None)
    return PrintNeeds(blank, undecided)


def complete_for_print(
    ws: Workspace, period_name: str, settings: dict[str, str], decision: tuple[str, date] | None = None
) -> PrintNeeds:
    """Save what the person filled in (settings, then the decision) and say what is still blank."""
    filled = {key: value for key, value in settings.items() if key in PRINT_SETTINGS and value.strip()}
    if filled:
        update_settings(ws, filled)
    if decision is not None:
        set_decision(ws, period_name, decision[0], decision[1])
    return print_needs(ws, period_name, decision=decision is not None)
