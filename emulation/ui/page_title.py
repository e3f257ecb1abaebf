"""The heading at the top of a page: the page's name, translated by the caller's ``self.tr``."""

from __future__ import annotations

import html

from emulation.ui.qt import QtWidgets


def page_title(text: str) -> QtWidgets.QLabel:
    """``page_title(self.tr("Nhật ký"))``: the call stays visible to pyside6-lupdate, which
    does not read strings inside an f-string."""
    label = QtWidgets.QLabel(f"<h2>{html.escape(text)}</h2>")
    label.setObjectName("page_title")
    return label
