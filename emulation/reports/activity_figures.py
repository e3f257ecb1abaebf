"""The figures of the activity report, as plain values (the services fill them, the PDF and
the workbook print them), and the way they read: "99,08 %", "+90", "25.723"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from emulation.scoring.measures import percent
from emulation.text import format_date, format_decimal


@dataclass(frozen=True)
class FieldCount:
    field: str
    base: int
    now: int


@dataclass(frozen=True)
class UnitModels:
    unit: str
    by_field: tuple[int, ...]
    base_total: int

    @property
    def total(self) -> int:
        return sum(self.by_field)


@dataclass(frozen=True)
class ActivityRow:
    unit: str
    count: int
    sums: tuple[Decimal, ...]


@dataclass(frozen=True)
class ActivityTable:
    type_name: str
    columns: tuple[str, ...]
    rows: tuple[ActivityRow, ...]

    @property
    def total(self) -> ActivityRow:
        sums = tuple(sum((r.sums[i] for r in self.rows), Decimal(0)) for i in range(len(self.columns)))
        return ActivityRow("Tổng cộng", sum(r.count for r in self.rows), sums)


@dataclass(frozen=True)
class DossierRow:
    unit: str
    received: Decimal
    processed: Decimal
    in_progress: Decimal
    overdue: Decimal

    @property
    def rate(self) -> Decimal | None:
        return percent(self.processed, self.received)


@dataclass(frozen=True)
class IndicatorRow:
    unit: str
    total: int
    met: int
    exceeded: int


@dataclass(frozen=True)
class ActivityReport:
    title: str
    year: int
    base_year: int
    starts_on: date
    ends_on: date
    fields: tuple[str, ...]
    by_field: tuple[FieldCount, ...]
    by_unit: tuple[UnitModels, ...]
    activities: tuple[ActivityTable, ...]
    dossiers: tuple[DossierRow, ...]
    indicators: tuple[IndicatorRow, ...]

    @property
    def models_now(self) -> int:
        return sum(f.now for f in self.by_field)

    @property
    def models_base(self) -> int:
        return sum(f.base for f in self.by_field)

    @property
    def dossier_total(self) -> DossierRow:
        def add(name: str) -> Decimal:
            return sum((getattr(d, name) for d in self.dossiers), Decimal(0))

        return DossierRow("Tổng cộng", add("received"), add("processed"), add("in_progress"), add("overdue"))

    @property
    def dates(self) -> str:
        return f"từ ngày {format_date(self.starts_on)} đến ngày {format_date(self.ends_on)}"


def number(value: Decimal | int) -> str:
    return format_decimal(value)


def change(now: int, base: int) -> str:
    diff = now - base
    return f"+{number(diff)}" if diff > 0 else number(diff) if diff < 0 else "0"


def rate_text(rate: Decimal | None) -> str:
    return f"{format_decimal(rate, 2)} %" if rate is not None else "–"


def models_sentence(r: ActivityReport) -> str:
    """"Tổng số 315 mô hình (2019–2024), tăng 90 mô hình so với năm 2019: Kinh tế 101, …"."""
    diff = r.models_now - r.models_base
    trend = "tăng" if diff >= 0 else "giảm"
    parts = ", ".join(f"{f.field} {number(f.now)} ({change(f.now, f.base)})" for f in r.by_field)
    return (f"Tổng số {number(r.models_now)} mô hình “Dân vận khéo” đến năm {r.year}, {trend} "
            f"{number(abs(diff))} mô hình so với năm {r.base_year}; theo lĩnh vực: {parts}.")


def activity_sentence(t: ActivityTable) -> str:
    total = t.total
    parts = [f"{number(total.count)} lần"] + [f"{c.lower()} {number(v)}" for c, v in zip(t.columns, total.sums,
                                                                                           strict=True)]
    return f"{t.type_name}: " + ", ".join(parts) + "."


def dossier_sentence(total: DossierRow) -> str:
    return (f"Tiếp nhận {number(total.received)} hồ sơ, đã giải quyết {number(total.processed)} hồ sơ "
            f"(đạt {rate_text(total.rate)}), đang giải quyết {number(total.in_progress)}, "
            f"quá hạn {number(total.overdue)}.")


def indicator_text(row: IndicatorRow) -> str:
    return f"{row.met}/{row.total} chỉ tiêu đạt, {row.exceeded}/{row.total} vượt"


def field_columns(fields: Sequence[str]) -> list[str]:
    return list(fields)
