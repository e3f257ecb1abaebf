"""Award rules as flat table rows and back: the rule's kind and value in columns of their own, and
its history requirement as two columns: what the earlier years must show (``award:<name>`` or
``grade:<name>``) and how many years before the period's."""

from __future__ import annotations

from typing import Any

Row = dict[str, Any]
RULE_KINDS = ("top", "grades", "min_total")
HISTORY_KINDS = ("award", "grade")


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
        **history_cells(rule.get("history")),
    }


def history_cells(need: Any) -> Row:
    """A rule's history requirement as the table's two cells (an unreadable one kept as written)."""
    if not isinstance(need, dict):
        return {"history": None, "history_years": ""}
    for kind in HISTORY_KINDS:
        if isinstance(need.get(kind), str):
            years = need.get("years", "")
            return {"history": f"{kind}:{need[kind]}", "history_years": "" if years is None else str(years)}
    return {"history": None, "history_years": ""}


def history_need(row: Row) -> dict[str, Any] | None:
    """The two cells back as the document's ``history`` (years as a number when it reads as one)."""
    chosen = row.get("history")
    if not isinstance(chosen, str) or ":" not in chosen:
        return None
    kind, name = chosen.split(":", 1)
    typed = str(row.get("history_years") or "").strip()
    years: Any = int(typed) if typed.isdigit() else typed
    return {kind: name, "years": years}


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
    need = history_need(row)
    if need is not None:
        rule["history"] = need
    award: dict[str, Any] = {"name": row.get("name", ""), "rule": rule}
    if str(row.get("amount") or "").strip():
        award["amount"] = row["amount"]
    return award
