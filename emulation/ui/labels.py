"""Words shown for the codes the services use (period kinds, audit actions), and number display.

The audit log's words come from the one catalogue (:mod:`emulation.i18n.audit`), like the command line's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from emulation.i18n.audit import action_name, entity_name, field_name, value_text
from emulation.ui.qt import QtCore

if TYPE_CHECKING:  # tr() is needed by the first window, which loads neither the scoring core nor the text rules
    from datetime import datetime
    from decimal import Decimal



class Ranked(Protocol):
    """A ranked unit's row (a ranking's, or a period summary's first units)."""

    @property
    def rank(self) -> int | None: ...


def tr(text: str, disambiguation: str | None = None) -> str:
    """Translate text outside any class. Such calls share the empty context, which is the one
    ``pyside6-lupdate`` gives them; ``disambiguation`` tells apart the same words in two senses."""
    return QtCore.QCoreApplication.translate("", text, disambiguation)


def period_kind(kind: str) -> str:
    names = {"month": tr("Tháng"), "quarter": tr("Quý"), "year": tr("Năm"), "other": tr("Khác")}
    return names.get(kind, kind)


def rank_label(row: Ranked) -> str:
    """A unit's overall rank as shown; a unit nobody scored has none: "chưa chấm"."""
    return tr("chưa chấm") if row.rank is None else str(row.rank)


def audit_action(action: str) -> str:
    return action_name(action)


def audit_entity(entity: str) -> str:
    return entity_name(entity)


def audit_field(field: str | None) -> str:
    """A logged field in words: "II.1 (member Lò Văn A)" → "II.1 (thành viên Lò Văn A)"."""
    return field_name(field)


def audit_value(value: str | None) -> str:
    """A logged value in words: decisions and vetoes named, decimals with a comma."""
    return value_text(value)


def points(value: Decimal | None) -> str:
    """Points as Vietnamese readers write them: "98,59", "90"."""
    from emulation.text import format_decimal

    return "" if value is None else format_decimal(value)


def local_time(at: datetime | None) -> str:
    """A stored UTC time in the computer's time zone: "05/11/2026 14:30"."""
    if at is None:
        return ""
    from emulation.text import format_date

    local = at.astimezone() if at.tzinfo else at
    return f"{format_date(local.date())} {local:%H:%M}"
