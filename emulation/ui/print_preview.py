"""A look at a printed document: its first pages, and a button to open it in the PDF viewer."""

from __future__ import annotations

from pathlib import Path

from emulation.services.print_preview import preview_pages
from emulation.ui.context import ViewContext
from emulation.ui.printing_actions import Opener
from emulation.ui.qt import Qt, QtGui, QtWidgets, Slot

PAGES = 2
#: each page is shown at most this large (pixels), so that two fit side by side
PAGE_BOX = (470, 380)


class PrintPreview(QtWidgets.QDialog):
    """Shown without blocking; the page images are rendered off the GUI thread."""

    def __init__(self, ctx: ViewContext, path: Path, opener: Opener,
                 parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xem trước: {file}").format(file=path.name))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = path
        self._opener = opener
        self.pages: list[QtWidgets.QLabel] = []
        self.message = QtWidgets.QLabel(self.tr("Đang dựng hình các trang đầu…"))
        self.message.setWordWrap(True)
        self._row = QtWidgets.QHBoxLayout()
        area = QtWidgets.QWidget()
        area.setLayout(self._row)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(area)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.open_button = QtWidgets.QPushButton(self.tr("Mở bằng trình xem PDF"))
        self.open_button.clicked.connect(self.open_file)
        self.close_button = QtWidgets.QPushButton(self.tr("Đóng"))
        self.close_button.clicked.connect(self.close)
        where = QtWidgets.QLabel(str(path))
        where.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(where, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(1000, 500)
        op = ctx.operation(self, lambda _progress: preview_pages(path, PAGES))
        op.success(self._show_pages).failure(self._not_shown).run_in_background()

    def _show_pages(self, images: list[bytes]) -> None:
        for image in images:
            pixmap = QtGui.QPixmap()
            pixmap.loadFromData(image, "PNG")
            label = QtWidgets.QLabel()
            label.setPixmap(pixmap.scaled(*PAGE_BOX, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
            label.setFrameShape(QtWidgets.QFrame.Shape.Box)
            self._row.addWidget(label)
            self.pages.append(label)
        self.message.setText(self.tr("{shown} trang đầu của tệp:").format(shown=len(images)))

    def _not_shown(self, exc: BaseException) -> None:
        self.message.setText(self.tr("Không xem trước được tệp này ({error}).").format(error=exc))

    @Slot()
    def open_file(self) -> None:
        self._opener(self.path)
