"""Why a unit stands where it does: total, ranks, grade, the gap to the next grade, vetoes, quotas.

Plain sentences from domain values, so they can be tested without a widget.
"""

from __future__ import annotations

from decimal import Decimal

from emulation.scoring.criteria import CriteriaSet, Veto
from emulation.scoring.standings import RankedRow
from emulation.services.results import Ranking
from emulation.ui.labels import points, tr
from emulation.ui.measure_lines import measure_lines

MISSING_SHOWN = 6


def explain(ranking: Ranking, row: RankedRow) -> list[str]:
    cs, s = ranking.criteria, row.standing
    lines = [
        tr("Tổng điểm: {total} / {ceiling} (cơ bản {base}, cộng {bonus}, trừ {penalty}).").format(
            total=points(s.total),
            ceiling=points(cs.ceiling),
            base=points(s.base),
            bonus=points(s.bonus),
            penalty=points(s.penalty),
        ),
        _ranks(ranking, row),
        _grade(row),
        _gap(cs, row),
    ]
    lines += [_veto_line(v, capped=v.code in row.capped_by) for v in _held(cs, s.vetoes)]
    if row.quota_demoted:
        lines.append(_quota(cs, row))
    if s.incomplete:
        lines.append(_missing(s.missing))
    if s.self_total is not None:
        lines.append(tr("Đơn vị tự chấm: {total} điểm.").format(total=points(s.self_total)))
    lines += measure_lines(ranking, row)
    return [line for line in lines if line]


def _ranks(ranking: Ranking, row: RankedRow) -> str:
    if row.rank is None:
        return tr("Chưa chấm: chưa có điểm nào của hội đồng, nên không xếp hạng, không xếp loại.")
    text = tr("Hạng {rank}/{count} trong toàn bộ kỳ").format(rank=row.rank, count=len(ranking.rows))
    parent = ranking.parent_names.get(row.unit.parent_code or "")
    if parent and row.parent_rank is not None:
        text += tr("; hạng {rank} trong {parent}").format(rank=row.parent_rank, parent=parent)
    if row.unit.cluster and row.cluster_rank is not None:
        text += tr("; hạng {rank} trong {cluster}").format(rank=row.cluster_rank, cluster=row.unit.cluster)
    return text + "."


def _grade(row: RankedRow) -> str:
    if row.grade is None:
        return tr("Chưa đạt mức xếp loại nào.")
    if row.grade != row.grade_by_total and row.grade_by_total:
        return tr("Xếp loại: {grade} (theo điểm: {by_total}).").format(grade=row.grade, by_total=row.grade_by_total)
    return tr("Xếp loại: {grade}.").format(grade=row.grade)


def _gap(cs: CriteriaSet, row: RankedRow) -> str:
    index = cs.grade_index(row.grade_by_total)
    if index == 0:
        return tr("Đã đạt mức điểm của loại cao nhất.")
    better = cs.grades[index - 1] if index is not None else (cs.grades[-1] if cs.grades else None)
    if better is None:
        return ""
    gap: Decimal = better.min - row.total
    return tr("Cần thêm {gap} điểm để đạt mức {grade} (từ {min} điểm).").format(
        gap=points(gap), grade=better.name, min=points(better.min)
    )


def _held(cs: CriteriaSet, codes: tuple[str, ...]) -> list[Veto]:
    return [v for v in cs.vetoes if v.code in codes]


def _veto_line(veto: Veto, *, capped: bool) -> str:
    if veto.cap_grade is None:
        text = tr("Không được xét khen thưởng do điều kiện khống chế {code}: {title}.")
    elif capped:
        text = tr("Bị giới hạn ở loại {cap} và không được xét khen thưởng do điều kiện khống chế {code}: {title}.")
    else:
        text = tr("Vi phạm điều kiện khống chế {code}: {title} (không xét khen thưởng).")
    return text.format(code=veto.code, title=veto.title, cap=veto.cap_grade)


def _quota(cs: CriteriaSet, row: RankedRow) -> str:
    final = cs.grade_index(row.grade)
    quota = next((q for q in cs.quotas if final is None or (cs.grade_index(q.grade) or 0) < final), None)
    if quota is None:
        return tr("Bị hạ xuống loại {grade} do giới hạn tỷ lệ.").format(grade=row.grade)
    share = points(quota.max_share * 100)
    text = tr("Bị hạ xuống loại {grade} do giới hạn tỷ lệ: loại {quota} không quá {share}% số đơn vị đạt {of} trở lên.")
    return text.format(grade=row.grade, quota=quota.grade, share=share, of=quota.of)


def _missing(codes: tuple[str, ...]) -> str:
    shown = ", ".join(codes[:MISSING_SHOWN]) + ("…" if len(codes) > MISSING_SHOWN else "")
    if not codes:
        return tr("Chưa có đủ điểm ở mọi kỳ được tổng hợp.")
    return tr("Chưa chấm đủ: còn {count} tiêu chí chưa có điểm ({codes}).").format(count=len(codes), codes=shown)
