"""A leaf fed by a measure: shown computed in the grid, read-only, with where it came from."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.scoring.scores import Role
from emulation.services.activity_records import import_records
from emulation.services.criteria import import_criteria
from emulation.services.measure_overrides import set_override
from emulation.services.periods import create_period
from emulation.services.score_sheet import load_sheet
from emulation.services.units import import_units
from emulation.services.workspace import Workspace
from emulation.ui.qt import Qt
from emulation.ui.scoring.model import ScoreModel
from tests.records.district import workbook, write_units
from tests.records.test_measures import CRITERIA, _records
from tests.ui.scoring.world import live_of


def _period(ws: Workspace, tmp_path: Path) -> None:
    import_units(ws, write_units(tmp_path / "u.csv"))
    doc = tmp_path / "c.json"
    doc.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    import_criteria(ws, doc)
    import_records(ws, workbook(tmp_path / "g.xlsx", _records()))
    create_period(ws, "Năm 2024", criteria=CRITERIA["name"], kind="year", unit_kind="xã")


def test_measured_cells_are_computed_and_read_only(qtbot: QtBot, empty_ws: Workspace, tmp_path: Path) -> None:
    _period(empty_ws, tmp_path)
    set_override(empty_ws, "Năm 2024", "MC", "2", "4", "Hai buổi ghi sổ giấy")
    sheet = load_sheet(empty_ws, "Năm 2024", Role.MEMBER, "Lò Văn Minh")
    model = ScoreModel(sheet)
    model.set_editable(True)
    ratio = model.index(model.row_of("TT"), model.column_of("1"))
    days = model.index(model.row_of("MC"), model.column_of("2"))
    assert ratio.data() == "95 %" and days.data() == "4 ngày"
    assert not model.flags(ratio) & Qt.ItemFlag.ItemIsEditable
    assert model.incomplete_count() == 0
    assert "2 ghi nhận" in ratio.data(Qt.ItemDataRole.ToolTipRole)
    assert "Hai buổi ghi sổ giấy" in days.data(Qt.ItemDataRole.ToolTipRole)
    live = live_of(empty_ws, sheet)  # the grid's live totals agree with the ranking
    assert [(code, live.row(code).total) for code in ("MC", "TT", "BY")] == [  # type: ignore[union-attr]
        ("MC", 20), ("TT", Decimal("19.5")), ("BY", Decimal("17.5"))]


def test_the_explanation_of_a_rank_names_the_records(empty_ws: Workspace, tmp_path: Path) -> None:
    from emulation.services.results import rank
    from emulation.ui.explanation import explain

    _period(empty_ws, tmp_path)
    set_override(empty_ws, "Năm 2024", "MC", "2", "4", "Hai buổi ghi sổ giấy")
    ranking = rank(empty_ws, "Năm 2024")
    tt = next(r for r in ranking.rows if r.unit.code == "TT")
    mc = next(r for r in ranking.rows if r.unit.code == "MC")
    assert "2 (10 điểm): 4 ghi nhận \"Ra quân\", 01/01/2024–31/12/2024." in explain(ranking, tt)
    assert explain(ranking, mc)[-1].endswith("Thay bằng 4 (thư ký): Hai buổi ghi sổ giấy.")


def test_live_results_after_an_edit_take_the_measured_values_as_the_ranking_does(
    empty_ws: Workspace, tmp_path: Path
) -> None:
    from emulation.services.results import rank
    from emulation.services.scores import NewValue, set_scores

    criteria = {**CRITERIA, "name": "Dân vận khéo – thêm tiêu chí", "max_total": 25, "criteria": [
        *CRITERIA["criteria"], {"code": "3", "title": "Hộ gia đình ký cam kết", "kind": "points", "max": 5}]}
    import_units(empty_ws, write_units(tmp_path / "u.csv"))
    doc = tmp_path / "c.json"
    doc.write_text(json.dumps(criteria, ensure_ascii=False), encoding="utf-8")
    import_criteria(empty_ws, doc)
    import_records(empty_ws, workbook(tmp_path / "g.xlsx", _records()))
    create_period(empty_ws, "Năm 2024", criteria=criteria["name"], kind="year", unit_kind="xã")
    set_override(empty_ws, "Năm 2024", "MC", "2", "4", "Hai buổi ghi sổ giấy")
    set_scores(empty_ws, "Năm 2024", Role.MEMBER, "Lê Thị Hoa", [NewValue("MC", "3", Decimal(2))])
    sheet = load_sheet(empty_ws, "Năm 2024", Role.MEMBER, "Lò Văn Minh")
    live = live_of(empty_ws, sheet)
    edits = [NewValue("MC", "3", Decimal(5)), NewValue("TT", "3", Decimal(1))]
    set_scores(empty_ws, "Năm 2024", Role.MEMBER, "Lò Văn Minh", edits)
    live.apply((v.unit_code, v.leaf_code, v.raw) for v in edits)
    live.refresh()
    ranked = rank(empty_ws, "Năm 2024").rows
    assert [(r.unit.code, r.total, r.rank, r.grade) for r in ranked] == [
        (r.unit.code, live.row(r.unit.code).total, live.row(r.unit.code).rank,  # type: ignore[union-attr]
         live.row(r.unit.code).grade) for r in ranked]  # type: ignore[union-attr]
    assert live.row("MC").total == Decimal("23.5")  # type: ignore[union-attr]  # 10 + 10 (measured) + mean(2, 5)
