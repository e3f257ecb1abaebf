"""A locked period's result as text: ranked rows, parents' names and awards, exactly.

Numbers are written as decimal strings, so reading the text back gives the same ``Decimal``
values (``15.30`` stays ``15.30``). Pure: no database, no files.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from emulation.scoring.awards import Awarded
from emulation.scoring.standings import RankedRow, Standing
from emulation.scoring.units import UnitInfo

FORMAT = "emulation-frozen-result/1"


@dataclass(frozen=True)
class FrozenResult:
    """What a lock keeps: the rows in rank order, the parents' names, the awards and the base salary."""

    rows: tuple[RankedRow, ...]
    parent_names: Mapping[str, str]
    awards: tuple[Awarded, ...]
    base_salary: int
    criteria_fingerprint: str


def _numbers(values: Mapping[str, Decimal]) -> dict[str, str]:
    return {key: str(value) for key, value in values.items()}


class _Decimals(dict[str, Decimal]):
    """Each distinct number text made a Decimal once (a period's points take few values)."""

    def __missing__(self, text: str) -> Decimal:
        value = self[text] = Decimal(text)
        return value

    def of(self, values: Mapping[str, str]) -> dict[str, Decimal]:
        return {key: self[value] for key, value in values.items()}


def _row_out(row: RankedRow) -> dict[str, Any]:
    s, u = row.standing, row.standing.unit
    return {
        "unit": {"code": u.code, "name": u.name, "parent": u.parent_code, "cluster": u.cluster, "kind": u.kind},
        "total": str(s.total), "base": str(s.base), "bonus": str(s.bonus), "penalty": str(s.penalty),
        "nodes": _numbers(s.nodes), "scores": _numbers(s.scores), "incomplete": s.incomplete,
        "missing": list(s.missing), "vetoes": list(s.vetoes),
        "self_total": None if s.self_total is None else str(s.self_total), "self_scores": _numbers(s.self_scores),
        "rank": row.rank, "parent_rank": row.parent_rank, "cluster_rank": row.cluster_rank, "grade": row.grade,
        "grade_by_total": row.grade_by_total, "capped_by": list(row.capped_by),
        "quota_demoted": row.quota_demoted, "award_barred": row.award_barred,
    }


def _row_in(d: Mapping[str, Any], number: _Decimals) -> RankedRow:
    u = d["unit"]
    standing = Standing(
        unit=UnitInfo(u["code"], u["name"], u["parent"], u["cluster"], u["kind"]),
        total=number[d["total"]], base=number[d["base"]], bonus=number[d["bonus"]],
        penalty=number[d["penalty"]], nodes=number.of(d["nodes"]), scores=number.of(d["scores"]),
        incomplete=d["incomplete"], missing=tuple(d["missing"]), vetoes=tuple(d["vetoes"]),
        self_total=None if d["self_total"] is None else number[d["self_total"]],
        self_scores=number.of(d["self_scores"]),
    )
    return RankedRow(
        standing, d["rank"], d["parent_rank"], d["cluster_rank"], d["grade"], d["grade_by_total"],
        tuple(d["capped_by"]), d["quota_demoted"], d["award_barred"],
    )


def dumps_result(result: FrozenResult) -> str:
    index = {row.unit.code: i for i, row in enumerate(result.rows)}
    return json.dumps(
        {
            "format": FORMAT,
            "criteria_fingerprint": result.criteria_fingerprint,
            "base_salary": result.base_salary,
            "parent_names": dict(result.parent_names),
            "rows": [_row_out(row) for row in result.rows],
            "awards": [
                {"row": index[a.row.unit.code], "award": a.award, "amount_vnd": a.amount_vnd, "manual": a.manual,
                 "reason": a.reason}
                for a in result.awards
            ],
        },
        ensure_ascii=False, sort_keys=True,
    )


def loads_result(text: str) -> FrozenResult:
    d = json.loads(text)
    if d.get("format") != FORMAT:
        raise ValueError(f"not a frozen result: {d.get('format')!r}")
    number = _Decimals()
    rows = tuple(_row_in(r, number) for r in d["rows"])
    awards = tuple(
        Awarded(rows[a["row"]], a["award"], a["amount_vnd"], a["manual"], a["reason"]) for a in d["awards"]
    )
    return FrozenResult(rows, dict(d["parent_names"]), awards, int(d["base_salary"]), d["criteria_fingerprint"])

