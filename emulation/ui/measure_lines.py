"""What a unit's measured criteria took from the records, for the explanation of its rank."""

from __future__ import annotations

from decimal import Decimal

from emulation.i18n import render
from emulation.scoring.standings import RankedRow
from emulation.services.results import Ranking
from emulation.ui.labels import points, tr


def _shown(raw: object) -> str:
    return points(raw) if isinstance(raw, Decimal) else str(raw)


def measure_lines(ranking: Ranking, row: RankedRow) -> list[str]:
    lines = []
    for leaf in ranking.criteria.leaves:
        m = ranking.measured.get((row.unit.code, leaf.code))
        if m is None:
            continue
        scored = row.standing.scores.get(leaf.code)
        text = tr("{code} ({points} điểm): {source}.").format(
            code=leaf.code, points=points(scored) if scored is not None else "–", source=render(m.source))
        if m.override is not None:
            text += " " + tr("Thay bằng {value} ({by}): {reason}.").format(
                value=_shown(m.override.raw), by=m.override.by, reason=m.override.reason)
        lines.append(text)
    return lines
