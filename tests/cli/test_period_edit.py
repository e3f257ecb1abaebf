"""`emulation period rename|add-units|remove-units|relink|delete`: the corrections on the command
line, refused with the very sentences the services give."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tests.cli.conftest import Run
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES

PERIOD = "Tháng 10/2026"


@pytest.fixture
def month(run: Run, tmp_path: Path) -> Run:
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    assert run("criteria", "import", str(criteria)).code == 0
    assert run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx")).code == 0
    assert run("period", "create", PERIOD, "--criteria", CRITERIA["name"]).code == 0
    return run


def test_rename_and_units(month: Run) -> None:
    done = month("period", "rename", PERIOD, "Tháng 10/2026 – Thôn")
    assert done.code == 0 and done.out.strip() == "đã đổi tên kỳ «Tháng 10/2026» thành «Tháng 10/2026 – Thôn»"
    added = month("period", "add-units", "Tháng 10/2026 – Thôn", "VY-CB1", "ND-CB1")
    assert added.out.strip() == "kỳ «Tháng 10/2026 – Thôn» nay có 13 đơn vị"
    removed = month("period", "remove-units", "Tháng 10/2026 – Thôn", "VY-CB1")
    assert removed.out.strip() == "kỳ «Tháng 10/2026 – Thôn» nay có 12 đơn vị"
    absent = month("period", "remove-units", "Tháng 10/2026 – Thôn", "VY-CB1")
    assert absent.code == 2
    assert absent.err.strip() == "lỗi: Đơn vị: đơn vị «VY-CB1» không có trong kỳ «Tháng 10/2026 – Thôn»"


def test_relink_lists_what_goes_and_asks_for_yes(month: Run, tmp_path: Path) -> None:
    doc = copy.deepcopy(CRITERIA)
    doc["criteria"][1]["children"].pop(0)  # type: ignore[index]
    doc["criteria"][1]["max"] = 50  # type: ignore[index]
    doc["max_total"] = 90
    second = tmp_path / "criteria-2.json"
    second.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert month("criteria", "import", str(second)).code == 0
    month("veto", "set", PERIOD, "VY-TK", "K1")
    asked = month("period", "relink", PERIOD)
    assert asked.code == 0, asked.err  # no score would be lost: done at once
    assert asked.out.splitlines()[-1] == f"kỳ «{PERIOD}» nay chấm theo bộ tiêu chí «{CRITERIA['name']}» bản 2"
    back = month("period", "relink", PERIOD, "--revision", "1")
    assert back.code == 0
    missing = month("period", "relink", PERIOD, "--revision", "9")
    assert missing.code == 2 and "không có bản 9" in missing.err


def test_delete_asks_then_deletes(month: Run) -> None:
    asked = month("period", "delete", PERIOD)
    assert asked.code == 2
    assert asked.out.startswith(f"xóa kỳ «{PERIOD}» cùng 11 đơn vị của kỳ, 0 điểm đã nhập")
    assert "chưa xóa gì; thêm --yes để xóa" in asked.err
    assert PERIOD in month("period", "list").out
    done = month("period", "delete", PERIOD, "--yes")
    assert done.code == 0 and done.out.splitlines()[-1] == f"đã xóa kỳ «{PERIOD}»"
    assert month("period", "list").out.strip() == ""


def test_a_locked_period_refuses_on_the_command_line_too(month: Run) -> None:
    assert month("lock", PERIOD).code == 0
    for args in (
        ("rename", PERIOD, "Khác"),
        ("add-units", PERIOD, "VY-CB1"),
        ("remove-units", PERIOD, "VY-TK"),
        ("relink", PERIOD),
        ("delete", PERIOD, "--yes"),
    ):
        refused = month("period", *args)
        assert refused.code == 2 and "đã khóa" in refused.err, args
    assert PERIOD in month("period", "list").out


def test_awards_by_hand_on_the_command_line(month: Run) -> None:
    empty = month("award", "include", PERIOD, "--reason", "Thành tích")
    assert empty.code == 2 and empty.err.strip() == "lỗi: Đơn vị: quyết định khen thưởng cần ít nhất một đơn vị"
    done = month("award", "include", PERIOD, "VY-TK", "ND-BH", "--reason", "Thành tích", "--award", "Giấy khen")
    assert done.code == 0 and done.out.strip() == "đã ghi khen thưởng cho 2 đơn vị"
    rows = month("awards", PERIOD, "--json").json()["rows"]
    assert {"VY-TK", "ND-BH"} <= {r["code"] for r in rows}


def test_unscored_units_have_no_rank_in_json(month: Run) -> None:
    rows = month("rank", PERIOD, "--json").json()["rows"]
    assert {(r["rank"], r["grade"]) for r in rows} == {(None, None)}
