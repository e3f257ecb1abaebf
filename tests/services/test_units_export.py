"""Exporting units writes a table that the import reads back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulation.services.errors import InputError
from emulation.services.unit_edit import add_unit
from emulation.services.units import import_units, list_units
from emulation.services.units_export import export_units
from emulation.services.workspace import Workspace


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip(tmp_path: Path, suffix: str) -> None:
    source = Workspace.open(str(tmp_path / "a.sqlite"))
    add_unit(source, "X", "Xã Nghĩa Đô", kind="xã", cluster="Cụm 1")
    add_unit(source, "T1", "Thôn Bản Hốc", kind="thôn", parent_code="X")
    path = tmp_path / f"units{suffix}"
    assert export_units(source, path) == 2
    target = Workspace.open(str(tmp_path / "b.sqlite"))
    result = import_units(target, path)
    assert result.added == 2
    assert list_units(target) == list_units(source)
    source.close()
    target.close()


def test_refuses_another_format(tmp_path: Path) -> None:
    ws = Workspace.open(str(tmp_path / "a.sqlite"))
    with pytest.raises(InputError):
        export_units(ws, tmp_path / "units.pdf")
    ws.close()
