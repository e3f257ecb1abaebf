"""The month's steps, from an empty database to printed certificates."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete

from emulation.scoring.scores import Role
from emulation.services.awards import include_units
from emulation.services.criteria import import_criteria
from emulation.services.month_steps import month_steps
from emulation.services.periods import create_period
from emulation.services.printing import set_decision
from emulation.services.scores import NewValue, set_scores
from emulation.services.summary_store import summarised_period_name
from emulation.services.units import import_units
from emulation.services.workspace import Workspace
from emulation.store import Period, PeriodSource, PeriodUnit, Score
from tests.cli.scenario import CRITERIA, LEAVES
from tests.data import SAMPLES
from tests.ui.scoring import world

PERIOD = "Tháng 10/2026"


def next_step(ws: Workspace) -> str | None:
    step = month_steps(ws).next
    return step.key if step else None


def test_the_next_thing_to_do_follows_the_month(tmp_path: Path) -> None:
    ws = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    assert next_step(ws) == "criteria"
    path = tmp_path / "c.json"
    path.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    import_criteria(ws, path)
    assert next_step(ws) == "units"
    import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
    assert next_step(ws) == "period"
    create_period(ws, PERIOD, criteria=str(CRITERIA["name"]), unit_kind="thôn")
    assert next_step(ws) == "scores"
    codes = ["VY-TK", "VY-NM", "VY-KP", "VY-BB", "ND-BH", "ND-ĐL", "ND-DT", "ND-NK", "PR-1", "PR-2", "PR-3"]
    first = [NewValue(c, leaf, Decimal("10")) for c in codes[:-1] for leaf in LEAVES[:4]]
    set_scores(ws, PERIOD, Role.MEMBER, "An", first)
    scores = next(s for s in month_steps(ws).steps if s.key == "scores")
    assert (scores.done, scores.count, scores.total) == (False, 10, 11)
    set_scores(ws, PERIOD, Role.MEMBER, "An", [NewValue(codes[-1], leaf, Decimal("10")) for leaf in LEAVES[:4]])
    assert next_step(ws) == "awards"
    include_units(ws, PERIOD, ["VY-TK"], reason="Thành tích")
    set_decision(ws, PERIOD, "05")
    assert next_step(ws) == "printing"
    ws.close()


def test_the_steps_are_those_of_the_period_the_overview_summarises(tmp_path: Path) -> None:
    ws = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    assert month_steps(ws, make=False).period is None and summarised_period_name(ws) is None
    world.build_world(ws)
    create_period(ws, "Quý IV/2026", kind="quarter", sources=[world.PERIOD])
    assert month_steps(ws, make=False).period == summarised_period_name(ws) == world.PERIOD  # not the newer summary
    with ws.transaction() as session:  # a database holding summary periods only, written by other means
        period = session.query(Period).filter_by(name=world.PERIOD).one()
        for table in (Score, PeriodUnit):
            session.execute(delete(table).where(table.period_id == period.id))
        session.execute(delete(PeriodSource).where(PeriodSource.source_id == period.id))
        session.delete(period)
    steps = month_steps(ws, make=False)
    assert steps.period == summarised_period_name(ws) == "Quý IV/2026"
    assert next(s for s in steps.steps if s.key == "period").done
    ws.close()
