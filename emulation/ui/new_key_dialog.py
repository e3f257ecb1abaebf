"""Making the committee's signing key from the settings: where the private key file goes and its
passphrase (typed twice). The public key goes into the database."""

from __future__ import annotations

from pathlib import Path

from emulation.i18n import render
from emulation.scoring.problems import ProblemsError
from emulation.services.signing_keys import create_key, load_private_key
from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.field_form import error_label
from emulation.ui.qt import QtWidgets, Slot

KEY_FILTER = "PEM (*.pem)"


class NewKeyDialog(QtWidgets.QDialog):
    """On OK the key pair is made; the private key stays unlocked for this session."""

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Tạo khóa ký giấy khen"))
        self.file = QtWidgets.QLineEdit()
        choose = QtWidgets.QPushButton(self.tr("Chọn…"))
        choose.clicked.connect(self.choose_file)
        self.passphrase, self.again = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        for field in (self.passphrase, self.again):
            field.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.error = error_label()
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("Cất khóa vào tệp:"), row)
        form.addRow(self.tr("Mật khẩu:"), self.passphrase)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.again)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.make)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(self.tr(
            "Khóa ký được cất trong tệp riêng, ngoài cơ sở dữ liệu, có mật khẩu bảo vệ.\n"
            "Hãy cất tệp ở nơi an toàn (ví dụ USB của chủ tịch hội đồng) và nhớ mật khẩu.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @Slot()
    def choose_file(self) -> None:
        path = self._ctx.files.save_file(self, self.tr("Cất khóa ký vào tệp"), KEY_FILTER, "khoa-ky.pem")
        if path is not None:
            self.file.setText(str(path))

    @Slot()
    def make(self) -> None:
        if self.passphrase.text() != self.again.text():
            self._refuse(self.tr("Hai lần nhập mật khẩu không giống nhau."))
            return
        if not self.file.text().strip():
            self._refuse(self.tr("Hãy chọn tệp để cất khóa ký."))
            return
        ws, path, passphrase = self._ctx.workspace, Path(self.file.text().strip()), self.passphrase.text()

        def make_and_unlock(_progress: object) -> str:
            done = create_key(ws, path, passphrase)
            ws.signer = load_private_key(path, passphrase)
            return done

        op = self._ctx.operation(self, make_and_unlock)
        op.success(lambda _fingerprint: self.accept()).failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ProblemsError):
            self._refuse("\n".join(render(p) for p in exc.problems))
        else:
            show_error(self, exc)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
