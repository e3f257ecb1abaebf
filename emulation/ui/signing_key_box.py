"""The committee's signing key in the settings: its fingerprint, and the public key exported for
other offices (who verify certificates with it, without this database)."""

from __future__ import annotations

from pathlib import Path

from emulation.services.signing_keys import export_public_key, key_fingerprint
from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.new_key_dialog import NewKeyDialog
from emulation.ui.qt import QtCore, QtWidgets, Slot

PUBLIC_FILTER = "PEM (*.pem)"


class SigningKeyBox(QtWidgets.QGroupBox):
    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Khóa ký giấy khen"), parent)
        self._ctx = ctx
        self.fingerprint = QtWidgets.QLabel()
        self.fingerprint.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QtWidgets.QPushButton(self.tr("Xuất khóa công khai…"))
        self.export_button.clicked.connect(self.export)
        self.create_button = QtWidgets.QPushButton(self.tr("Tạo khóa ký…"))
        self.create_button.clicked.connect(self.make_key)
        self.new_key: NewKeyDialog | None = None
        self.status = QtWidgets.QLabel()
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.fingerprint)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.create_button)
        row.addWidget(self.export_button)
        row.addWidget(self.status, 1)
        layout.addLayout(row)

    @Slot()
    def refresh(self) -> None:
        shown = key_fingerprint(self._ctx.workspace)
        if shown:
            self.fingerprint.setText(self.tr("Dấu vân tay khóa công khai: {fingerprint}").format(fingerprint=shown))
        else:
            self.fingerprint.setText(self.tr("Chưa có khóa ký: giấy khen mới chưa in được."))
        self.export_button.setEnabled(bool(shown))
        self.create_button.setVisible(not shown)
        self.status.clear()

    @Slot()
    def make_key(self) -> None:
        dialog = NewKeyDialog(self._ctx, self)
        dialog.accepted.connect(self.refresh)
        self.new_key = dialog
        dialog.open()

    @Slot()
    def export(self) -> None:
        path = self._ctx.files.save_file(self, self.tr("Xuất khóa công khai"), PUBLIC_FILTER, "khoa-cong-khai.pem")
        if path is None:
            return
        ws = self._ctx.workspace
        op = self._ctx.operation(self, lambda _progress: export_public_key(ws, path))
        op.success(lambda _fp: self._exported(path)).failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Đã xuất ra {file}.").format(file=path.name))
