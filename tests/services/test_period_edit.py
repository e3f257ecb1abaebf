"""Correcting a period: rename, units in and out, another criteria version, delete; a locked
period refuses all of it, and every refusal names its reason in the catalogue's words."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from emulation.i18n import render
from emulation.scoring.scores import Role
from emulation.services import period_edit
from emulation.services.audit import audit_log
from emulation.services.criteria import import_criteria
from emulation.services.errors import InputError, PeriodLocked
from emulation.services.periods import create_period, list_periods, period_info, set_locked
from emulation.services.results import rank
from emulation.services.scores import NewValue, set_scores
from emulation.services.units import import_units
from emulation.services.workspace import Workspace
from emulation.store import Certificate
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES

PERIOD = "Tháng 10/2026"


def write_criteria(path: Path, doc: dict[str, object]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    import_criteria(ws, write_criteria(tmp_path / "c1.json", CRITERIA))
    import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
    create_period(ws, PERIOD, criteria=str(CRITERIA["name"]))
    values = [
        NewValue("VY-TK", "I.1", Decimal("20")),
        NewValue("VY-TK", "II.1", Decimal("80")),
        NewValue("VY-NM", "II.1", Decimal("50")),
        NewValue("VY-NM", "II.2", Decimal("40")),
    ]
    set_scores(ws, PERIOD, Role.MEMBER, "An", values)
    yield ws
    ws.close()


def second_version(tmp_path: Path, ws: Workspace) -> None:
    """Revision 2: II.1 is gone, II.3 is new; veto K1 stays."""
    doc = copy.deepcopy(CRITERIA)
    env = doc["criteria"][1]["children"]  # type: ignore[index]
    env[0] = {"code": "3", "title": "Cây xanh", "kind": "points", "max": 10}
    import_criteria(ws, write_criteria(tmp_path / "c2.json", doc))


def refusal(exc: pytest.ExceptionInfo[InputError]) -> str:
    return render(exc.value.problems[0])


def test_rename_keeps_everything_and_is_audited(ws: Workspace) -> None:
    info = period_edit.rename_period(ws, PERIOD, "Tháng 10/2026 – Thôn")
    assert info.name == "Tháng 10/2026 – Thôn" and info.units == period_info(ws, info.name).units
    assert rank(ws, info.name).rows[0].unit.code in ("VY-TK", "VY-NM")
    line = audit_log(ws, info.name)[-1]
    assert (line.action, line.old, line.new) == ("rename", PERIOD, "Tháng 10/2026 – Thôn")


def test_rename_refuses_an_empty_or_taken_name(ws: Workspace) -> None:
    create_period(ws, "Tháng 11/2026", criteria=str(CRITERIA["name"]))
    with pytest.raises(InputError) as exc:
        period_edit.rename_period(ws, PERIOD, "  ")
    assert refusal(exc) == "Tên: kỳ chấm điểm cần có tên"
    with pytest.raises(InputError) as exc:
        period_edit.rename_period(ws, PERIOD, "tháng 11/2026")
    assert refusal(exc) == "Tên: đã có kỳ chấm điểm tên «Tháng 11/2026»"


def test_units_come_in_and_go_out_with_their_scores_audited(ws: Workspace) -> None:
    before = period_info(ws, PERIOD).units
    assert period_edit.add_period_units(ws, PERIOD, ["VY-CB1", "VY-TK"]).units == before + 1
    info = period_edit.remove_period_units(ws, PERIOD, ["VY-TK"])
    assert info.units == before
    assert "VY-TK" not in {r.unit.code for r in rank(ws, PERIOD).rows}
    dropped = [(a.unit, a.field, a.old) for a in audit_log(ws, PERIOD) if a.action == "drop_score"]
    assert dropped == [("VY-TK", "I.1 (member An)", "20"), ("VY-TK", "II.1 (member An)", "80")]
    with pytest.raises(InputError) as exc:
        period_edit.remove_period_units(ws, PERIOD, ["VY-TK"])
    assert refusal(exc) == "Đơn vị: đơn vị «VY-TK» không có trong kỳ «Tháng 10/2026»"


def test_move_to_the_corrected_version_keeps_the_scores_that_still_fit(ws: Workspace, tmp_path: Path) -> None:
    second_version(tmp_path, ws)
    plan = period_edit.relink_preview(ws, PERIOD)
    assert plan.revision == 2 and plan.dropped_leaves == ("II.1",)
    assert [(d.unit_code, d.leaf_code, d.value) for d in plan.dropped_scores] == [
        ("VY-TK", "II.1", "80"),
        ("VY-NM", "II.1", "50"),
    ]
    assert len(audit_log(ws, PERIOD)) == 5  # the preview changed nothing
    period_edit.relink_period(ws, PERIOD)
    rows = {r.unit.code: r for r in rank(ws, PERIOD).rows}
    assert rows["VY-NM"].total == Decimal("40") and rows["VY-TK"].total == Decimal("20")
    log = audit_log(ws, PERIOD)
    assert [(a.unit, a.old) for a in log if a.action == "drop_score"] == [("VY-TK", "80"), ("VY-NM", "50")]
    assert log[-1].action == "relink" and log[-1].new == f"{CRITERIA['name']} (r2)"


def test_move_to_an_unknown_version_is_refused(ws: Workspace) -> None:
    with pytest.raises(InputError) as exc:
        period_edit.relink_period(ws, PERIOD, revision=7)
    assert refusal(exc) == f"revision: bộ tiêu chí «{CRITERIA['name']}» không có bản 7"


def test_delete_names_what_goes_and_takes_it(ws: Workspace) -> None:
    contents = period_edit.deletion_preview(ws, PERIOD)
    assert (contents.units, contents.scores, contents.vetoes, contents.decisions) == (
        period_info(ws, PERIOD).units,
        4,
        0,
        0,
    )
    period_edit.delete_period(ws, PERIOD)
    assert list_periods(ws) == []
    assert audit_log(ws)[-1].action == "delete"
    create_period(ws, PERIOD, criteria=str(CRITERIA["name"]))  # the name is free again


def test_a_period_with_printed_certificates_is_not_deleted(ws: Workspace) -> None:
    with ws.transaction() as session:
        from emulation.services.lookup import period_named, unit_named

        session.add(
            Certificate(serial=1, period_id=period_named(session, PERIOD).id,
                        unit_id=unit_named(session, "VY-TK").id, award_name="Giấy khen", recipient_name="Thôn")
        )
    with pytest.raises(InputError) as exc:
        period_edit.delete_period(ws, PERIOD)
    assert refusal(exc) == "Kỳ chấm điểm: kỳ «Tháng 10/2026» đã in 1 giấy khen (có trong sổ vàng), không xóa được"
    with pytest.raises(InputError) as exc:
        period_edit.remove_period_units(ws, PERIOD, ["VY-TK"])
    assert "đã được in giấy khen" in refusal(exc)


def test_a_locked_period_refuses_every_correction(ws: Workspace, tmp_path: Path) -> None:
    second_version(tmp_path, ws)
    set_locked(ws, PERIOD, True)
    attempts = [
        lambda: period_edit.rename_period(ws, PERIOD, "Khác"),
        lambda: period_edit.add_period_units(ws, PERIOD, ["VY-CB1"]),
        lambda: period_edit.remove_period_units(ws, PERIOD, ["VY-TK"]),
        lambda: period_edit.relink_period(ws, PERIOD),
        lambda: period_edit.delete_period(ws, PERIOD),
    ]
    for attempt in attempts:
        with pytest.raises(PeriodLocked):
            attempt()
    assert period_info(ws, PERIOD).name == PERIOD and len(list_periods(ws)) == 1


def test_the_units_dialog_choice_is_one_change(ws: Workspace) -> None:
    codes = period_edit.period_unit_codes(ws, PERIOD)
    assert "VY-TK" in codes and "VY-CB1" not in codes
    wanted = [c for c in codes if c != "VY-TK"] + ["VY-CB1"]
    info = period_edit.set_period_units(ws, PERIOD, wanted)
    assert period_edit.period_unit_codes(ws, PERIOD) == sorted(wanted) and info.units == len(wanted)
    with pytest.raises(InputError) as exc:
        period_edit.set_period_units(ws, PERIOD, [])
    assert refusal(exc) == "Đơn vị: chưa chọn đơn vị nào"
