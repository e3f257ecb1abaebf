"""The print panel: documents of a period, a preview of their first pages, and opening them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from emulation.services.printing import set_decision
from emulation.ui.context import ViewContext
from emulation.ui.file_dialogs import AnsweringFileDialogs
from emulation.ui.print_panel import PrintPanel
from emulation.ui.print_preview import PrintPreview
from emulation.ui.qt import Qt
from tests.services.printing_demo import PASSPHRASE

PERIOD = "Tháng 08/2026 – Thôn, tổ dân phố"


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def panel(qtbot: QtBot, ctx: ViewContext, opened: list[Path]) -> PrintPanel:
    widget = PrintPanel(ctx, opener=opened.append)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_period(PERIOD)
    return widget


def shown_preview(panel: PrintPanel) -> PrintPreview:
    preview = panel.preview
    assert isinstance(preview, PrintPreview) and preview.isVisible()
    return preview


def test_certificates_are_previewed_and_opened(
    qtbot: QtBot, panel: PrintPanel, files: AnsweringFileDialogs, opened: list[Path], tmp_path: Path
) -> None:
    panel.number.setText("05")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "giay-khen.pdf"
    files.answers.append(target)
    qtbot.mouseClick(panel.buttons["certificates"], Qt.MouseButton.LeftButton)
    assert len(PdfReader(target).pages) >= 2
    preview = shown_preview(panel)
    assert len(preview.pages) == 2
    assert all(not label.pixmap().isNull() for label in preview.pages)
    assert preview.pages[0].pixmap().width() > preview.pages[0].pixmap().height()  # a landscape page
    assert opened == []
    qtbot.mouseClick(preview.open_button, Qt.MouseButton.LeftButton)
    assert opened == [target]
    preview.close()
    assert panel.preview is None


def test_score_forms_need_no_decision(
    qtbot: QtBot, panel: PrintPanel, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "phieu.pdf"
    files.answers.append(target)
    qtbot.mouseClick(panel.buttons["score_forms"], Qt.MouseButton.LeftButton)
    assert panel.error.isHidden()
    assert target.exists() and len(PdfReader(target).pages) >= 1
    assert "phieu.pdf" in panel.status.text()
    preview = shown_preview(panel)
    assert preview.pages
    preview.close()


def test_on_blanks_and_the_calibration_page(
    qtbot: QtBot, panel: PrintPanel, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    set_decision(ctx.workspace, PERIOD, "05")
    calibration = tmp_path / "can-chinh.pdf"
    files.answers.append(calibration)
    qtbot.mouseClick(panel.calibration_button, Qt.MouseButton.LeftButton)
    assert len(PdfReader(calibration).pages) == 1
    assert len(shown_preview(panel).pages) == 1
    full, blanks = tmp_path / "full.pdf", tmp_path / "phoi.pdf"
    files.answers.append(full)
    qtbot.mouseClick(panel.buttons["certificates"], Qt.MouseButton.LeftButton)
    panel.overlay.setChecked(True)
    files.answers.append(blanks)
    qtbot.mouseClick(panel.buttons["certificates"], Qt.MouseButton.LeftButton)
    first = PdfReader(full).pages[0].extract_text()
    on_blank = PdfReader(blanks).pages[0].extract_text()
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in on_blank  # printed on the blank already
    assert files.asked[-1] == "In giấy khen trên phôi"
    shown_preview(panel).close()


def test_a_new_print_replaces_the_preview(
    qtbot: QtBot, panel: PrintPanel, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    files.answers.extend([tmp_path / "a.pdf", tmp_path / "b.pdf"])
    qtbot.mouseClick(panel.buttons["score_forms"], Qt.MouseButton.LeftButton)
    first = shown_preview(panel)
    qtbot.mouseClick(panel.buttons["report"], Qt.MouseButton.LeftButton)
    second = shown_preview(panel)
    assert second is not first and second.path == tmp_path / "b.pdf"
    second.close()


def test_cancelled_file_dialog_prints_nothing(qtbot: QtBot, panel: PrintPanel) -> None:
    qtbot.mouseClick(panel.buttons["score_forms"], Qt.MouseButton.LeftButton)
    assert panel.preview is None
    assert panel.status.text() == ""


def test_new_certificates_ask_for_the_signing_key_then_print(
    qtbot: QtBot, panel: PrintPanel, ctx: ViewContext, files: AnsweringFileDialogs, tmp_path: Path
) -> None:
    ctx.workspace.signer = None  # a new session: the key is not unlocked yet
    set_decision(ctx.workspace, PERIOD, "05")
    target = tmp_path / "giay-khen.pdf"
    files.answers.append(target)
    qtbot.mouseClick(panel.buttons["certificates"], Qt.MouseButton.LeftButton)
    dialog = panel.key_dialog
    assert dialog is not None and dialog.isVisible() and not target.exists()
    files.answers.append(tmp_path / "khoa-ky.pem")
    dialog.choose_file()
    dialog.passphrase.setText("sai mật khẩu")
    dialog.unlock()
    assert dialog.isVisible() and "mật khẩu" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock()
    assert not dialog.isVisible() and ctx.workspace.signer is not None
    qtbot.waitUntil(lambda: target.exists())
    assert len(PdfReader(target).pages) >= 2
    shown_preview(panel).close()
