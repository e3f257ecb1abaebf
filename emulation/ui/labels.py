"""Words shown for the codes the services use (period kinds, audit actions), and number display."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal

from emulation.scoring.standings import RankedRow
from emulation.text import format_date, format_decimal
from emulation.ui.qt import QtCore


def tr(text: str, disambiguation: str | None = None) -> str:
    """Translate text outside any class. Such calls share the empty context, which is the one
    ``pyside6-lupdate`` gives them; ``disambiguation`` tells apart the same words in two senses."""
    return QtCore.QCoreApplication.translate("", text, disambiguation)


def period_kind(kind: str) -> str:
    names = {"month": tr("Tháng"), "quarter": tr("Quý"), "year": tr("Năm"), "other": tr("Khác")}
    return names.get(kind, kind)


def rank_label(row: RankedRow) -> str:
    """A unit's overall rank as shown; a unit nobody scored has none: "chưa chấm"."""
    return tr("chưa chấm") if row.rank is None else str(row.rank)


def audit_action(action: str) -> str:
    names = {
        "add": tr("Thêm", "audit"),
        "edit": tr("Sửa", "audit"),
        "move": tr("Chuyển cấp trên", "audit"),
        "create": tr("Tạo", "audit"),
        "lock": tr("Khóa", "audit"),
        "unlock": tr("Mở khóa", "audit"),
        "award": tr("Khen thưởng thủ công", "audit"),
        "setting": tr("Cài đặt", "audit"),
        "import": tr("Nhập", "audit"),
        "score": tr("Chấm điểm", "audit"),
        "veto": tr("Đánh dấu khống chế", "audit"),
        "unveto": tr("Bỏ khống chế", "audit"),
        "delete": tr("Xóa", "audit"),
    }
    if action in names:
        return names[action]
    from emulation.i18n import say

    text = say(f"audit.{action}")
    return action if text == f"audit.{action}" else text


def audit_entity(entity: str) -> str:
    names = {
        "unit": tr("Đơn vị", "audit"),
        "period": tr("Kỳ chấm điểm", "audit"),
        "criteria": tr("Bộ tiêu chí", "audit"),
        "scores": tr("Điểm", "audit"),
        "score": tr("Điểm", "audit"),
        "award": tr("Khen thưởng", "audit"),
        "setting": tr("Cài đặt", "audit"),
        "veto": tr("Khống chế", "audit"),
    }
    return names.get(entity, entity)


_ROLE_IN_FIELD = re.compile(r"^(?P<leaf>.*) \((?P<role>self|member|official)(?: (?P<who>.*))?\)$")
_DECIMAL = re.compile(r"^-?[0-9]+\.[0-9]+$")


def audit_field(field: str | None) -> str:
    """A logged field in words: "II.1 (member Lò Văn A)" → "II.1 (thành viên Lò Văn A)"."""
    names = {
        "code": tr("mã", "audit"),
        "name": tr("tên", "audit"),
        "kind": tr("loại", "audit"),
        "cluster": tr("cụm", "audit"),
        "parent": tr("cấp trên", "audit"),
        "issuer": tr("cơ quan ban hành", "audit"),
        "parent_body": tr("cơ quan cấp trên", "audit"),
        "place": tr("địa danh", "audit"),
        "signer_title": tr("chức vụ người ký", "audit"),
        "signer_name": tr("họ tên người ký", "audit"),
        "base_salary": tr("lương cơ sở", "audit"),
        "language": tr("ngôn ngữ", "audit"),
        "logo_path": tr("biểu trưng", "audit"),
        "decision_prefix": tr("ký hiệu quyết định", "audit"),
        "decision": tr("quyết định", "audit"),
    }
    if field in names:
        return names[field]
    match = _ROLE_IN_FIELD.match(field or "")
    if match is None:
        return field or ""
    roles = {"self": tr("tự chấm", "audit"), "member": tr("thành viên", "audit"), "official": tr("thẩm định", "audit")}
    who = f" {match['who']}" if match["who"] else ""
    return f"{match['leaf']} ({roles[match['role']]}{who})"


def audit_value(value: str | None) -> str:
    """A logged value in words: decisions and vetoes named, decimals with a comma."""
    if value is None:
        return ""
    words = {
        "include": tr("thêm vào danh sách", "audit"),
        "exclude": tr("loại khỏi danh sách", "audit"),
        "holds": tr("có", "audit"),
    }
    if value in words:
        return words[value]
    return value.replace(".", ",") if _DECIMAL.match(value) else value


def points(value: Decimal | None) -> str:
    """Points as Vietnamese readers write them: "98,59", "90"."""
    return "" if value is None else format_decimal(value)


def local_time(at: datetime | None) -> str:
    """A stored UTC time in the computer's time zone: "05/11/2026 14:30"."""
    if at is None:
        return ""
    local = at.astimezone() if at.tzinfo else at
    return f"{format_date(local.date())} {local:%H:%M}"
