"""The "Dân vận khéo" models register (sổ mô hình): fields, statuses, and which models
count in a year."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from emulation.text import match_key

#: the committee's list of fields unless the setting ``dvk_fields`` gives another
DEFAULT_FIELDS = ("Kinh tế", "Văn hóa – xã hội", "Quốc phòng – an ninh", "Xây dựng hệ thống chính trị")


class Status(StrEnum):
    REGISTERED = "registered"
    RECOGNISED = "recognised"
    STOPPED = "stopped"


STATUS_LABELS = {Status.REGISTERED: "Đăng ký", Status.RECOGNISED: "Được công nhận",
                 Status.STOPPED: "Dừng hoạt động"}
_STATUS_WORDS = {
    Status.REGISTERED: ("Đăng ký", "Đã đăng ký", "registered"),
    Status.RECOGNISED: ("Được công nhận", "Công nhận", "Đã công nhận", "recognised"),
    Status.STOPPED: ("Dừng hoạt động", "Dừng", "Ngừng hoạt động", "Ngừng", "stopped"),
}
_NOT_WORD = re.compile(r"[^\w]+")


def field_key(text: str) -> str:
    return _NOT_WORD.sub("", match_key(text))


def status_of(text: str) -> Status | None:
    key = field_key(text)
    return next((s for s, words in _STATUS_WORDS.items() if key in {field_key(w) for w in words}), None)


def field_of(text: str, fields: Sequence[str]) -> str | None:
    """The committee's field a text names: "Văn hóa - xã hội" is "Văn hóa – xã hội"."""
    key = field_key(text)
    return next((f for f in fields if field_key(f) == key), None)


@dataclass(frozen=True, slots=True)
class ModelEntry:
    name: str
    unit_code: str
    field: str
    year: int
    status: Status = Status.REGISTERED
    stopped_year: int | None = None
    evidence: str | None = None

    def active_in(self, year: int) -> bool:
        """Registered by the end of ``year`` and not stopped by then (a stop without a year
        counts from the year registered)."""
        if self.year > year:
            return False
        if self.status is not Status.STOPPED:
            return self.stopped_year is None or self.stopped_year > year
        return self.stopped_year is not None and self.stopped_year > year
