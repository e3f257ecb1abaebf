"""Is this certificate genuine? Paste the code read from its QR code, or choose the PDF; checked
with this database's public key, or with another office's exported public key file."""

from __future__ import annotations

import html

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from emulation.i18n import render_all
from emulation.reports.signing import fingerprint
from emulation.scoring.problems import ProblemsError
from emulation.services.printing import Verification, Verified, verify
from emulation.services.signing_keys import load_public_key
from emulation.text import format_date
from emulation.ui.context import ViewContext
from emulation.ui.qt import Qt, QtWidgets, Slot

PDF_FILTER = "PDF (*.pdf)"
KEY_FILTER = "PEM (*.pem)"
GENUINE_COLOUR = "#1b7a2e"
FORGED_COLOUR = "#b00020"


class VerifyDialog(QtWidgets.QDialog):
    """Not modal; the check runs off the GUI thread and its answer replaces the last one."""

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Kiểm tra giấy khen"))
        self.verification: Verification | None = None
        self.payload = QtWidgets.QPlainTextEdit()
        self.payload.setPlaceholderText(self.tr("Dán mã xác thực đọc từ mã QR trên giấy khen (bắt đầu bằng EMUCERT2)"))
        self.payload.setMaximumHeight(80)
        self.check_button = QtWidgets.QPushButton(self.tr("Kiểm tra mã"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.check_text)
        self.pdf_button = QtWidgets.QPushButton(self.tr("Chọn tệp PDF…"))
        self.pdf_button.clicked.connect(self.choose_pdf)
        self.public_key: Ed25519PublicKey | None = None
        self.key_button = QtWidgets.QPushButton(self.tr("Khóa công khai của nơi cấp…"))
        self.key_button.clicked.connect(self.choose_public_key)
        self.key_label = QtWidgets.QLabel(self.tr("Kiểm tra bằng khóa của cơ sở dữ liệu này."))
        self.close_button = QtWidgets.QPushButton(self.tr("Đóng"))
        self.close_button.clicked.connect(self.close)
        self.answer = QtWidgets.QLabel()
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(self.answer)
        scroll.setWidgetResizable(True)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.key_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(self.tr("Mã xác thực:")))
        layout.addWidget(self.payload)
        layout.addLayout(buttons)
        layout.addWidget(self.key_label)
        layout.addWidget(scroll, 1)
        self.resize(640, 420)

    @Slot()
    def check_text(self) -> None:
        text = self.payload.toPlainText().strip()
        if not text:
            self._say(self.tr("Hãy dán mã xác thực hoặc chọn tệp PDF."))
            return
        self._check(text)

    @Slot()
    def choose_pdf(self) -> None:
        path = self._ctx.files.open_file(self, self.tr("Chọn tệp giấy khen"), PDF_FILTER)
        if path is not None:
            self._check(str(path))

    @Slot()
    def choose_public_key(self) -> None:
        """Another office's certificates: checked with the public key file it exported."""
        path = self._ctx.files.open_file(self, self.tr("Chọn khóa công khai"), KEY_FILTER)
        if path is None:
            return
        try:
            self.public_key = load_public_key(path)
        except ProblemsError as exc:
            self._failed(exc)
            return
        shown = self.tr("Kiểm tra bằng khóa công khai {fingerprint} ({file}).")
        self.key_label.setText(shown.format(fingerprint=fingerprint(self.public_key), file=path.name))

    def _check(self, given: str) -> None:
        ws, key = self._ctx.workspace, self.public_key
        self._say(self.tr("Đang kiểm tra…"))
        op = self._ctx.operation(self, lambda _progress: verify(ws, given, public_key=key))
        op.success(self._show).failure(self._failed).run_in_background()

    def _show(self, verification: Verification) -> None:
        self.verification = verification
        parts = [self._verdict(verification.genuine, verification.source, len(verification.certificates))]
        if verification.reason:
            parts.append(f"<p>{html.escape(verification.reason)}</p>")
        parts.extend(self._certificate(c) for c in verification.certificates)
        self.answer.setText("".join(parts))

    def _verdict(self, genuine: bool, source: str, count: int) -> str:
        if genuine:
            word = self.tr("Hợp lệ") if count == 1 else self.tr("Hợp lệ: cả {count} giấy khen").format(count=count)
        else:
            word = self.tr("KHÔNG hợp lệ")
        colour = GENUINE_COLOUR if genuine else FORGED_COLOUR
        return f"<h2 style='color:{colour}'>{html.escape(word)}</h2>"

    def _certificate(self, c: Verified) -> str:
        colour = GENUINE_COLOUR if c.genuine else FORGED_COLOUR
        head = ""
        if c.page is not None:
            verdict = self.tr("Hợp lệ") if c.genuine else self.tr("KHÔNG hợp lệ")
            head = self.tr("Trang {page}: {verdict}").format(page=c.page, verdict=verdict)
        rows = []
        if c.unit_name or c.unit_code:
            rows.append((self.tr("Đơn vị"), f"{c.unit_name or ''} ({c.unit_code or ''})"))
        if c.period:
            rows.append((self.tr("Kỳ"), c.period))
        if c.award:
            rows.append((self.tr("Hình thức"), c.award))
        if c.decision_number:
            decision = c.decision_number
            if c.decision_date:
                decision = self.tr("{number} ngày {date}").format(number=decision, date=format_date(c.decision_date))
            rows.append((self.tr("Quyết định"), decision))
        if c.serial is not None:
            rows.append((self.tr("Số vào sổ"), str(c.serial)))
        if not c.genuine and c.reason:
            rows.append((self.tr("Lý do"), c.reason))
        if c.genuine and c.note:
            rows.append((self.tr("Ghi chú"), c.note))
        table = "".join(f"<tr><td><b>{html.escape(k)}:</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
        heading = f"<h3 style='color:{colour}'>{html.escape(head)}</h3>" if head else ""
        return f"{heading}<table cellspacing='4'>{table}</table>"

    def _failed(self, exc: BaseException) -> None:
        self.verification = None
        message = getattr(exc, "problems", None)
        reason = "; ".join(render_all(message)) if message else str(exc)
        self._say(self.tr("KHÔNG kiểm tra được: {reason}").format(reason=reason), FORGED_COLOUR)

    def _say(self, text: str, colour: str = "") -> None:
        style = f" style='color:{colour}'" if colour else ""
        self.answer.setText(f"<p{style}>{html.escape(text)}</p>")
