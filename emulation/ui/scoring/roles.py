"""Custom item-data roles of the scoring grid's model, named once."""

from __future__ import annotations

from emulation.ui.qt import Qt

_USER = int(Qt.ItemDataRole.UserRole)

UNIT_CODE_ROLE = _USER + 1  #: the row's unit code
COLUMN_ROLE = _USER + 2  #: the column's :class:`~emulation.ui.scoring.columns.Column`
RAW_ROLE = _USER + 3  #: the cell's raw value (Decimal, level label or None)
PARENT_ROLE = _USER + 4  #: the row's parent unit code
CLUSTER_ROLE = _USER + 5  #: the row's effective cluster
INCOMPLETE_ROLE = _USER + 6  #: whether this scorer left a base criterion of the row blank
COPY_ROLE = _USER + 7  #: the cell as text for the clipboard (re-pastable)
GROUP_ROLE = _USER + 8  #: header: ``(key, title)`` of the band above the section, or None
