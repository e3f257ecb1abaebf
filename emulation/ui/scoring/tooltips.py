"""What hovering a cell of the grid explains: the unit, the value's points, how a result came about."""

from __future__ import annotations

from emulation.scoring.criteria import Kind
from emulation.scoring.entries import RawValue
from emulation.scoring.standings import RankedRow
from emulation.services.score_sheet import SheetUnit
from emulation.text import format_decimal
from emulation.ui.labels import rank_label, tr
from emulation.ui.scoring.cell_text import points_text
from emulation.ui.scoring.columns import Column, ColumnKind


def cell_tooltip(unit: SheetUnit, column: Column, raw: RawValue | None, ranked: RankedRow | None) -> str | None:
    if column.kind in (ColumnKind.CODE, ColumnKind.NAME):
        return unit_tooltip(unit)
    if column.leaf is not None:
        if raw is None:
            return tr("{0}: chưa chấm").format(column.leaf.code)
        points = points_text(column.leaf.criterion, raw)
        if column.leaf.kind is Kind.LEVELS:
            return tr("{0}: {1} = {2} điểm").format(column.leaf.code, raw, points)
        if column.leaf.kind is Kind.PENALTY:
            return tr("{0}: trừ {1} điểm").format(column.leaf.code, points)
        return tr("{0}: {1} điểm").format(column.leaf.code, points)
    if column.veto is not None:
        cap = column.veto.cap_grade
        effect = tr("xếp loại tối đa: {0}").format(cap) if cap else tr("loại khỏi khen thưởng")
        return f"{column.veto.code}. {column.veto.title}\n{effect}"
    if ranked is None:
        return None
    if column.kind is ColumnKind.TOTAL:
        return total_tooltip(ranked)
    if column.kind is ColumnKind.RANK:
        return rank_tooltip(unit, ranked)
    return grade_tooltip(ranked)


def unit_tooltip(unit: SheetUnit) -> str:
    lines = [f"{unit.code} — {unit.name}"]
    if unit.parent_name:
        lines.append(tr("Thuộc: {0}").format(unit.parent_name))
    if unit.cluster:
        lines.append(tr("Cụm: {0}").format(unit.cluster))
    return "\n".join(lines)


def total_tooltip(ranked: RankedRow) -> str:
    s = ranked.standing
    text = tr("Điểm cơ bản {0} + thưởng {1} − trừ {2} = {3}").format(
        format_decimal(s.base), format_decimal(s.bonus), format_decimal(s.penalty), format_decimal(s.total)
    )
    if s.self_total is not None:
        text += "\n" + tr("Tự chấm: {0}").format(format_decimal(s.self_total))
    if s.incomplete:
        text += "\n" + tr("Hội đồng chưa chấm: {0}").format(", ".join(s.missing))
    return text


def rank_tooltip(unit: SheetUnit, ranked: RankedRow) -> str:
    lines = [tr("Hạng chung: {0}").format(rank_label(ranked))]
    if ranked.parent_rank is not None and unit.parent_name:
        lines.append(tr("Hạng trong {0}: {1}").format(unit.parent_name, ranked.parent_rank))
    if ranked.cluster_rank is not None and unit.cluster:
        lines.append(tr("Hạng trong {0}: {1}").format(unit.cluster, ranked.cluster_rank))
    return "\n".join(lines)


def grade_tooltip(ranked: RankedRow) -> str:
    lines = [tr("Theo điểm: {0}").format(ranked.grade_by_total or "—")]
    if ranked.capped_by:
        lines.append(tr("Bị giới hạn bởi: {0}").format(", ".join(ranked.capped_by)))
    if ranked.quota_demoted:
        lines.append(tr("Hạ một bậc do vượt tỷ lệ tối đa"))
    if ranked.award_barred:
        lines.append(tr("Không được xét khen thưởng (điều kiện khống chế)"))
    return "\n".join(lines)
