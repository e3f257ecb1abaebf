"""The criteria editor keeps an award rule's history requirement, which its table has no column for."""

from __future__ import annotations

from emulation.ui.criteria.award_rows import award_rows, awards_of

AWARDS = [
    {"name": "Bằng khen", "rule": {"history": {"award": "Giấy khen", "years": 2}}, "amount": 1},
    {"name": "Cờ thi đua", "rule": {"grades": ["Xuất sắc"], "history": {"grade": "Xuất sắc", "years": 2}}},
    {"name": "Giấy khen", "rule": {"top": 1, "per": "parent"}, "amount": 0.3},
]


def test_history_rules_survive_the_table() -> None:
    rows = award_rows(AWARDS)
    assert [(r["kind"], r["value"]) for r in rows] == [("history", ""), ("grades", "Xuất sắc"), ("top", "1")]
    back = awards_of(rows)
    assert back[0]["rule"] == {"history": {"award": "Giấy khen", "years": 2}}
    assert back[1]["rule"] == {"grades": ["Xuất sắc"], "history": {"grade": "Xuất sắc", "years": 2}}
    assert back[2]["rule"] == {"top": "1", "per": "parent"}
