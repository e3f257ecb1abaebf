"""Importing a list of units: added, moved under their parents, audited, all of it or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from emulation.services.audit import audit_log
from emulation.services.errors import InputError
from emulation.services.units import import_units, list_units
from emulation.services.workspace import Workspace
from tests.faults import shown

HEADER = "Mã,Tên,Loại,Thuộc,Cụm\n"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    yield workspace
    workspace.close()


def _file(tmp_path: Path, name: str, lines: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + lines, encoding="utf-8")
    return path


def test_units_come_in_under_parents_listed_after_them_and_each_move_is_audited(ws: Workspace, tmp_path: Path) -> None:
    path = _file(tmp_path, "don-vi.csv", "T1,Thôn Bản Hốc,thôn,X,\nX,Xã Nghĩa Đô,xã,,Cụm 1\nT2,Thôn Đông Lai,thôn,X,\n")
    imported = import_units(ws, path)
    assert (imported.added, imported.changed, imported.unchanged) == (3, 0, 0)
    assert [(r.code, r.parent_code, r.effective_cluster, r.depth) for r in list_units(ws)] == [
        ("X", None, "Cụm 1", 0), ("T1", "X", "Cụm 1", 1), ("T2", "X", "Cụm 1", 1)]
    moves = [(e.unit, e.field, e.old, e.new) for e in audit_log(ws) if e.action == "move"]
    assert sorted(moves) == [("T1", "parent", None, "X"), ("T2", "parent", None, "X")]


def test_a_second_file_moves_a_stored_unit_under_another_parent(ws: Workspace, tmp_path: Path) -> None:
    import_units(ws, _file(tmp_path, "a.csv", "X,Xã Nghĩa Đô,xã,,\nY,Xã Vĩnh Yên,xã,,\nT1,Thôn Bản Hốc,thôn,X,\n"))
    imported = import_units(ws, _file(tmp_path, "b.csv", "T1,Thôn Bản Hốc,thôn,Y,\n"))
    assert (imported.added, imported.changed, imported.unchanged) == (0, 0, 1)
    assert ("T1", "Y") in [(r.code, r.parent_code) for r in list_units(ws)]
    last_move = [e for e in audit_log(ws) if e.action == "move"][-1]
    assert (last_move.unit, last_move.old, last_move.new) == ("T1", "X", "Y")


def test_a_unit_that_would_sit_inside_itself_is_refused_and_nothing_is_written(ws: Workspace, tmp_path: Path) -> None:
    import_units(ws, _file(tmp_path, "a.csv", "X,Xã Nghĩa Đô,xã,,\nT1,Thôn Bản Hốc,thôn,X,\n"))
    before = [(r.code, r.parent_code) for r in list_units(ws)]
    logged = len(audit_log(ws))
    with pytest.raises(InputError) as info:
        import_units(ws, _file(tmp_path, "b.csv", "X,Xã Nghĩa Đô,xã,T1,\nN,Thôn Nà Khương,thôn,X,\n"))
    assert shown(info.value) == "Đơn vị: đơn vị «X» sẽ nằm trong chính nó (qua «X»)"
    assert [(r.code, r.parent_code) for r in list_units(ws)] == before
    assert len(audit_log(ws)) == logged
