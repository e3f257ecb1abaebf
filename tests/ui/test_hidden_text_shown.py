"""Text stored before imports refused hidden characters is shown in the tables as what it holds:
a direction-changing or control character is spelled out, never acted on."""

from __future__ import annotations

from emulation.ui.qt import Qt
from emulation.ui.table_model import Column, RowsModel


def test_a_table_spells_out_hidden_characters() -> None:
    model: RowsModel[str] = RowsModel([Column("Tên", lambda name: name)])
    model.set_rows(["Thôn \u202eMột", "Thôn Hai"])
    shown = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) for r in range(2)]
    assert shown == ["Thôn <U+202E>Một", "Thôn Hai"]
