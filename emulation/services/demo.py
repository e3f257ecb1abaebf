"""`emulation demo`: fill an empty database with the demo district through the services."""

from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import func, select

from emulation.i18n import say
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.scores import Role
from emulation.services import demo_data as data
from emulation.services.criteria import builtin_template
from emulation.services.errors import InputError
from emulation.services.periods import create_period, set_locked
from emulation.services.permissions import Action
from emulation.services.results import rank
from emulation.services.scores import NewValue, set_scores
from emulation.services.settings import update_settings
from emulation.services.units import save_units
from emulation.services.vetoes import set_veto
from emulation.services.workspace import Workspace
from emulation.store import Period, Unit

#: unit kind → (label used in period names, built-in template scoring it)
KINDS = {
    "thôn": ("Thôn, tổ dân phố", "thon-10-phut"),
    "công sở": ("Công sở", "cong-so-10-phut"),
    "trường học": ("Trường học", "truong-hoc-10-phut"),
    "chi bộ": ("Sinh hoạt chi bộ", "sinh-hoat-chi-bo"),
}


Report = Callable[[int, int, str], None]


def build_demo(ws: Workspace, seed: int = 2026, progress: Report | None = None) -> str:
    """Fill an empty database with the demo district; ``progress(done, total, text)`` per period."""
    report = progress or (lambda done, total, text: None)
    with ws.transaction(Action.DEMO) as session:
        if session.scalar(select(func.count()).select_from(Unit)) or session.scalar(
            select(func.count()).select_from(Period)
        ):
            raise InputError.single("database", "demo_needs_empty_database")
    update_settings(ws, data.SETTINGS)
    units = data.demo_units()
    save_units(ws, units)
    rnd = random.Random(seed)
    quality = {u.code: data.quality(rnd) for u in units}
    periods = 0
    steps = len(KINDS) * (len(data.MONTHS) + 1)
    for kind, (label, template) in KINDS.items():
        cs = builtin_template(template)
        codes = [u.code for u in units if u.kind == kind]
        names = []
        for month in data.MONTHS:
            name = f"{month} – {label}"
            report(periods, steps, name)
            create_period(ws, name, criteria=cs.name, kind="month", unit_kind=kind)
            _score(ws, name, cs, {c: quality[c] for c in codes}, rnd)
            names.append(name)
            periods += 1
        report(periods, steps, f"{data.QUARTER} – {label}")
        create_period(ws, f"{data.QUARTER} – {label}", kind="quarter", sources=names)
        periods += 1
        if kind == "thôn":
            set_veto(ws, names[1], codes[1], cs.vetoes[0].code) if cs.vetoes else None
        set_locked(ws, names[0], True)
    first = f"{data.MONTHS[-1]} – {KINDS['thôn'][0]}"
    leader = rank(ws, first).rows[0].unit.name if periods else "—"
    return say("demo_summary", units=len(units), periods=periods, period=first, leader=leader)


def _score(ws: Workspace, period: str, cs: CriteriaSet, quality: dict[str, float], rnd: random.Random) -> None:
    for member in data.MEMBERS:
        values = [NewValue(s.unit_code, s.leaf_code, s.raw) for s in data.scores_for(cs, quality, rnd)]
        set_scores(ws, period, Role.MEMBER, member, values)
    own = [NewValue(s.unit_code, s.leaf_code, s.raw) for s in data.scores_for(cs, quality, rnd, bias=0.06)]
    set_scores(ws, period, Role.SELF, "", own)
