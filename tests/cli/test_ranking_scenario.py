"""DESIGN §3 end to end through the command line: import, score by several roles, rank, award."""

from __future__ import annotations

from pathlib import Path

from .conftest import Run
from .scenario import CRITERIA
from .scored import PERIOD, scored, target

__all__ = ["scored", "target"]


def test_rank_json_is_exactly_what_the_rules_say(scored: Run) -> None:
    data = scored("rank", PERIOD, "--json").json()
    assert data["period"] == PERIOD and data["criteria"] == CRITERIA["name"]
    got = [(r["code"], r["total"], r["rank"], r["parent_rank"], r["cluster_rank"], r["grade"]) for r in data["rows"]]
    assert got == [
        ("VY-TK", 100.0, 1, 1, 1, "Khá"),  # the leader, capped by its veto
        ("ND-BH", 98.03, 2, 1, 2, "Xuất sắc"),
        ("VY-NM", 91.14, 3, 2, 3, "Tốt"),  # tied with PR-1 across the quota cap: both move down
        ("PR-1", 91.14, 3, 1, 1, "Tốt"),
        ("PR-3", 81.0, 5, 2, 2, "Tốt"),
        ("PR-2", 80.0, 6, 3, 3, "Tốt"),  # II 60 beats II 48
        ("ND-ĐL", 80.0, 7, 2, 4, "Tốt"),  # II 48 and no penalty
        ("VY-BB", 80.0, 8, 3, 5, "Tốt"),  # II 48 but 2 penalty points
        ("VY-KP", 79.0, 9, 4, 6, "Tốt"),  # its self-score of 50 is not averaged in
        ("ND-DT", 78.0, 10, 3, 7, "Tốt"),
        ("ND-NK", 78.0, 11, 4, 8, "Tốt"),
    ]
    rows = {r["code"]: r for r in data["rows"]}
    assert rows["ND-BH"]["scores"]["I.1"] == 18.03  # (18 + 18 + 18 + 18,1) / 4 = 18,025 → half-up
    assert rows["VY-NM"]["scores"]["II.1"] == 8.74  # 10 × 87,35 % = 8,735 → 8,74
    assert rows["PR-3"]["scores"]["I.2"] == 15.0 and not rows["PR-3"]["incomplete"]
    assert rows["PR-2"]["incomplete"] and rows["PR-2"]["scores"]["I.2"] == 0.0
    assert rows["VY-TK"]["vetoes"] == ["K1"]
    assert rows["VY-BB"]["scores"]["-"] == 2.0 and rows["VY-BB"]["scores"]["+"] == 2.0
    assert (rows["VY-NM"]["parent"], rows["VY-NM"]["cluster"]) == ("VY", "Cụm 1")
    assert set(rows["VY-NM"]) == {
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
        "scores",
    }


def test_the_tie_is_one_binary_floats_would_break() -> None:
    assert 12.4 + 20.0 + 8.74 + 50 != 12.8 + 19.6 + 8.74 + 50


def test_awards_json(scored: Run) -> None:
    data = scored("awards", PERIOD, "--json").json()
    assert data == {
        "rows": [
            {"code": "ND-BH", "name": "Thôn Bản Hốc", "award": "Giấy khen", "amount_vnd": 710000, "serial": None},
            {
                "code": "VY-NM",
                "name": "Khu dân cư Nặm Mèng",
                "award": "Giấy khen",
                "amount_vnd": 710000,
                "serial": None,
            },
            {"code": "PR-1", "name": "Tổ dân phố 1", "award": "Giấy khen", "amount_vnd": 710000, "serial": None},
        ]
    }


def test_rank_csv_and_table(scored: Run) -> None:
    csv_text = scored("rank", PERIOD, "--csv").out
    assert csv_text.splitlines()[0].startswith("code,name,parent,cluster,total,rank")
    assert "ND-BH,Thôn Bản Hốc,ND,Cụm 1,98.03,2,1,2,Xuất sắc" in csv_text
    table = scored("rank", PERIOD).out
    assert "98,03" in table and "Khu dân cư Nặm Mèng" in table


def test_reimporting_the_same_workbook_changes_nothing(scored: Run, tmp_path: Path) -> None:
    result = scored("scores", "import", PERIOD, str(tmp_path / "Nguyễn Văn An.xlsx"), "--scorer", "Nguyễn Văn An")
    assert result.code == 0 and "thêm 0 điểm, sửa 0" in result.out


def test_the_audit_log_names_who_changed_what(scored: Run) -> None:
    rows = scored("audit", PERIOD, "--json").json()["rows"]
    veto = [r for r in rows if r["action"] == "veto"]
    assert veto and veto[0]["who"] == "thư ký" and veto[0]["unit"] == "VY-TK" and veto[0]["new"] == "holds"
    assert any(r["action"] == "score" and r["unit"] == "ND-BH" and r["new"] == "18.1" for r in rows)


def test_the_ranking_as_a_workbook(scored: Run, tmp_path: Path) -> None:
    import openpyxl

    out = tmp_path / "xep-hang.xlsx"
    assert scored("rank", PERIOD, "--xlsx", str(out)).code == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Toàn bộ", "Thị trấn Phố Ràng", "Xã Nghĩa Đô", "Xã Vĩnh Yên", "Chú giải"]
    overall = wb["Toàn bộ"]
    assert [c.value for c in overall[2]][:7] == [
        "Hạng",
        "Mã",
        "Tên đơn vị",
        "Thuộc",
        "Tổng điểm",
        "Xếp loại",
        "Ghi chú",
    ]
    assert [overall.cell(r, 2).value for r in range(3, 6)] == ["VY-TK", "ND-BH", "VY-NM"]
    assert overall.cell(4, 5).value == 98.03 and overall.cell(4, 5).number_format == "0.00"
    assert overall.cell(3, 7).value == "khống chế K1"
    assert overall.freeze_panes == "D3" and overall.auto_filter.ref == "A2:M13"
    assert overall.cell(4, 6).fill.fgColor.rgb.endswith("C6EFCE")  # Xuất sắc coloured
    by_parent = wb["Xã Vĩnh Yên"]
    assert [(by_parent.cell(r, 1).value, by_parent.cell(r, 2).value) for r in range(3, 7)] == [
        (1, "VY-TK"),
        (2, "VY-NM"),
        (3, "VY-BB"),
        (4, "VY-KP"),
    ]
