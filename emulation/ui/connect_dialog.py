"""Asking for a PostgreSQL address (SQLAlchemy URL)."""

from __future__ import annotations

from emulation.ui.qt import QtWidgets, Signal, Slot

SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgresql+psycopg2://")


class ConnectDialog(QtWidgets.QDialog):
    """Emits ``chosen(url)`` when the person confirms an address that looks like PostgreSQL."""

    chosen = Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kết nối PostgreSQL"))
        self.url = QtWidgets.QLineEdit()
        self.url.setPlaceholderText("postgresql+psycopg://user:password@host:5432/emulation")
        self.url.setMinimumWidth(460)
        self.error = QtWidgets.QLabel()
        self.error.setStyleSheet("color: #b00020")
        hint = QtWidgets.QLabel(self.tr("Địa chỉ máy chủ PostgreSQL dùng chung cho nhiều máy."))
        buttons = QtWidgets.QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Kết nối"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._confirm)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.url)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @Slot()
    def _confirm(self) -> None:
        url = self.url.text().strip()
        if not url.lower().startswith(SCHEMES):
            self.error.setText(self.tr("Địa chỉ phải bắt đầu bằng postgresql:// hoặc postgresql+psycopg://"))
            return
        self.accept()
        self.chosen.emit(url)
