"""The "about" box."""

from __future__ import annotations

import emulation
from emulation.ui.labels import tr
from emulation.ui.qt import Qt, QtWidgets


def show_about(parent: QtWidgets.QWidget) -> QtWidgets.QMessageBox:
    box = QtWidgets.QMessageBox(parent)
    box.setWindowTitle(tr("Giới thiệu"))
    box.setIcon(QtWidgets.QMessageBox.Icon.Information)
    box.setText(f"<b>{tr('Chấm điểm thi đua')}</b> {emulation.__version__}")
    box.setInformativeText(
        tr(
            "Chấm điểm, xếp hạng, xếp loại và khen thưởng các đơn vị theo bộ tiêu chí thi đua; "
            "in giấy khen và danh sách khen thưởng."
        )
    )
    box.addButton(tr("Đóng"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
