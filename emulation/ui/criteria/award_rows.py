"""Award rules as flat table rows and back: the rule's kind and value in columns of their own."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]
RULE_KINDS = ("top", "grades", "min_total")


def award_rows(awards: list[dict[str, Any]]) -> list[Row]:
    return [_row(a) for a in awards]


def _row(award: dict[str, Any]) -> Row:
    rule = award.get("rule") or {}
    kind = next((k for k in RULE_KINDS if k in rule), "history" if "history" in rule else "top")
    value = rule.get(kind, "") if kind != "history" else ""
    if kind == "grades" and isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return {
        "name": award.get("name", ""),
        "kind": kind,
        "value": "" if value is None else str(value),
        "per": rule.get("per", "all") if kind == "top" else None,
        "amount": award.get("amount", ""),
        "history": rule.get("history"),  # kept as written: the table has no column for it
    }


def awards_of(rows: list[Row]) -> list[dict[str, Any]]:
    return [_award(r) for r in rows]


def _award(row: Row) -> dict[str, Any]:
    kind = row.get("kind") or "top"
    value: Any = str(row.get("value") or "").strip()
    rule: dict[str, Any]
    if kind == "grades":
        rule = {"grades": [g.strip() for g in value.split(",") if g.strip()]}
    elif kind == "top":
        rule = {"top": value, "per": row.get("per") or "all"}
    elif kind == "history":
        rule = {}  # the history requirement alone, added below
    else:
        rule = {kind: value}
    if row.get("history"):
        rule["history"] = row["history"]
    award: dict[str, Any] = {"name": row.get("name", ""), "rule": rule}
    if str(row.get("amount") or "").strip():
        award["amount"] = row["amount"]
    return award
