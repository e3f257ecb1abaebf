"""Ranking a large period against reading its scores from SQLite, measured in one run.

    uv run python benchmarks/rank.py [--units 10000] [--leaves 50] [--scorers 5]

Builds (untimed) a SQLite database with one period of N units × L leaves × S committee
members, then times (a) reading those scores through the services layer — the baseline —
and (b) ranking them with the scoring core (aggregation, totals, ranks, grades, quotas,
awards). Target: ranking takes no longer than reading.
"""

from __future__ import annotations

import argparse
import gc
import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select

from emulation.excel.units_file import UnitRecord
from emulation.scoring.awards import select_awards
from emulation.scoring.criteria_doc import parse_criteria
from emulation.scoring.standings import rank_period
from emulation.services.criteria import store_criteria
from emulation.services.lookup import criteria_of, period_named
from emulation.services.periods import create_period
from emulation.services.results import period_unit_infos
from emulation.services.scores import period_entries
from emulation.services.units import save_units
from emulation.services.vetoes import period_vetoes
from emulation.services.workspace import Workspace
from emulation.store import Score, Unit

PERIOD = "Tháng 10/2026"


def criteria_doc(leaves: int) -> dict:  # type: ignore[type-arg]
    groups = []
    per_group = 10
    for g in range(leaves // per_group):
        children = [
            {"code": str(i + 1), "title": f"Tiêu chí {g + 1}.{i + 1}", "kind": "points", "max": 2, "step": 0.25}
            for i in range(per_group)
        ]
        groups.append({"code": f"G{g + 1}", "title": f"Nhóm {g + 1}", "max": 2 * per_group, "children": children})
    total = 2 * per_group * len(groups)
    return {
        "format": "emulation-criteria/1",
        "name": "Đo hiệu năng",
        "max_total": total,
        "tie_breakers": ["G1", "penalty"],
        "criteria": groups,
        "grades": [
            {"name": "Xuất sắc", "min": total * 9 // 10},
            {"name": "Tốt", "min": total * 3 // 4},
            {"name": "Khá", "min": total * 3 // 5},
            {"name": "Chưa đạt", "min": 0},
        ],
        "vetoes": [{"code": "K1", "title": "Vi phạm", "cap_grade": "Khá"}],
        "quotas": [{"grade": "Xuất sắc", "max_share": 0.2, "of": "Tốt"}],
        "awards": [{"name": "Giấy khen", "rule": {"top": 3, "per": "parent"}, "amount": 0.3}],
    }


def build(path: Path, units: int, leaves: int, scorers: int) -> Workspace:
    ws = Workspace.open(str(path), user="benchmark")
    cs, problems = parse_criteria(criteria_doc(leaves))
    assert cs is not None, problems
    with ws.transaction() as session:
        store_criteria(session, cs, "benchmark")
    parents = [UnitRecord(f"X{p}", f"Xã {p}", "xã", None, f"Cụm {p % 5}") for p in range(units // 20)]
    records = parents + [UnitRecord(f"T{i}", f"Thôn {i}", "thôn", f"X{i % len(parents)}") for i in range(units)]
    save_units(ws, records)
    create_period(ws, PERIOD, criteria=cs.name, unit_kind="thôn")
    rnd = random.Random(1)
    with ws.transaction() as session:
        period = period_named(session, PERIOD)
        ids = session.execute(select(Unit.id).where(Unit.kind == "thôn")).scalars().all()
        for s in range(scorers):
            rows = [
                {
                    "period_id": period.id,
                    "unit_id": uid,
                    "leaf_code": leaf.code,
                    "role": "member",
                    "scorer": f"Thành viên {s}",
                    "raw_value": str(Decimal(rnd.randint(0, 8)) / 4),
                }
                for uid in ids
                for leaf in cs.leaves
            ]
            session.execute(insert(Score), rows)
    return ws


def best_of(runs: int, fn):  # type: ignore[no-untyped-def]
    best = float("inf")
    result = None
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=10_000)
    parser.add_argument("--leaves", type=int, default=50)
    parser.add_argument("--scorers", type=int, default=5)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"building {args.units} units × {args.leaves} leaves × {args.scorers} scorers …", flush=True)
        ws = build(Path(tmp) / "bench.sqlite", args.units, args.leaves, args.scorers)

        def read():  # type: ignore[no-untyped-def]
            with ws.transaction() as session:
                period = period_named(session, PERIOD)
                return (
                    criteria_of(period),
                    period_unit_infos(session, period),
                    period_entries(session, period),
                    period_vetoes(session, period),
                )

        read_time, (cs, units, entries, vetoes) = best_of(args.runs, read)

        def rank():  # type: ignore[no-untyped-def]
            rows = rank_period(cs, units, entries, vetoes)
            return rows, select_awards(cs, rows)

        rank_time, (rows, awarded) = best_of(args.runs, rank)
        ws.close()
    print()
    print("| measurement | seconds | per score entry |")
    print("|---|---|---|")
    per = 1e6 / len(entries)
    print(f"| read {len(entries):,} scores from SQLite (baseline) | {read_time:.2f} | {read_time * per:.2f} µs |")
    print(f"| rank {len(rows):,} units, {len(awarded)} awards | {rank_time:.2f} | {rank_time * per:.2f} µs |")
    print()
    verdict = "PASS" if rank_time <= read_time else "FAIL"
    print(f"{verdict}: ranking takes {rank_time / read_time:.2f}× the time of reading (target ≤ 1×)")


if __name__ == "__main__":
    main()
