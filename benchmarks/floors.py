"""The floors: each path's work done with the bare libraries on the same rows and files.

Run as a whole process, like the path it is the floor of::

    python -m benchmarks.floors sqlite-read DB PERIOD
    python -m benchmarks.floors frozen-read DB PERIOD
    python -m benchmarks.floors postgres-read URL PERIOD
    python -m benchmarks.floors scores-import DB PERIOD WORKBOOK
    python -m benchmarks.floors units-import DB FILE.csv
    python -m benchmarks.floors canvas DB PERIOD OUT.pdf KEY.pem
    python -m benchmarks.floors window
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

SCORES_SQL = ("SELECT s.unit_id, s.leaf_code, s.role, s.scorer, s.raw_value FROM scores s "
              "JOIN periods p ON p.id = s.period_id WHERE p.name = {}")


def sqlite_read(db: str, period: str) -> int:
    """Every score row of the period into tuples."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute(SCORES_SQL.format("?"), (period,)).fetchall()
    return len(rows)


def frozen_read(db: str, period: str) -> int:
    """A locked period's stored result: its document read and parsed, every number an exact Decimal."""
    import json
    import sqlite3

    with sqlite3.connect(db) as conn:
        (document,) = conn.execute(
            "SELECT r.document FROM period_results r JOIN periods p ON p.id = r.period_id "
            "WHERE p.name = ? AND r.released_at IS NULL", (period,)).fetchone()
    rows = json.loads(document, parse_float=Decimal)["rows"]
    return len(rows)


def postgres_read(url: str, period: str) -> int:
    import psycopg

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        rows = conn.execute(SCORES_SQL.format("%s"), (period,)).fetchall()
    return len(rows)


def scores_import(db: str, period: str, workbook: str) -> int:
    """Read the grid with python-calamine, make each value an exact Decimal, write scores and audit rows."""
    import sqlite3

    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(workbook).get_sheet_by_index(0).to_python()
    header, data = sheet[1], sheet[4:]  # title, codes, titles, hints, then one row per unit
    leaf_cols = [(i, str(code)) for i, code in enumerate(header) if i >= 2 and code]
    conn = sqlite3.connect(db)
    period_id = conn.execute("SELECT id FROM periods WHERE name = ?", (period,)).fetchone()[0]
    ids = dict(conn.execute("SELECT code, id FROM units"))
    now = datetime.now(UTC).replace(tzinfo=None)
    scores, audit = [], []
    for row in data:
        code = str(row[0])
        for i, leaf in leaf_cols:
            value = row[i]
            if value == "" or value is None:
                continue
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).replace(",", "."))
            text = format(number.normalize(), "f")
            scores.append((period_id, ids[code], leaf, "member", "Nguyễn Văn An", text, "benchmark", now))
            audit.append((now, "benchmark", "score", "score", period, code, f"{leaf} (member Nguyễn Văn An)", None,
                          text))
    with conn:
        conn.executemany("INSERT INTO scores (period_id, unit_id, leaf_code, role, scorer, raw_value, entered_by, "
                         "entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", scores)
        conn.executemany("INSERT INTO audit_log (at, who, action, entity, period_name, unit_code, field, old_value, "
                         "new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", audit)
    conn.close()
    print(len(scores), "scores")
    return len(scores)


def units_import(db: str, path: str) -> int:
    """The units of a CSV file inserted with their parents."""
    import csv
    import sqlite3

    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))[1:]
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany("INSERT INTO units (code, name, kind, cluster, position) VALUES (?, ?, ?, ?, ?)",
                         [(r[0], r[1], r[2] or None, r[4] or None, i) for i, r in enumerate(rows)])
        ids = dict(conn.execute("SELECT code, id FROM units"))
        conn.executemany("UPDATE units SET parent_id = ? WHERE id = ?", [(ids[r[3]], ids[r[0]]) for r in rows if r[3]])
    conn.close()
    return len(rows)


def canvas(db: str, period: str, out: str, key: str) -> int:
    """The certificates' pages with the bare libraries: see ``benchmarks.certificate_floor``."""
    from benchmarks.certificate_floor import canvas as pages

    return pages(db, period, out, key)


def window() -> int:
    """A bare PySide6 main window, shown, then the event loop ended."""
    from PySide6 import QtCore, QtWidgets

    app = QtWidgets.QApplication(sys.argv)
    main = QtWidgets.QMainWindow()
    main.resize(1200, 800)
    main.setWindowTitle("Chấm điểm thi đua")
    main.show()
    QtCore.QTimer.singleShot(0, app.quit)
    return app.exec()


FLOORS: dict[str, Any] = {
    "sqlite-read": sqlite_read, "frozen-read": frozen_read, "postgres-read": postgres_read,
    "scores-import": scores_import, "units-import": units_import, "canvas": canvas, "window": window,
}

if __name__ == "__main__":
    FLOORS[sys.argv[1]](*sys.argv[2:])
