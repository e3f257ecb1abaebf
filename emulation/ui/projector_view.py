"""The ranking in large type for the meeting's projector: F11 full screen, Esc to close."""

from __future__ import annotations

from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets
from emulation.ui.ranking_model import RankingModel

SHOWN_COLUMNS = (0, 2, 5, 6)
NAME_COLUMN = 2
SCROLL_KEYS = {
    Qt.Key.Key_PageDown: 1,
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Space: 1,
    Qt.Key.Key_PageUp: -1,
    Qt.Key.Key_Up: -1,
}
PADDING = 16
MIN_POINTS, MAX_POINTS = 14, 30
STYLE = """
QWidget#projector { background: white; }
QLabel#title { color: #b71c1c; font-size: 34pt; font-weight: bold; }
QLabel#subtitle { color: #37474f; font-size: 18pt; }
QTableView { gridline-color: #cfd8dc; border: none; }
QHeaderView::section { font-size: 18pt; font-weight: bold; padding: 6px; background: #eceff1; border: none; }
"""


class _Padded(QtWidgets.QStyledItemDelegate):
    """Room on both sides of each cell, so that numbers and grades do not touch."""

    def paint(
        self,
        painter: QtGui.QPainter,
        option: QtWidgets.QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> None:
        padded = QtWidgets.QStyleOptionViewItem(option)
        padded.rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
        super().paint(painter, padded, index)


class ProjectorView(QtWidgets.QWidget):
    """A window of its own over the ranking view's model, so it shows the scope chosen there."""

    def __init__(self, model: RankingModel, title: str, subtitle: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.title = QtWidgets.QLabel(title)
        self.title.setObjectName("title")
        self.subtitle = QtWidgets.QLabel(subtitle)
        self.subtitle.setObjectName("subtitle")
        for label in (self.title, self.subtitle):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.table = QtWidgets.QTableView()
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        for column in range(model.columnCount()):
            self.table.setColumnHidden(column, column not in SHOWN_COLUMNS)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setItemDelegate(_Padded(self.table))
        hint = QtWidgets.QLabel(self.tr("F11: toàn màn hình · Page Down/Page Up: cuộn · Esc: đóng"))
        hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key in SCROLL_KEYS:
            bar = self.table.verticalScrollBar()
            bar.setValue(bar.value() + SCROLL_KEYS[key] * bar.pageStep())
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def fit_rows(self) -> None:
        """The largest type (within limits) that shows every row without scrolling."""
        model = self.table.model()
        rows = (model.rowCount() if model else 0) + 1
        room = max(self.height() - 200, 100)
        size = max(MIN_POINTS, min(MAX_POINTS, int(room / rows / 2.1)))
        font = self.table.font()
        font.setPointSize(size)
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(QtGui.QFontMetrics(font).height() + 10)
        self.table.resizeColumnsToContents()
        spare = self.table.viewport().width()
        for column in SHOWN_COLUMNS:
            if column != NAME_COLUMN:
                self.table.setColumnWidth(column, self.table.columnWidth(column) + 2 * PADDING + 16)
                spare -= self.table.columnWidth(column)
        self.table.setColumnWidth(NAME_COLUMN, max(spare, 200))

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
