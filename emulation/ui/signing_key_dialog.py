"""Asking for the committee's signing key when certificates are printed: the key file and its
passphrase. The key stays in memory for this session only (``Workspace.signer``)."""

from __future__ import annotations

from pathlib import Path

from emulation.i18n import render
from emulation.scoring.problems import ProblemsError
from emulation.services.signing_keys import load_private_key
from emulation.ui.context import ViewContext
from emulation.ui.field_form import error_label
from emulation.ui.qt import QtWidgets, Slot

KEY_FILTER = "PEM (*.pem)"


class SigningKeyDialog(QtWidgets.QDialog):
    """Key file and passphrase; on OK the key is unlocked and kept in the workspace."""

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Khóa ký giấy khen"))
        self.file = QtWidgets.QLineEdit()
        choose = QtWidgets.QPushButton(self.tr("Chọn…"))
        choose.clicked.connect(self.choose_file)
        self.passphrase = QtWidgets.QLineEdit()
        self.passphrase.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.error = error_label()
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Tệp khóa ký:"), row)
        form.addRow(self.tr("Mật khẩu:"), self.passphrase)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(self.tr("Giấy khen mới được ký bằng khóa của hội đồng. "
                                                  "Khóa không lưu trong cơ sở dữ liệu.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @Slot()
    def choose_file(self) -> None:
        path = self._ctx.files.open_file(self, self.tr("Chọn tệp khóa ký"), KEY_FILTER)
        if path is not None:
            self.file.setText(str(path))

    @Slot()
    def unlock(self) -> None:
        try:
            self._ctx.workspace.signer = load_private_key(Path(self.file.text().strip()), self.passphrase.text())
        except ProblemsError as exc:
            self.error.setText("\n".join(render(p) for p in exc.problems))
            self.error.show()
            return
        self.passphrase.clear()
        self.accept()
