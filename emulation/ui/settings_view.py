"""Cài đặt: issuer, parent body, place, signer, base salary, logo, language and the signing key."""

from __future__ import annotations

from emulation.remembered_language import remember_language
from emulation.scoring.problems import ProblemsError, problem
from emulation.services.printing_needs import PRINT_SETTINGS
from emulation.services.settings import read_settings, update_settings
from emulation.text import format_money, parse_money
from emulation.ui.context import ViewContext
from emulation.ui.errors import show_error
from emulation.ui.field_form import FieldForm
from emulation.ui.page_title import page_title
from emulation.ui.qt import QtWidgets, Signal, Slot
from emulation.ui.signing_key_box import SigningKeyBox

IMAGE_PATTERNS = "(*.png *.jpg *.jpeg)"
TEXT_KEYS = ("issuer", "parent_body", "place", "signer_title", "signer_name", "decision_prefix")
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


class SettingsView(QtWidgets.QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._saved: dict[str, str] = {}
        self.fields = {key: QtWidgets.QLineEdit() for key in (*TEXT_KEYS, "base_salary", "logo_path")}
        self.fields["issuer"].setPlaceholderText(self.tr("Ví dụ: ỦY BAN NHÂN DÂN XÃ NGHĨA ĐÔ"))
        self.fields["place"].setPlaceholderText(self.tr("Ví dụ: Bảo Yên"))
        self.language = QtWidgets.QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        logo_button = QtWidgets.QPushButton(self.tr("Chọn…"))
        logo_button.clicked.connect(self.choose_logo)
        logo = QtWidgets.QHBoxLayout()
        logo.setContentsMargins(0, 0, 0, 0)
        logo.addWidget(self.fields["logo_path"], 1)
        logo.addWidget(logo_button)
        logo_box = QtWidgets.QWidget()
        logo_box.setLayout(logo)
        self.form = FieldForm()
        labels = {
            "issuer": self.tr("Cơ quan ban hành"),
            "parent_body": self.tr("Cơ quan cấp trên"),
            "place": self.tr("Địa danh"),
            "signer_title": self.tr("Chức vụ người ký"),
            "signer_name": self.tr("Họ tên người ký"),
            "decision_prefix": self.tr("Ký hiệu quyết định"),
            "base_salary": self.tr("Lương cơ sở"),
        }
        for key, label in labels.items():
            needed = key in PRINT_SETTINGS
            self.form.add_field(key, label + (" *" if needed else ""), self.fields[key])
            if needed:
                self.fields[key].setToolTip(self.tr("Cần để in giấy khen và danh sách khen thưởng"))
        self.print_note = QtWidgets.QLabel(self.tr("* Cần để in giấy khen và danh sách khen thưởng."))
        self.form.add_row("", self.print_note)
        self.form.add_field("logo_path", self.tr("Biểu trưng (logo)"), logo_box)
        self.form.add_field("language", self.tr("Ngôn ngữ"), self.language)
        self.form.add_row("", QtWidgets.QLabel(self.tr("Ngôn ngữ mới có hiệu lực khi mở lại chương trình.")))
        self.save_button = QtWidgets.QPushButton(self.tr("Lưu cài đặt"))
        self.save_button.clicked.connect(self.save)
        self.status = QtWidgets.QLabel()
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        content = QtWidgets.QWidget()
        content.setMaximumWidth(760)
        inner = QtWidgets.QVBoxLayout(content)
        inner.addWidget(self.form)
        inner.addLayout(buttons)
        self.signing_key = SigningKeyBox(ctx)
        inner.addWidget(self.signing_key)
        inner.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Cài đặt")))
        layout.addWidget(content, 1)

    @Slot()
    def refresh(self) -> None:
        self._show(read_settings(self._ctx.workspace))
        self.signing_key.refresh()
        self.form.clear_problems()
        self.status.clear()

    def _show(self, values: dict[str, str]) -> None:
        self._saved = values
        for key in (*TEXT_KEYS, "logo_path"):
            self.fields[key].setText(values.get(key, ""))
        salary = parse_money(values.get("base_salary", ""))
        self.fields["base_salary"].setText(format_money(salary) if salary else values.get("base_salary", ""))
        self.language.setCurrentIndex(max(self.language.findData(values.get("language", "vi")), 0))

    def changes(self) -> dict[str, str]:
        """The settings that differ from what is stored."""
        values = {key: field.text() for key, field in self.fields.items()}
        values["language"] = self.language.currentData()
        salary = parse_money(values["base_salary"])
        if salary is not None and str(salary) == self._saved.get("base_salary"):
            values["base_salary"] = self._saved["base_salary"]
        return {k: v for k, v in values.items() if v.strip() != self._saved.get(k, "").strip()}

    @Slot()
    def choose_logo(self) -> None:
        path = self._ctx.files.open_file(self, self.tr("Chọn biểu trưng"), self.tr("Ảnh") + " " + IMAGE_PATTERNS)
        if path is not None:
            self.fields["logo_path"].setText(str(path))

    @Slot()
    def save(self) -> None:
        self.form.clear_problems()
        changes, ws = self.changes(), self._ctx.workspace
        if "base_salary" in changes and not parse_money(changes["base_salary"]):
            self.form.show_problems([problem("base_salary", "money_example")])
            return
        if not changes:
            self.status.setText(self.tr("Không có thay đổi."))
            return
        op = self._ctx.operation(self, lambda _progress: update_settings(ws, changes))
        op.success(self._done).failure(self._failed).run_in_background()

    def _done(self, values: dict[str, str]) -> None:
        remember_language(values.get("language", ""))  # the next start's first window speaks it
        self._show(values)
        self.status.setText(self.tr("Đã lưu cài đặt."))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ProblemsError):
            self.form.show_problems(exc.problems)
            self.status.setText(self.tr("Chưa lưu: xem lỗi bên cạnh ô nhập."))
        else:
            show_error(self, exc)
