"""Drawing the grid's plain cells, a text on a background, without the style's item layout.

A page of a large sheet is some 550 cells. Drawn through the style, each cell asks the model
seven roles (a Python call per role) and has its text laid out anew, and a page takes twice
what the same grid over a C++ model takes. A plain cell (no check box, neither selected nor
under the focus, a text that fits) is drawn here with one call to the model and two to the
painter, where the style would draw it: the same margins, colours and alignment. Every other
cell is drawn as Qt draws it. The grid's views (:mod:`plain_view`) draw a page's plain cells
with :meth:`PlainCellsDelegate.draw` in one call; the delegate's own ``paint`` draws those Qt
asks it for.
"""

from __future__ import annotations

from collections.abc import Callable

from emulation.ui.qt import QtCore, QtGui, QtWidgets

Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex
#: (text, alignment, background or None, foreground or None)
PlainCell = tuple[str, int, QtGui.QBrush | None, QtGui.QBrush | None]

_State = QtWidgets.QStyle.StateFlag
#: states the style draws something of its own for: a highlight, a focus frame, a hover
_STYLED = (_State.State_Selected | _State.State_HasFocus | _State.State_MouseOver | _State.State_Editing).value
_ENABLED = _State.State_Enabled.value
_ACTIVE = _State.State_Active.value
_TEXT = QtGui.QPalette.ColorRole.Text
_Group = QtGui.QPalette.ColorGroup
_Align = QtCore.Qt.AlignmentFlag
_VERTICAL, _VCENTER = _Align.AlignVertical_Mask.value, _Align.AlignVCenter.value
_RIGHT, _HCENTER = _Align.AlignRight.value, _Align.AlignHCenter.value
_Event = QtCore.QEvent.Type
_FORGET = frozenset({_Event.FontChange, _Event.StyleChange, _Event.LayoutDirectionChange})
#: texts whose widths are kept: a province's unit names and their values, many times over
_MEASURED = 100_000


class PlainCellsDelegate(QtWidgets.QStyledItemDelegate):
    """Draws the plain cells of a model that tells them (its ``plain_cell(index)`` gives a
    :data:`PlainCell`, or None for a cell the style must draw); the style draws the rest."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        #: a text's width in the view's font, by text: the sheet's names, values and totals
        self._widths: dict[str, float] = {}
        self._font: TextPlacing | None = None
        self._watcher = _Watcher(self._forget, self)

    def watch(self, view: QtWidgets.QAbstractItemView) -> None:
        """Measure texts anew when ``view``'s font, style or direction changes."""
        view.installEventFilter(self._watcher)

    def paint(self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem, index: Index) -> None:
        plain = getattr(index.model(), "plain_cell", None)
        cell = plain(index) if plain is not None else None
        state = option.state.value
        if cell is None or state & _STYLED or not state & _ENABLED:
            super().paint(painter, option, index)
            return
        group = _Group.Active if state & _ACTIVE else _Group.Inactive
        font = self.placing(option.widget, option.font, option.direction)
        if not self.draw(painter, option.rect, cell, font, option.palette.color(group, _TEXT)):
            super().paint(painter, option, index)  # elided, or placed, as the style does

    def placing(self, widget: QtWidgets.QWidget | None, font: QtGui.QFont, direction: QtCore.Qt.LayoutDirection
                ) -> TextPlacing:
        """What placing texts in ``widget``'s cells needs, kept until its font, style or direction changes."""
        if self._font is None:
            self._font = TextPlacing(widget, font, direction)
        return self._font

    def draw(self, painter: QtGui.QPainter, rect: QtCore.QRect, cell: PlainCell, font: TextPlacing, text: QtGui.QColor
             ) -> bool:
        """Draw ``cell`` in ``rect`` as the style would (``text``: the colour of a text without its own);
        False, drawing nothing, if the style must draw it (its text does not fit, or is placed otherwise)."""
        words, alignment, background, foreground = cell
        width = self._widths.get(words)
        if width is None:
            if len(self._widths) >= _MEASURED:
                self._widths.clear()
            width = self._widths[words] = font.metrics.horizontalAdvance(words)
        room = rect.width() - 2 * font.margin
        if width > room or alignment & _VERTICAL != _VCENTER or not font.left_to_right:
            return False
        if background is not None:
            painter.fillRect(rect, background)
        painter.setPen(foreground.color() if foreground is not None else text)
        x: float = rect.x() + font.margin
        if alignment & _RIGHT:
            x += room - width
        elif alignment & _HCENTER:
            x += (room - width) / 2
        # the line's box centred in whole pixels, its baseline where the style's text layout puts it
        top = rect.y() + (rect.height() - font.line) // 2
        painter.drawText(QtCore.QPointF(x, top + font.ascent), words)
        return True

    def _forget(self) -> None:
        self._widths.clear()
        self._font = None


class TextPlacing:
    """What placing a line of text in a cell needs of the view's font and style."""

    def __init__(self, widget: QtWidgets.QWidget | None, font: QtGui.QFont, direction: QtCore.Qt.LayoutDirection
                 ) -> None:
        style = widget.style() if widget is not None else QtWidgets.QApplication.style()
        #: the space the style leaves on each side of an item's text
        self.margin = style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        self.metrics = QtGui.QFontMetricsF(font)
        self.ascent = self.metrics.ascent()
        self.line = round(self.metrics.ascent() + self.metrics.descent())
        self.left_to_right = direction == QtCore.Qt.LayoutDirection.LeftToRight


class _Watcher(QtCore.QObject):
    def __init__(self, changed: Callable[[], None], parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self._changed = changed

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() in _FORGET:
            self._changed()
        return False
