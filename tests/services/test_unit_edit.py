"""Adding, editing and moving one unit: one transaction each, audited, refusing bad input."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from emulation.services.audit import audit_log
from emulation.services.errors import InputError
from emulation.services.unit_edit import add_unit, edit_unit, move_unit
from emulation.services.units import list_units
from emulation.services.workspace import Workspace
from tests.faults import shown


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    add_unit(workspace, "X", "Xã Nghĩa Đô", kind="xã", cluster="Cụm 1")
    add_unit(workspace, "T1", "Thôn Bản Hốc", kind="thôn", parent_code="X")
    add_unit(workspace, "T2", "Thôn Đông Lai", kind="thôn", parent_code="X")
    yield workspace
    workspace.close()


def codes(ws: Workspace) -> list[tuple[str, str | None]]:
    return [(r.code, r.parent_code) for r in list_units(ws)]


def test_add_places_the_unit_under_its_parent_with_the_inherited_cluster(ws: Workspace) -> None:
    row = add_unit(ws, " T3 ", "Thôn Nà Khương", kind="thôn", parent_code="X")
    assert (row.code, row.parent_code, row.cluster, row.effective_cluster, row.depth) == ("T3", "X", None, "Cụm 1", 1)
    assert ("T3", "X") in codes(ws)
    entry = audit_log(ws, unit="T3")[-1]
    assert (entry.action, entry.entity, entry.who, entry.new) == ("add", "unit", "thư ký", "Thôn Nà Khương")


def test_add_refuses_a_duplicate_code_and_a_missing_name_or_parent(ws: Workspace) -> None:
    with pytest.raises(InputError) as exc:
        add_unit(ws, "T1", "Another")
    assert exc.value.problems[0].where == "code"
    with pytest.raises(InputError):
        add_unit(ws, "T9", "  ")
    with pytest.raises(InputError):
        add_unit(ws, "T9", "Thôn mới", parent_code="NOPE")
    assert len(list_units(ws)) == 3


def test_edit_changes_fields_and_logs_each_one(ws: Workspace) -> None:
    row = edit_unit(ws, "T1", name="Thôn Bản Hốc mới", kind="thôn", cluster="Cụm 2")
    assert (row.name, row.cluster, row.effective_cluster) == ("Thôn Bản Hốc mới", "Cụm 2", "Cụm 2")
    changed = [(e.field, e.old, e.new) for e in audit_log(ws, unit="T1") if e.action == "edit"]
    assert changed == [("name", "Thôn Bản Hốc", "Thôn Bản Hốc mới"), ("cluster", None, "Cụm 2")]


def test_edit_renames_the_code_but_not_onto_another_unit(ws: Workspace) -> None:
    with pytest.raises(InputError):
        edit_unit(ws, "T1", name="Thôn Bản Hốc", kind="thôn", new_code="T2")
    row = edit_unit(ws, "T1", name="Thôn Bản Hốc", kind="thôn", new_code="BH")
    assert row.code == "BH"
    assert [c for c, _ in codes(ws)] == ["X", "BH", "T2"]


def test_move_changes_the_parent_and_refuses_a_cycle(ws: Workspace) -> None:
    row = move_unit(ws, "T2", "T1")
    assert (row.parent_code, row.depth) == ("T1", 2)
    with pytest.raises(InputError) as exc:
        move_unit(ws, "X", "T2")
    assert "không thể chuyển đơn vị «X» vào trong chính nó" in shown(exc.value)
    with pytest.raises(InputError):
        move_unit(ws, "T1", "T1")
    assert move_unit(ws, "T2", None).parent_code is None
    moves = [(e.old, e.new) for e in audit_log(ws, unit="T2") if e.action == "move"]
    assert moves == [("X", "T1"), ("T1", None)]


def test_a_move_to_the_same_parent_writes_nothing(ws: Workspace) -> None:
    before = len(audit_log(ws))
    move_unit(ws, "T1", "X")
    assert len(audit_log(ws)) == before


def test_a_typed_name_with_hidden_characters_or_too_long_is_refused(ws: Workspace) -> None:
    from emulation.i18n import render

    with pytest.raises(InputError) as info:
        add_unit(ws, "RLO", "Thôn \u202egnol")
    assert render(info.value.problems[0]).endswith("chứa ký tự ẩn U+202E (ký tự điều khiển hoặc đảo chiều chữ) "
                                                    "ở vị trí 6; hãy gõ lại nội dung này")
    with pytest.raises(InputError) as info:
        add_unit(ws, "DAI", "Thôn " + "A" * 400)
    assert info.value.problems[0].code == "text_too_long"
    assert add_unit(ws, "MOI", "Thôn\tHai\n").name == "Thôn Hai"
