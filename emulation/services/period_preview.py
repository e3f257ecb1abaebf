"""What a new period would take, before it is created: its units (how many, of which kinds),
whether the criteria set names a unit kind, and whether it has award rules."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.problems import problem
from emulation.services.criteria import builtin_named
from emulation.services.errors import InputError
from emulation.services.lookup import criteria_of_row, latest_criteria, unit_nodes
from emulation.services.units import descendants
from emulation.services.workspace import Workspace
from emulation.text import match_key, nfc


@dataclass(frozen=True)
class PeriodPreview:
    criteria: str
    criteria_kind: str | None  #: the unit kind the criteria set names, if any
    units: tuple[tuple[str, str, str], ...]  #: (code, name, kind) of each unit the period would take
    has_awards: bool

    @property
    def kinds(self) -> dict[str, int]:
        """Each kind with its count, most frequent first ("" for units without a kind)."""
        return dict(Counter(kind for _code, _name, kind in self.units).most_common())

    @property
    def needs_kind(self) -> bool:
        """The set names no kind and the units are of several kinds: ask which ones are meant."""
        return self.criteria_kind is None and len(self.kinds) > 1


def preview_period(
    ws: Workspace, criteria: str, *, under: str | None = None, unit_kind: str | None = None
) -> PeriodPreview:
    """The units ``create_period`` would take with these choices; nothing is written."""
    with ws.transaction() as session:
        row = latest_criteria(session, criteria)
        cs: CriteriaSet | None = criteria_of_row(row) if row is not None else builtin_named(criteria)
        if cs is None:
            raise InputError([problem("criteria", "criteria_set_unknown", name=criteria)])
        nodes = unit_nodes(session)
    if under:
        if not any(n.code == nfc(under) for n in nodes):
            raise InputError([problem("--under", "unit_code_unknown", unit=under)])
        nodes = descendants(nodes, under)
    wanted = unit_kind or cs.unit_kind
    if wanted:
        nodes = [n for n in nodes if n.kind and match_key(n.kind) == match_key(wanted)]
    units = tuple((n.code, n.name, n.kind or "") for n in nodes)
    return PeriodPreview(cs.name, cs.unit_kind, units, bool(cs.awards))
