"""Awards across years: imported lists, a unit's awards by year, the report, and rules that ask for history."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from emulation.services.council_session import open_session
from emulation.services.council_state import council_state
from emulation.services.criteria import export_criteria, import_criteria
from emulation.services.errors import InputError
from emulation.services.history import history_report, import_history, unit_history
from emulation.services.periods import create_period
from emulation.services.results import awards
from emulation.services.workspace import Workspace
from tests.services.council_demo import PERIOD, ws

__all__ = ["ws"]
HEADER = ("Năm", "Mã", "Tên đơn vị", "Hình thức khen thưởng", "Xếp loại", "Số quyết định")
PAST = [
    (2024, "PR-T3", "Tổ dân phố 3", "Giấy khen", "", "10/QĐ-UBND"),
    (2025, "", "Tổ dân phố 3", "Giấy khen", "", "11/QĐ-UBND"),  # matched by name
    (2023, "VY-T1", "", "Giấy khen", "", ""),
    (2025, "VY-T1", "", "Giấy khen", "", ""),  # missed 2024
    (2025, "ND-T4", "", "", "Hoàn thành xuất sắc", ""),
]


def _list(path: Path, rows: list[tuple[object, ...]]) -> Path:
    wb = openpyxl.Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["DANH SÁCH KHEN THƯỞNG CÁC NĂM TRƯỚC"])
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(list(row))
    wb.save(path)
    return path


def test_an_imported_list_is_kept_per_unit_and_reported_by_year_form_and_parent(ws: Workspace, tmp_path: Path) -> None:
    r = import_history(ws, _list(tmp_path / "cu.xlsx", PAST))
    assert (r.added, r.unchanged) == (5, 0)
    assert import_history(ws, _list(tmp_path / "cu.xlsx", PAST)).added == 0  # importing twice adds nothing
    assert [(h.year, h.award, h.decision) for h in unit_history(ws, "PR-T3")] == [
        (2025, "Giấy khen", "11/QĐ-UBND"), (2024, "Giấy khen", "10/QĐ-UBND")]
    assert [(h.year, h.award, h.grade) for h in unit_history(ws, "ND-T4")] == [(2025, None, "Hoàn thành xuất sắc")]
    report = [(x.year, x.award, x.parent, x.count) for x in history_report(ws)]
    assert report == [(2025, "Giấy khen", "Thị trấn Phố Ràng", 1), (2025, "Giấy khen", "Xã Vĩnh Yên", 1),
                      (2024, "Giấy khen", "Thị trấn Phố Ràng", 1), (2023, "Giấy khen", "Xã Vĩnh Yên", 1)]
    assert [x.year for x in history_report(ws, first=2024, last=2024)] == [2024]


def test_a_bad_list_names_every_cell_and_adds_nothing(ws: Workspace, tmp_path: Path) -> None:
    bad = [(2025, "PR-T3", "", "Giấy khen", "", ""), ("năm ngoái", "PR-T3", "", "Giấy khen", "", ""),
           (2025, "KHÔNG-CÓ", "", "Giấy khen", "", ""), (2025, "VY-T1", "", "", "", "")]
    with pytest.raises(InputError) as fault:
        import_history(ws, _list(tmp_path / "sai.xlsx", bad))
    assert [(p.where, p.code) for p in fault.value.problems] == [
        ("sai.xlsx › Sheet › A4", "history_bad_year"), ("sai.xlsx › Sheet › D6", "history_no_award")]
    with pytest.raises(InputError) as unknown:
        import_history(ws, _list(tmp_path / "sai.xlsx", bad[:1] + bad[2:3]))
    assert [(p.where, p.code) for p in unknown.value.problems] == [("sai.xlsx › Sheet › A4", "history_unit_unknown")]
    assert unit_history(ws, "PR-T3") == []


def _period_with_history_rule(ws: Workspace, tmp_path: Path, rule: dict[str, object]) -> str:
    """A year period of the villages whose best award asks for history."""
    criteria = json.loads(_export(ws, tmp_path))
    criteria["awards"] = [{"name": "Bằng khen", "rule": rule, "amount": 1}, *criteria["awards"]]
    path = tmp_path / "lich-su.json"
    path.write_text(json.dumps(criteria, ensure_ascii=False), encoding="utf-8")
    info = import_criteria(ws, path, "Thôn — có xét lịch sử")
    create_period(ws, "Năm 2026 – Thôn", criteria=info.name, kind="year", sources=[PERIOD])
    return "Năm 2026 – Thôn"


def _export(ws: Workspace, tmp_path: Path) -> str:
    from emulation.services.periods import list_periods

    name = next(p.criteria for p in list_periods(ws) if p.name == PERIOD)
    export_criteria(ws, name, tmp_path / "goc.json")
    return (tmp_path / "goc.json").read_text(encoding="utf-8")


def test_rewarded_two_years_running_is_proposed_for_the_higher_award_and_a_missed_year_is_not(
    ws: Workspace, tmp_path: Path
) -> None:
    import_history(ws, _list(tmp_path / "cu.xlsx", PAST))
    period = _period_with_history_rule(ws, tmp_path, {"history": {"award": "Giấy khen", "years": 2}})
    proposed = {line.awarded.row.unit.code: line.awarded.award for line in awards(ws, period)[1]}
    assert proposed["PR-T3"] == "Bằng khen"  # Giấy khen in 2024 and 2025
    assert proposed["VY-T1"] == "Giấy khen"  # 2023 and 2025: missed 2024
    assert "Bằng khen" not in {a for code, a in proposed.items() if code != "PR-T3"}
    open_session(ws, period)
    assert {c.unit_code: c.award for c in council_state(ws, period).candidates} == proposed


def test_a_grade_kept_two_years_running(ws: Workspace, tmp_path: Path) -> None:
    rows = [*PAST, (2024, "ND-T4", "", "", "Hoàn thành xuất sắc", "")]
    import_history(ws, _list(tmp_path / "cu.xlsx", rows))
    period = _period_with_history_rule(ws, tmp_path, {"history": {"grade": "Xuất sắc", "years": 2}})
    assert "Bằng khen" not in {line.awarded.award for line in awards(ws, period)[1]}
    rows = [*PAST, (2024, "ND-T4", "", "", "Xuất sắc", ""), (2025, "ND-T4", "", "", "Xuất sắc", "")]
    import_history(ws, _list(tmp_path / "cu2.xlsx", rows))
    proposed = {line.awarded.row.unit.code: line.awarded.award for line in awards(ws, period)[1]}
    assert [code for code, award in proposed.items() if award == "Bằng khen"] == ["ND-T4"]
