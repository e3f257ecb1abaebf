"""Results out as workbooks: a period's ranking."""

from __future__ import annotations

from pathlib import Path

from emulation.excel.ranking_export import RankingLine, write_ranking
from emulation.services.results import rank
from emulation.services.workspace import Workspace


def export_ranking(ws: Workspace, period_name: str, path: Path) -> int:
    """Write the ranking (overall, and per parent unit) to ``path``; returns the number of units."""
    ranking = rank(ws, period_name)
    cs = ranking.criteria
    lines = [
        RankingLine(
            code=row.unit.code,
            name=row.unit.name,
            parent_code=row.unit.parent_code,
            parent_name=ranking.parent_names.get(row.unit.parent_code or ""),
            total=row.total,
            rank=row.rank,
            parent_rank=row.parent_rank,
            grade=row.grade,
            notes=_notes(row),
            scores=row.standing.nodes,
        )
        for row in ranking.rows
    ]
    write_ranking(
        path,
        title=f"Kết quả xếp hạng — {ranking.period}",
        leaves=[(lf.code, lf.title) for lf in cs.leaves],
        grades=[g.name for g in cs.grades],
        lines=lines,
    )
    return len(lines)


def _notes(row: object) -> str:
    from emulation.scoring.standings import RankedRow

    assert isinstance(row, RankedRow)
    notes = []
    if row.standing.vetoes:
        notes.append("khống chế " + ", ".join(row.standing.vetoes))
    if row.quota_demoted:
        notes.append("hạ theo tỷ lệ")
    if row.standing.incomplete:
        notes.append("chưa đủ điểm")
    return "; ".join(notes)
