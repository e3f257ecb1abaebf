"""Shapes of the command line's output: plain tables for people, JSON and CSV for machines."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from emulation.csv_text import csv_field
from emulation.i18n import say
from emulation.scoring.numbers import ZERO, round2
from emulation.services.council_awards import AwardsSource, Source
from emulation.services.results import AwardLine, Ranking, row_notes
from emulation.text import format_date, format_decimal, format_money


def number(value: Decimal) -> float:
    """A JSON number with two decimals' worth of exact text (93.75, 15.3, 90.0)."""
    return float(round2(value))


def rank_rows(r: Ranking) -> list[dict[str, Any]]:
    leaves = [leaf.code for leaf in r.criteria.leaves]
    shown: dict[Decimal, float] = {}  # a period's scores take few distinct values: each converted once

    def score(value: Decimal) -> float:
        found = shown.get(value)
        if found is None:
            found = shown[value] = number(value)
        return found

    return [
        {
            "code": row.unit.code,
            "name": row.unit.name,
            "parent": row.unit.parent_code,
            "cluster": row.unit.cluster,
            "total": number(row.total),
            "rank": row.rank,
            "parent_rank": row.parent_rank,
            "cluster_rank": row.cluster_rank,
            "grade": row.grade,
            "vetoes": list(row.standing.vetoes),
            "incomplete": row.standing.incomplete,
            "scores": {code: score(row.standing.nodes.get(code, ZERO)) for code in leaves},
        }
        for row in r.rows
    ]


def rank_json(r: Ranking) -> str:
    return rows_json({"period": r.period, "criteria": r.criteria.name}, rank_rows(r))


def rows_json(head: dict[str, Any], rows: Sequence[dict[str, Any]]) -> str:
    """A JSON document with ``head``'s fields and its ``rows``, one row a line.

    Readable by a person and written by the C encoder (an indented document is written in
    Python, several times slower on a large period).
    """
    fields = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},\n" for k, v in head.items()]
    body = ",\n".join("    " + json.dumps(row, ensure_ascii=False) for row in rows)
    return "{\n" + "".join(fields) + '  "rows": [' + (f"\n{body}\n  " if rows else "") + "]\n}"


def rank_csv(r: Ranking) -> str:
    out = io.StringIO()
    leaves = [leaf.code for leaf in r.criteria.leaves]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        csv_field(value)
        for value in [
            "code",
            "name",
            "parent",
            "cluster",
            "total",
            "rank",
            "parent_rank",
            "cluster_rank",
            "grade",
            "vetoes",
            "incomplete",
            *leaves,
        ]
    )
    for row in rank_rows(r):
        writer.writerow(
            csv_field(value)
            for value in [
                row["code"],
                row["name"],
                row["parent"] or "",
                row["cluster"] or "",
                f"{row['total']:.2f}",
                row["rank"],
                row["parent_rank"] or "",
                row["cluster_rank"] or "",
                row["grade"] or "",
                " ".join(row["vetoes"]),
                "yes" if row["incomplete"] else "",
                *(f"{row['scores'][c]:.2f}" for c in leaves),
            ]
        )
    return out.getvalue()


def rank_table(r: Ranking) -> str:
    lines = [f"{r.period} — {r.criteria.name}", ""]
    rows = [[say(c) for c in ("cli_col.rank", "cli_col.code", "cli_col.unit", "cli_col.total", "cli_col.grade",
                              "cli_col.notes")]]
    for row in r.rows:
        notes = row_notes(row)
        rows.append(
            [
                "" if row.rank is None else str(row.rank),
                row.unit.code,
                row.unit.name,
                format_decimal(row.total, 2),
                row.grade or "",
                "; ".join(notes),
            ]
        )
    return "\n".join(lines + table(rows))


def awards_source_line(source: AwardsSource) -> str:
    """Where the award list comes from: the council's vote (with its date) or the award rules."""
    if source.kind is Source.COUNCIL and source.held_on is not None:
        return say("awards_source_council", date=format_date(source.held_on))
    return say("awards_source_voting" if source.kind is Source.VOTING else "awards_source_rules")


def awards_json(lines: Sequence[AwardLine]) -> str:
    rows = [
        {
            "code": a.awarded.row.unit.code,
            "name": a.awarded.row.unit.name,
            "award": a.awarded.award,
            "amount_vnd": a.awarded.amount_vnd,
            "serial": a.serial,
        }
        for a in lines
    ]
    return rows_json({}, rows)


def awards_table(lines: Sequence[AwardLine], source: AwardsSource) -> str:
    rows = [[say(c) for c in ("cli_col.code", "cli_col.unit", "cli_col.award", "cli_col.amount", "cli_col.serial")]]
    total = 0
    for a in lines:
        amount = a.awarded.amount_vnd
        total += amount or 0
        rows.append(
            [
                a.awarded.row.unit.code,
                a.awarded.row.unit.name,
                a.awarded.award,
                format_money(amount) if amount is not None else "",
                str(a.serial or ""),
            ]
        )
    total_line = say("cli_awards_total", units=len(lines), amount=format_money(total))
    return "\n".join([*table(rows), "", total_line, awards_source_line(source)])


def table(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
