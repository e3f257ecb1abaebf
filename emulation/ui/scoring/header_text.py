"""The words above each column: the band (group) and the section (code, short title, max)."""

from __future__ import annotations

from emulation.scoring.criteria import CriteriaSet, Kind, Leaf
from emulation.text import format_decimal
from emulation.ui.labels import tr
from emulation.ui.scoring.columns import RESULT_GROUP, VETO_GROUP, Column, ColumnKind


def section_lines(column: Column) -> tuple[str, str, str]:
    """(code, title, scale) of a column's header section."""
    if column.leaf is not None:
        return column.leaf.code, column.leaf.title, scale_text(column.leaf)
    if column.veto is not None:
        return column.veto.code, column.veto.title, tr("khống chế")
    titles = {
        ColumnKind.CODE: tr("Mã"),
        ColumnKind.NAME: tr("Đơn vị"),
        ColumnKind.TOTAL: tr("Tổng điểm"),
        ColumnKind.RANK: tr("Hạng"),
        ColumnKind.GRADE: tr("Xếp loại"),
    }
    return "", titles[column.kind], ""


def scale_text(leaf: Leaf) -> str:
    """What a cell of this leaf takes, in a few characters: "≤ 10", "có = 3", "−2/lần"."""
    c = leaf.criterion
    unit = c.unit or ""
    if c.kind is Kind.CHECK:
        return tr("có = {0}").format(format_decimal(c.max_points))
    if c.kind is Kind.PENALTY and c.per_item is not None:
        return tr("−{0}/{1}").format(format_decimal(c.per_item), unit or tr("lần"))
    if c.kind is Kind.PENALTY:
        return tr("trừ ≤ {0}").format(format_decimal(c.max_points))
    if c.kind is Kind.RATIO:
        assert c.target is not None
        return tr("{0}{1} → {2}").format(format_decimal(c.target), unit, format_decimal(c.max_points))
    if c.kind is Kind.BANDS:
        return tr("{0} → ≤ {1}").format(unit, format_decimal(c.max_points)).strip()
    if c.kind is Kind.LEVELS:
        return tr("mức, ≤ {0}").format(format_decimal(c.max_points))
    if c.kind is Kind.BONUS:
        return tr("+ ≤ {0}").format(format_decimal(c.max_points))
    return tr("≤ {0}").format(format_decimal(c.max_points))


def band_title(cs: CriteriaSet, key: str) -> str:
    if key == VETO_GROUP:
        return tr("Điều kiện khống chế")
    if key == RESULT_GROUP:
        return tr("Kết quả")
    node = cs.node_by_code.get(key)
    if node is None:
        return key
    if node.kind is Kind.GROUP and node.max is not None:
        return tr("{0}. {1} ({2} điểm)").format(key, node.title, format_decimal(node.max))
    return f"{key}. {node.title}"


def section_tooltip(column: Column) -> str:
    if column.leaf is None:
        return " — ".join(t for t in section_lines(column)[:2] if t)
    c = column.leaf.criterion
    lines = [f"{column.leaf.code}. {c.title}", *column.leaf.path[-1:], scale_text(column.leaf)]
    if c.kind is Kind.LEVELS:
        lines.append("; ".join(f"{lv.label}: {format_decimal(lv.points)}" for lv in c.levels))
    if c.kind is Kind.BANDS:
        lines.append("; ".join(f"≥ {format_decimal(b.min)}: {format_decimal(b.points)}" for b in c.bands))
    if c.kind in (Kind.POINTS, Kind.BONUS):
        lines.append(tr("bước chấm {0}").format(format_decimal(c.effective_step)))
    if c.guidance:
        lines.append(c.guidance)
    return "\n".join(line for line in lines if line)
