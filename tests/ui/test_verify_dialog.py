"""Checking a certificate: its printed PDF, the code on it, and a forged code."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from emulation.reports.signing import extract_payloads
from emulation.services.printing import print_certificates, set_decision
from emulation.services.signing_keys import export_public_key
from emulation.services.workspace import Workspace
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.qt import Qt
from emulation.ui.verify_dialog import VerifyDialog

PERIOD = "Tháng 08/2026 – Thôn, tổ dân phố"


@pytest.fixture
def printed(ctx: ViewContext, tmp_path: Path) -> Path:
    set_decision(ctx.workspace, PERIOD, "05")
    return print_certificates(ctx.workspace, PERIOD, tmp_path / "giay-khen.pdf").path


@pytest.fixture
def dialog(qtbot: QtBot, ctx: ViewContext) -> VerifyDialog:
    widget = VerifyDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def check(qtbot: QtBot, dialog: VerifyDialog, text: str) -> str:
    dialog.payload.setPlainText(text)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    return dialog.answer.text()


def test_the_printed_pdf_is_genuine(
    qtbot: QtBot, dialog: VerifyDialog, files: AnsweringFileDialogs, printed: Path
) -> None:
    files.answers.append(printed)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    verification = dialog.verification
    assert verification is not None and verification.genuine
    shown = dialog.answer.text()
    assert "Hợp lệ" in shown and "KHÔNG" not in shown
    first = verification.certificates[0]
    assert first.unit_name and first.unit_name in shown
    assert f"({first.unit_code})" in shown
    assert "05/QĐ-UBND ngày" in shown
    assert "Trang 1: Hợp lệ" in shown and f"Trang {len(verification.certificates)}: Hợp lệ" in shown


def test_the_code_on_a_certificate(qtbot: QtBot, dialog: VerifyDialog, printed: Path) -> None:
    payload = extract_payloads(printed)[0]
    shown = check(qtbot, dialog, payload)
    verification = dialog.verification
    assert verification is not None and verification.genuine
    [certificate] = verification.certificates
    assert "Hợp lệ" in shown and "KHÔNG" not in shown
    for value in (certificate.unit_name, certificate.period, certificate.award, str(certificate.serial)):
        assert value and value in shown


def test_an_edited_code_is_not_genuine(qtbot: QtBot, dialog: VerifyDialog, printed: Path) -> None:
    payload = extract_payloads(printed)[0]
    last = payload[-1]
    forged = payload[:-1] + ("A" if last != "A" else "B")
    shown = check(qtbot, dialog, forged)
    assert dialog.verification is not None and not dialog.verification.genuine
    assert "KHÔNG hợp lệ" in shown
    assert "chữ ký của mã không khớp" in shown


def test_nothing_given_or_not_a_file(qtbot: QtBot, dialog: VerifyDialog, tmp_path: Path) -> None:
    assert "Hãy dán mã" in check(qtbot, dialog, "  ")
    assert "KHÔNG kiểm tra được" in check(qtbot, dialog, str(tmp_path / "none.pdf"))
    assert dialog.verification is None


def test_another_offices_certificate_with_its_public_key(
    qtbot: QtBot, ctx: ViewContext, dialog: VerifyDialog, files: AnsweringFileDialogs, printed: Path,
    tmp_path: Path,
) -> None:
    public = tmp_path / "khoa-cong-khai.pem"
    shown = export_public_key(ctx.workspace, public)
    elsewhere = Workspace.open(str(tmp_path / "noi-khac.sqlite"), user="văn phòng khác")
    try:
        other = VerifyDialog(ctx.with_workspace(elsewhere))
        qtbot.addWidget(other)
        files.answers.append(printed)
        qtbot.mouseClick(other.pdf_button, Qt.MouseButton.LeftButton)
        assert other.verification is not None and not other.verification.genuine
        files.answers.extend([public, printed])
        qtbot.mouseClick(other.key_button, Qt.MouseButton.LeftButton)
        assert shown in other.key_label.text()
        qtbot.mouseClick(other.pdf_button, Qt.MouseButton.LeftButton)
        assert other.verification is not None and other.verification.genuine
    finally:
        elsewhere.close()
