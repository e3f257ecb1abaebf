"""Words for the criteria editor: kinds, fields, ways of aggregating, award scopes."""

from __future__ import annotations

from emulation.scoring.criteria import Aggregation, Kind
from emulation.ui.labels import tr


def kind_labels() -> dict[Kind, str]:
    return {
        Kind.GROUP: tr("Nhóm"),
        Kind.POINTS: tr("Chấm điểm"),
        Kind.CHECK: tr("Có/không"),
        Kind.LEVELS: tr("Chọn mức"),
        Kind.BANDS: tr("Theo khoảng"),
        Kind.RATIO: tr("Theo tỷ lệ"),
        Kind.BONUS: tr("Điểm thưởng"),
        Kind.PENALTY: tr("Điểm trừ"),
    }


def aggregation_labels() -> dict[Aggregation, str]:
    return {
        Aggregation.MEAN: tr("Trung bình cộng"),
        Aggregation.MEDIAN: tr("Trung vị"),
        Aggregation.TRIMMED_MEAN: tr("Trung bình bỏ cao nhất, thấp nhất"),
        Aggregation.OFFICIAL: tr("Theo điểm thẩm định"),
    }


def scope_labels() -> dict[str, str]:
    return {"all": tr("toàn bộ"), "parent": tr("mỗi đơn vị cấp trên"), "cluster": tr("mỗi cụm")}


def field_labels() -> dict[str, str]:
    return {
        "code": tr("Mã"),
        "title": tr("Nội dung"),
        "kind": tr("Loại"),
        "max": tr("Điểm tối đa"),
        "step": tr("Bước chấm"),
        "unit": tr("Đơn vị đo"),
        "target": tr("Mục tiêu"),
        "per_item": tr("Trừ mỗi lần"),
        "bands": tr("Các khoảng"),
        "levels": tr("Các mức"),
        "guidance": tr("Hướng dẫn chấm"),
        "note": tr("Ghi chú"),
        "children": tr("Tiêu chí con"),
        "name": tr("Tên bộ tiêu chí"),
        "version": tr("Phiên bản"),
        "unit_kind": tr("Loại đơn vị"),
        "movement": tr("Phong trào"),
        "max_total": tr("Tổng điểm tối đa"),
        "bonus_cap": tr("Điểm thưởng tối đa"),
        "aggregation": tr("Tổng hợp điểm hội đồng"),
        "use_self_when_missing": tr("Dùng điểm tự chấm khi hội đồng chưa chấm"),
        "tie_breakers": tr("Khi bằng điểm, xét"),
        "criteria": tr("Tiêu chí"),
        "grades": tr("Xếp loại"),
        "vetoes": tr("Điều kiện khống chế"),
        "quotas": tr("Tỷ lệ tối đa"),
        "awards": tr("Khen thưởng"),
        "format": tr("Định dạng"),
    }
