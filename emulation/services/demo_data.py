"""The demo district: units, committee members and plausible scores (deterministic, no I/O)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from emulation.excel.units_file import UnitRecord
from emulation.scoring.criteria import CriteriaSet, Criterion, Kind
from emulation.scoring.entries import RawValue

MEMBERS = ("Nguyễn Văn An", "Hoàng Thị Hoà", "Lương Văn Chiến")
MONTHS = ("Tháng 07/2026", "Tháng 08/2026", "Tháng 09/2026")
QUARTER = "Quý III/2026"

COMMUNES = (
    ("VY", "Xã Vĩnh Yên", "xã", "Cụm 1", ("Thôn Tổng Kim", "Khu dân cư Nặm Mèng", "Thôn Khuổi Phường", "Bản Bông")),
    (
        "ND",
        "Xã Nghĩa Đô",
        "xã",
        "Cụm 1",
        ("Thôn Bản Hốc", "Thôn Nà Khương", "Thôn Đông Lai", "Thôn Đồng Tâm", "Thôn Bản Lự"),
    ),
    ("PR", "Thị trấn Phố Ràng", "thị trấn", "Cụm 2", ("Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố 4")),
)

SETTINGS = {
    "parent_body": "UBND TỈNH LÀO CAI",
    "issuer": "ỦY BAN NHÂN DÂN XÃ BẢO YÊN",
    "place": "Bảo Yên",
    "signer_title": "CHỦ TỊCH",
    "signer_name": "Hoàng Văn Thành",
}


def demo_units() -> list[UnitRecord]:
    units: list[UnitRecord] = []
    for code, name, kind, cluster, villages in COMMUNES:
        units.append(UnitRecord(code, name, kind, None, cluster))
        short = name.split(" ", 1)[1] if name.startswith("Xã") else name.replace("Thị trấn ", "thị trấn ")
        for i, village in enumerate(villages, 1):
            units.append(UnitRecord(f"{code}-T{i}", village, "thôn", code))
        units.append(UnitRecord(f"{code}-UB", f"Ủy ban nhân dân {_lower_first(name)}", "công sở", code))
        units.append(UnitRecord(f"{code}-TH", f"Trường Tiểu học {short}", "trường học", code))
        units.append(UnitRecord(f"{code}-THCS", f"Trường THCS {short}", "trường học", code))
        for i, village in enumerate(villages[:3], 1):
            units.append(UnitRecord(f"{code}-CB{i}", f"Chi bộ {_lower_first(village)}", "chi bộ", code))
    return units


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


@dataclass(frozen=True)
class DemoScore:
    unit_code: str
    leaf_code: str
    raw: RawValue


def quality(rnd: random.Random) -> float:
    """How good a unit is, 0..1 (plausible spread: most are fairly good)."""
    return min(1.0, max(0.35, rnd.gauss(0.84, 0.09)))


def scores_for(
    cs: CriteriaSet, unit_quality: dict[str, float], rnd: random.Random, bias: float = 0.0
) -> Iterator[DemoScore]:
    """One scorer's plausible values for every unit and leaf (bias > 0: a generous self-score)."""
    for code, q in unit_quality.items():
        for leaf in cs.leaves:
            raw = _value(leaf.criterion, min(1.0, max(0.0, q + bias + rnd.gauss(0, 0.06))), rnd)
            if raw is not None:
                yield DemoScore(code, leaf.code, raw)


def _value(c: Criterion, q: float, rnd: random.Random) -> RawValue | None:
    if c.kind is Kind.LEVELS:
        ordered = sorted(c.levels, key=lambda lv: lv.points, reverse=True)
        return ordered[min(len(ordered) - 1, int((1 - q) * len(ordered) * 1.6))].label
    if c.kind is Kind.CHECK:
        return Decimal(1) if rnd.random() < q + 0.1 else Decimal(0)
    if c.kind is Kind.RATIO:
        return Decimal(round(min(100.0, q * 100 + rnd.uniform(-3, 5)) * 100)) / 100
    if c.kind is Kind.BANDS:
        top = max((b.min for b in c.bands), default=Decimal(0))
        return Decimal(round(float(top) * q + rnd.uniform(-1, 1))).max(Decimal(0))
    if c.kind is Kind.BONUS:
        return _on_step(c, rnd.random() * float(c.max_points)) if rnd.random() < 0.15 else None
    if c.kind is Kind.PENALTY:
        if rnd.random() > 0.08:
            return None
        return Decimal(1) if c.per_item is not None else _on_step(c, float(c.max_points) / 2)
    return _on_step(c, float(c.max_points) * q)


def _on_step(c: Criterion, value: float) -> Decimal:
    step = c.effective_step
    steps = int(Decimal(str(value)) / step)
    return min(step * steps, c.max_points)
