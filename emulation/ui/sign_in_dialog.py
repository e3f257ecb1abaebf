"""Signing in to a database that has accounts, before anything of it is shown."""

from __future__ import annotations

from emulation.i18n import render
from emulation.scoring.problems import ProblemsError
from emulation.services.accounts import resume, sign_in
from emulation.services.workspace import Workspace
from emulation.ui.qt import QtWidgets, Slot


class SignInDialog(QtWidgets.QDialog):
    """Login and password; stays open with the reason until the account signs in or the person cancels."""

    def __init__(self, ws: Workspace, database: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self.setWindowTitle(self.tr("Đăng nhập"))
        self.setMinimumWidth(420)
        intro = QtWidgets.QLabel(self.tr("Cơ sở dữ liệu {db} dùng tài khoản. Hãy đăng nhập.").format(db=database))
        intro.setWordWrap(True)
        self.login = QtWidgets.QLineEdit()
        self.password = QtWidgets.QLineEdit()
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.error = QtWidgets.QLabel()
        self.error.setStyleSheet("color: #b3261e")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Tên đăng nhập"), self.login)
        form.addRow(self.tr("Mật khẩu"), self.password)
        buttons = QtWidgets.QDialogButtonBox()
        buttons.addButton(self.tr("Đăng nhập"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Thoát"), QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._try)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @Slot()
    def _try(self) -> None:
        try:
            sign_in(self._ws, self.login.text(), self.password.text())
        except ProblemsError as exc:
            self.error.setText("\n".join(_sentence(render(p)) for p in exc.problems))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


def signed_in(ws: Workspace, database: str, parent: QtWidgets.QWidget | None = None) -> bool:
    """True when ``ws`` may be used: it has no accounts, or someone has just signed in."""
    if not ws.accounts or resume(ws).role is not None:
        return True
    return SignInDialog(ws, database, parent).exec() == QtWidgets.QDialog.DialogCode.Accepted


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]
