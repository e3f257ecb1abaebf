"""Importing a large score workbook against bare openpyxl passes over the same file, in one run.

    uv run python benchmarks/excel_import.py [--units 3000] [--leaves 40]

Writes (untimed) a filled score template of N units × L leaves, then times:
(a) a bare openpyxl read-only pass over every cell (the baseline),
(b) a default (not read-only) openpyxl load of the file,
(c) the project's import reader (read_score_grid: lenient reading, strict checks, unit matching).
Targets: (c) ≤ 2 × (a), and (c) < (b).
"""

from __future__ import annotations

import argparse
import gc
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from emulation.excel.score_grid import KnownUnit, read_score_grid
from emulation.excel.score_template import (
    FIRST_DATA_ROW,
    FIRST_LEAF_COL,
    ScoreTemplateSpec,
    TemplateUnit,
    write_score_template,
)
from emulation.scoring.criteria_doc import fingerprint, parse_criteria

PERIOD = "Tháng 10/2026"


def criteria(leaves: int) -> Any:
    children = [
        {"code": str(i + 1), "title": f"Tiêu chí số {i + 1}", "kind": "points", "max": 10, "step": 0.25}
        for i in range(leaves)
    ]
    doc = {
        "format": "emulation-criteria/1",
        "name": "Đo hiệu năng",
        "max_total": 10 * leaves,
        "criteria": [{"code": "I", "title": "Nhóm", "children": children}],
    }
    cs, problems = parse_criteria(doc)
    assert cs is not None, problems
    return cs


def build(path: Path, units: int, leaves: int) -> tuple[Any, list[KnownUnit]]:
    cs = criteria(leaves)
    known = [KnownUnit(f"T{i}", f"Thôn số {i}") for i in range(units)]
    spec = ScoreTemplateSpec(PERIOD, cs, fingerprint(cs), [TemplateUnit(u.code, u.name) for u in known])
    write_score_template(path, spec)
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    rnd = random.Random(1)
    for r in range(FIRST_DATA_ROW, FIRST_DATA_ROW + units):
        for c in range(FIRST_LEAF_COL, FIRST_LEAF_COL + leaves):
            ws.cell(r, c).value = rnd.choice((rnd.randint(0, 40) / 4, f"{rnd.randint(0, 9)},5"))
    wb.save(path)
    return cs, known


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def bare_pass(path: Path) -> int:
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            count += sum(1 for v in row if v is not None)
    wb.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=3000)
    parser.add_argument("--leaves", type=int, default=40)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scores.xlsx"
        print(f"writing a {args.units} × {args.leaves} workbook …", flush=True)
        cs, known = build(path, args.units, args.leaves)
        bare, cells = timed(lambda: bare_pass(path), args.runs)
        full, _ = timed(lambda: openpyxl.load_workbook(path), 1)

        def imported() -> Any:
            return read_score_grid(path, period_name=PERIOD, criteria=cs, fingerprint=fingerprint(cs), units=known)

        ours, (entries, problems) = timed(imported, args.runs)
        assert not problems, problems[:3]
        size = path.stat().st_size
    print()
    print(f"workbook: {size / 1e6:.1f} MB, {cells:,} filled cells, {len(entries):,} scores imported")
    print("| measurement | seconds | × bare pass |")
    print("|---|---|---|")
    print(f"| bare openpyxl read-only pass (baseline) | {bare:.2f} | 1.00 |")
    print(f"| default openpyxl load | {full:.2f} | {full / bare:.2f} |")
    print(f"| import (read_score_grid) | {ours:.2f} | {ours / bare:.2f} |")
    print()
    ok_bare = ours <= 2 * bare
    ok_full = ours < full
    print(f"{'PASS' if ok_bare else 'FAIL'}: import within 2× of the bare read-only pass")
    print(f"{'PASS' if ok_full else 'FAIL'}: import faster than a default openpyxl load")


if __name__ == "__main__":
    main()
