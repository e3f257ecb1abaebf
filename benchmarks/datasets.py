"""The benchmark data: built once per size, kept in a cache folder outside the repository.

A dataset is a database holding communes (``xã``) with 100 villages (``thôn``) each, one period
scored by four committee members and one official on every leaf of a 50-leaf criteria set,
plus the files the import paths read (a units CSV, a filled score workbook).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PERIOD = "Tháng 10/2026"
CRITERIA = "Chấm điểm thôn — đo hiệu năng"
SCORERS = (("member", "Nguyễn Văn An"), ("member", "Trần Thị Bình"), ("member", "Lê Văn Cường"),
           ("member", "Phạm Thị Dung"), ("official", "Hoàng Văn Em"))
PRINT_SETTINGS = {"place": "Bảo Yên", "signer_name": "Hoàng Văn Thành", "signer_title": "CHỦ TỊCH",
                  "issuer": "ỦY BAN NHÂN DÂN XÃ BẢO YÊN", "parent_body": "UBND TỈNH LÀO CAI"}
#: the passphrase of the benchmark's certificate signing key (given to the measured process by its environment)
KEY_PASSPHRASE = "benchmark passphrase"
VILLAGES_PER_COMMUNE = 100
GROUPS = 5
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
LEAVES_PER_GROUP = 10


def cache_dir() -> Path:
    folder = Path(os.environ.get("EMULATION_BENCH_CACHE") or Path(tempfile.gettempdir()) / "emulation-benchmarks")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def criteria_doc(groups: int = GROUPS, per_group: int = LEAVES_PER_GROUP, *, award_all: bool = False) -> dict[str, Any]:
    """A criteria set of ``groups × per_group`` leaves of every scored kind."""
    nodes = []
    for g in range(groups):
        children: list[dict[str, Any]] = []
        for i in range(per_group):
            code, title = str(i + 1), f"Tiêu chí {g + 1}.{i + 1}: giữ gìn vệ sinh môi trường thôn"
            if i == per_group - 1:
                children.append({"code": code, "title": title, "kind": "check", "max": 2})
            elif i == per_group - 2:
                children.append({"code": code, "title": title, "kind": "ratio", "target": 100, "max": 2})
            elif i == per_group - 3:
                children.append({"code": code, "title": title, "kind": "bands", "unit": "lần",
                                 "bands": [{"min": 4, "points": 2}, {"min": 2, "points": 1}, {"min": 0, "points": 0}]})
            else:
                children.append({"code": code, "title": title, "kind": "points", "max": 2})
        nodes.append({"code": ROMAN[g], "title": f"Nhóm tiêu chí {g + 1}", "children": children})
    leaves = groups * per_group
    awards = [{"name": "Giấy khen", "rule": {"min_total": 0}, "amount": 0.3}] if award_all else [
        {"name": "Giấy khen", "rule": {"top": 1, "per": "parent"}, "amount": 0.3}]
    return {
        "format": "emulation-criteria/1", "name": CRITERIA, "version": "2026", "unit_kind": "thôn",
        "max_total": 2 * leaves, "tie_breakers": [nodes[0]["code"], "penalty"],
        "criteria": nodes,
        "grades": [{"name": "Xuất sắc", "min": 1.8 * leaves}, {"name": "Tốt", "min": 1.5 * leaves},
                   {"name": "Khá", "min": leaves}, {"name": "Chưa đạt", "min": 0}],
        "quotas": [{"grade": "Xuất sắc", "max_share": 0.2, "of": "Tốt"}],
        "awards": awards,
    }


def unit_rows(villages: int) -> Iterator[tuple[str, str, str, str | None, str | None]]:
    """(code, name, kind, parent code, cluster) of the communes and their villages."""
    communes = -(-villages // VILLAGES_PER_COMMUNE)
    for c in range(communes):
        yield f"X{c:04d}", f"Xã Đồng Tâm {c + 1}", "xã", None, f"Cụm {c // 10 + 1}"
    for v in range(villages):
        yield f"T{v:06d}", f"Thôn Nậm Mò {v + 1}", "thôn", f"X{v // VILLAGES_PER_COMMUNE:04d}", None


def write_units_csv(path: Path, villages: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Mã", "Tên", "Loại", "Thuộc", "Cụm"])
        for row in unit_rows(villages):
            writer.writerow([value or "" for value in row])


def raw_value(rnd: random.Random, kind: str) -> str:
    if kind == "check":
        return rnd.choice(("0", "1", "1"))
    if kind in ("ratio", "bands"):
        return str(rnd.randint(0, 100) if kind == "ratio" else rnd.randint(0, 6))
    return str(rnd.randint(0, 8) / 4).rstrip("0").rstrip(".") or "0"


def leaf_kinds(doc: dict[str, Any]) -> list[tuple[str, str]]:
    return [(f"{g['code']}.{leaf['code']}", leaf.get("kind", "points"))
            for g in doc["criteria"] for leaf in g["children"]]


def build_database(url: str, villages: int, *, scorers: int = len(SCORERS), groups: int = GROUPS,
                   award_all: bool = False, with_scores: bool = True, key: Path | None = None) -> None:
    """Create the dataset at ``url`` (a new, empty database) through the services, scores in bulk.

    ``key``: where to write the private key that signs the certificates (none when not given).
    """
    import json

    from sqlalchemy import select

    from emulation.excel.units_file import UnitRecord
    from emulation.services.criteria import import_criteria
    from emulation.services.periods import create_period
    from emulation.services.printing import set_decision
    from emulation.services.settings import update_settings
    from emulation.services.units import save_units
    from emulation.services.workspace import Workspace
    from emulation.store import Period, PeriodUnit, Score
    from emulation.store.bulk import bulk_insert

    doc = criteria_doc(groups, award_all=award_all)
    ws = Workspace.open(url, user="benchmark")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "criteria.json"
            path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
            import_criteria(ws, path)
        save_units(ws, [UnitRecord(c, n, k, p, cl) for c, n, k, p, cl in unit_rows(villages)])
        create_period(ws, PERIOD, criteria=CRITERIA)
        update_settings(ws, PRINT_SETTINGS)
        set_decision(ws, PERIOD, "05/QĐ-UBND")
        if key is not None:
            from emulation.services.signing_keys import create_key

            key.unlink(missing_ok=True)
            create_key(ws, key, KEY_PASSPHRASE)
        if not with_scores:
            return
        rnd = random.Random(villages)
        leaves = leaf_kinds(doc)
        now = datetime.now(UTC)
        with ws.transaction() as session:
            period_id = session.scalar(select(Period.id).where(Period.name == PERIOD))
            unit_ids = session.scalars(select(PeriodUnit.unit_id).where(PeriodUnit.period_id == period_id)).all()
            batch: list[dict[str, Any]] = []
            for unit_id in unit_ids:
                for code, kind in leaves:
                    for role, scorer in SCORERS[:scorers]:
                        batch.append({"period_id": period_id, "unit_id": unit_id, "leaf_code": code, "role": role,
                                      "scorer": scorer, "raw_value": raw_value(rnd, kind), "entered_by": "benchmark",
                                      "entered_at": now})
                if len(batch) >= 50_000:
                    bulk_insert(session, Score, batch)
                    batch = []
            bulk_insert(session, Score, batch)
    finally:
        ws.close()


def sqlite_dataset(villages: int, **options: Any) -> Path:
    """The cached SQLite file of ``villages`` scored villages (built on first use)."""
    suffix = "-".join(f"{k}{v}" for k, v in sorted(options.items()))
    path = cache_dir() / f"rank-{villages}{'-' + suffix if suffix else ''}.sqlite"
    if not path.exists():
        print(f"  building {path.name} …", flush=True)
        partial = path.with_suffix(".partial")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        key = signing_key(path) if options.get("award_all") else None
        build_database(str(partial), villages, key=key, **options)
        _checkpoint(partial)
        partial.rename(path)
    return path


def locked_dataset(villages: int) -> Path:
    """The dataset of ``villages`` with its period locked: its result frozen (built on first use)."""
    import subprocess
    import sys

    path = cache_dir() / f"rank-{villages}-locked.sqlite"
    if not path.exists():
        print(f"  building {path.name} …", flush=True)
        partial = scratch_copy(sqlite_dataset(villages), "locking.sqlite")
        subprocess.run([sys.executable, "-m", "emulation.cli", "--db", str(partial), "lock", PERIOD], check=True,
                       stdout=subprocess.DEVNULL, env={**os.environ, "EMULATION_USER": "benchmark"})
        _checkpoint(partial)
        partial.rename(path)
    return path


def signing_key(dataset: Path) -> Path:
    """The private key file that signs the certificates of a dataset."""
    return dataset.with_suffix(".pem")


def _checkpoint(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("ANALYZE")
    conn.close()


def scratch_copy(source: Path, name: str) -> Path:
    """A fresh copy of a cached database for a path that writes."""
    target = cache_dir() / "scratch" / name
    target.parent.mkdir(exist_ok=True)
    for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def units_csv(villages: int) -> Path:
    path = cache_dir() / f"units-{villages}.csv"
    if not path.exists():
        write_units_csv(path, villages)
    return path


def score_workbook(villages: int, groups: int) -> tuple[Path, Path]:
    """(database without scores, a filled score template for all its villages), built once."""
    db = sqlite_dataset(villages, groups=groups, with_scores=False)
    path = cache_dir() / f"scores-{villages}x{groups * LEAVES_PER_GROUP}.xlsx"
    if not path.exists():
        print(f"  building {path.name} …", flush=True)
        _write_filled_template(db, path, groups)
    return db, path


def _write_filled_template(db: Path, path: Path, groups: int) -> None:
    import openpyxl

    from emulation.excel.score_template import FIRST_DATA_ROW, FIRST_LEAF_COL
    from emulation.services.scores import write_template
    from emulation.services.workspace import Workspace

    ws = Workspace.open(str(db), user="benchmark")
    try:
        count = write_template(ws, PERIOD, path)
    finally:
        ws.close()
    kinds = [kind for _, kind in leaf_kinds(criteria_doc(groups))]
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rnd = random.Random(count)
    for r in range(FIRST_DATA_ROW, FIRST_DATA_ROW + count):
        for c, kind in enumerate(kinds, start=FIRST_LEAF_COL):
            text = raw_value(rnd, kind)
            sheet.cell(r, c).value = text.replace(".", ",") if rnd.random() < 0.3 else float(text)
    book.save(path)
