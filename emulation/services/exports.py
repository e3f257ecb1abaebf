"""Results out as workbooks: a period's ranking."""

from __future__ import annotations

from pathlib import Path

from emulation.excel.ranking_export import RankingLine, write_ranking
from emulation.services.results import rank, row_notes
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
            notes="; ".join(row_notes(row)),
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

