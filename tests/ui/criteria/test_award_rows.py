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


def test_the_history_columns_read_back() -> None:
    rows = award_rows(AWARDS)
    assert [(r["history"], r["history_years"]) for r in rows] == [
        ("award:Giấy khen", "2"), ("grade:Xuất sắc", "2"), (None, "")]
    rows[2]["history"], rows[2]["history_years"] = "award:Giấy khen", "3"
    assert awards_of(rows)[2]["rule"] == {"top": "1", "per": "parent", "history": {"award": "Giấy khen", "years": 3}}
    rows[2]["history_years"] = "ba"  # kept as typed, for the document's check to name
    assert awards_of(rows)[2]["rule"]["history"] == {"award": "Giấy khen", "years": "ba"}
