"""Before printing: one small form for whatever the document still lacks (issuer, place, signer,
decision number and date); what is typed is saved to the settings and the period."""

from __future__ import annotations

from datetime import date

from emulation.scoring.problems import problem
from emulation.services.printing_needs import PrintNeeds
from emulation.ui.form_dialog import FormDialog
from emulation.ui.qdates import day_of
from emulation.ui.qt import QtCore, QtWidgets


def setting_labels() -> dict[str, str]:
    """The names of the settings printing needs, as the settings page shows them."""
    from emulation.ui.labels import tr

    return {
        "issuer": tr("Cơ quan ban hành"),
        "place": tr("Địa danh"),
        "signer_title": tr("Chức vụ người ký"),
        "signer_name": tr("Họ tên người ký"),
    }


class PrintNeedsDialog(FormDialog):
    def __init__(self, needs: PrintNeeds, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Cần thêm thông tin để in"), self.tr("Lưu và in"), parent)
        self.needs = needs
        intro = QtWidgets.QLabel(self.tr("Văn bản in ra cần các thông tin dưới đây. Thông tin được lưu vào "
                                         "Cài đặt (và quyết định của kỳ) để lần sau không phải nhập lại."))
        intro.setWordWrap(True)
        self.form.add_row("", intro)
        labels = setting_labels()
        self.fields: dict[str, QtWidgets.QLineEdit] = {}
        for key in needs.settings:
            self.fields[key] = QtWidgets.QLineEdit()
            self.form.add_field(key, labels[key], self.fields[key])
        self.number = QtWidgets.QLineEdit()
        self.number.setPlaceholderText(self.tr("Ví dụ: 05/QĐ-UBND"))
        self.on = QtWidgets.QDateEdit(QtCore.QDate.currentDate())
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setCalendarPopup(True)
        if needs.decision:
            self.form.add_field("number", self.tr("Quyết định số"), self.number)
            self.form.add_field("date", self.tr("Ngày quyết định"), self.on)

    def settings(self) -> dict[str, str]:
        return {key: field.text() for key, field in self.fields.items()}

    def decision(self) -> tuple[str, date] | None:
        if not self.needs.decision:
            return None
        on = day_of(self.on.date())
        return self.number.text(), on

    def check(self) -> bool:
        blank = [problem(key, "needed_for_printing") for key, field in self.fields.items() if not field.text().strip()]
        self.form.show_problems(blank)
        return not blank
