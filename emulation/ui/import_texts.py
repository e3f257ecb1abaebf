"""The sentences of the import assistant: what a preview found, and what an import did."""

from __future__ import annotations

from emulation.scoring.problems import Problem
from emulation.services.criteria import CriteriaInfo
from emulation.services.errors import PeriodLocked
from emulation.services.scores import Scored
from emulation.services.units import UnitsImported
from emulation.ui.import_plans import ImportResult, Preview
from emulation.ui.labels import tr


def preview_text(preview: Preview) -> str:
    if preview.problems:
        return faults_text(preview.problems)
    if preview.scores is not None:
        changes = preview.scores.changes
        added = sum(1 for c in changes if c.old is None)
        if not changes:
            return tr("Không có điểm nào thay đổi ({same} ô giữ nguyên).").format(same=preview.scores.unchanged)
        return tr("Sẽ ghi {count} ô điểm: {added} ô mới, {changed} ô sửa; {same} ô giữ nguyên.").format(
            count=len(changes), added=added, changed=len(changes) - added, same=preview.scores.unchanged
        )
    if preview.criteria is not None:
        return tr("Tệp đọc được: bộ tiêu chí có {leaves} tiêu chí chấm điểm.").format(
            leaves=len(preview.criteria.leaves)
        )
    if preview.units is not None:
        units = preview.units
        return tr("Sẽ thêm {added} đơn vị, sửa {changed} đơn vị; {same} đơn vị giữ nguyên.").format(
            added=units.added, changed=units.changed, same=units.unchanged
        )
    return ""


def faults_text(problems: tuple[Problem, ...] | list[Problem]) -> str:
    return tr(
        "Tệp có {count} lỗi nên chưa nhập được; chưa có gì được ghi. "
        "Chọn một lỗi để xem ô đó, sửa tệp rồi bấm “Xem trước” lại."
    ).format(count=len(problems))


def import_fault_text(exc: BaseException) -> str:
    if isinstance(exc, PeriodLocked):
        return tr("Kỳ chấm điểm đã bị khóa nên không nhập được; chưa có gì được ghi. Hãy mở khóa kỳ trước.")
    return tr("Không nhập được; chưa có gì được ghi. Cần sửa:")


def summary_text(result: ImportResult) -> str:
    outcome = result.outcome
    name = result.request.path.name
    if isinstance(outcome, Scored):
        return tr(
            "Đã nhập điểm từ {file}: {added} ô mới, {changed} ô sửa, {same} ô giữ nguyên, của {units} đơn vị."
        ).format(file=name, added=outcome.added, changed=outcome.changed, same=outcome.unchanged, units=outcome.units)
    if isinstance(outcome, CriteriaInfo):
        return tr("Đã nhập bộ tiêu chí “{name}” (bản số {revision}, {leaves} tiêu chí chấm điểm).").format(
            name=outcome.name, revision=outcome.revision, leaves=outcome.leaves
        )
    assert isinstance(outcome, UnitsImported)
    return tr("Đã nhập đơn vị từ {file}: {added} thêm mới, {changed} sửa, {same} giữ nguyên.").format(
        file=name, added=outcome.added, changed=outcome.changed, same=outcome.unchanged
    )
