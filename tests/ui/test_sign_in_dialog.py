"""The sign-in dialog of a database with accounts: a wrong password is told, the right one signs in."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.services.accounts import add_account
from emulation.services.permissions import AccountRole
from emulation.services.workspace import Workspace
from emulation.ui.sign_in_dialog import SignInDialog


def test_sign_in_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    target = str(tmp_path / "chung.sqlite")
    owner = Workspace.open(target)
    add_account(owner, "thuky", "Lò Thị Mai", "admin", "mật-khẩu-dài")
    owner.close()
    ws = Workspace.open(target)
    try:
        assert ws.accounts and ws.role is None
        dialog = SignInDialog(ws, target)
        qtbot.addWidget(dialog)
        dialog.login.setText("thuky")
        dialog.password.setText("sai")
        dialog._try()
        assert not dialog.error.isHidden() and "mật khẩu không đúng" in dialog.error.text()
        assert ws.role is None and dialog.password.text() == ""
        dialog.password.setText("mật-khẩu-dài")
        dialog._try()
        assert dialog.result() == SignInDialog.DialogCode.Accepted
        assert ws.role is AccountRole.ADMIN and ws.user == "Lò Thị Mai (thuky)"
    finally:
        ws.close()
