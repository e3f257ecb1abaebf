"""Cells whose value a measure computes from the records: shown, never typed over in the grid
(a scorer overrides them with a reason), and the tooltip says where the value came from."""

from __future__ import annotations

from emulation.i18n import render, say
from emulation.services.measures import Measured
from emulation.ui.labels import tr
from emulation.ui.qt import QtGui

MEASURED_FOREGROUND = QtGui.QColor("#1F5FA8")


def measured_tooltip(m: Measured) -> str:
    lines = [tr("Tính từ ghi nhận: {source}").format(source=render(m.source))]
    if m.override is not None:
        lines.append(say("measure_overridden_note", value=str(m.override.raw), reason=m.override.reason))
    return "\n".join(lines)
