"""Writing the list of units to a table that `units import` reads back."""

from __future__ import annotations

from pathlib import Path

from emulation.excel.units_file import UnitRecord, write_units
from emulation.services.errors import InputError
from emulation.services.units import list_units
from emulation.services.workspace import Workspace

SUFFIXES = (".xlsx", ".csv")


def export_units(ws: Workspace, path: Path) -> int:
    """Write every unit, parents before children, to ``.xlsx`` or ``.csv``; return how many."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise InputError.single(path.name, "units_export_suffix")
    rows = list_units(ws)
    records = [UnitRecord(r.code, r.name, r.kind, r.parent_code, r.cluster) for r in rows]
    try:
        write_units(path, records)
    except OSError as exc:
        raise InputError.single(str(path), "file_unwritable", detail=str(exc.strerror or exc)) from None
    return len(records)
