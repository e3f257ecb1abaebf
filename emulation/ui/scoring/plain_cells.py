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
_PLAIN_TEXT = QtCore.Qt.TextFormat.PlainText
_Point = QtCore.QPointF
#: texts whose widths are kept: a province's unit names and their values, many times over
_MEASURED = 100_000
#: texts kept laid out: a sheet's values, and the names of the part of it scrolled over often
_LAID_OUT = 10_000
#: a text is laid out to be drawn again once it was drawn this many times
LAID_OUT_AFTER = 8


class PlainCellsDelegate(QtWidgets.QStyledItemDelegate):
    """Draws the plain cells of a model that tells them (its ``plain_cell(index)`` gives a
    :data:`PlainCell`, or None for a cell the style must draw); the style draws the rest."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        #: a text's width in the view's font, by text: the sheet's names, values and totals
        self._widths: dict[str, float] = {}
        #: the texts drawn often (a leaf's values), laid out for drawing
        self._laid_out: dict[str, QtGui.QStaticText] = {}
        #: how often each text not yet laid out was drawn
        self._met: dict[str, int] = {}
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
        font = self.placing(option.widget, option.font, option.direction)
        rect = option.rect
        if not self.draw(painter, rect.x(), rect.y(), rect.width(), rect.height(), cell, font, text_colour(option)):
            super().paint(painter, option, index)  # elided, or placed, as the style does

    def placing(self, widget: QtWidgets.QWidget | None, font: QtGui.QFont, direction: QtCore.Qt.LayoutDirection
                ) -> TextPlacing:
        """What placing texts in ``widget``'s cells needs, kept until its font, style or direction changes."""
        if self._font is None:
            self._font = TextPlacing(widget, font, direction)
        return self._font

    def draw(self, painter: QtGui.QPainter, left: int, top: int, width: int, height: int, cell: PlainCell,
             font: TextPlacing, text: QtGui.QColor) -> bool:
        """Draw ``cell`` in the rectangle given as the style would (``text``: the colour of a text without
        its own); False, drawing nothing, if the style must draw it (a text that does not fit, or placed
        otherwise)."""
        words, alignment, background, foreground = cell
        widths = self._widths
        wide = widths.get(words)
        if wide is None:
            if len(widths) >= _MEASURED:
                widths.clear()
                self._laid_out.clear()
                self._met.clear()
            wide = widths[words] = font.metrics.horizontalAdvance(words)
        room = width - 2 * font.margin
        if wide > room or alignment & _VERTICAL != _VCENTER or not font.left_to_right:
            return False
        laid_out = self._laid_out.get(words)
        if laid_out is None:
            laid_out = self._lay_out(words)
        if background is not None:
            painter.fillRect(left, top, width, height, background)
        painter.setPen(foreground.color() if foreground is not None else text)
        x: float = left + font.margin
        if alignment & _RIGHT:
            x += room - wide
        elif alignment & _HCENTER:
            x += (room - wide) / 2
        # the line's box centred in whole pixels, its baseline where the style's text layout puts it
        line_top = top + (height - font.line) // 2
        if laid_out is None:
            painter.drawText(_Point(x, line_top + font.ascent), words)
        else:
            painter.drawStaticText(_Point(x, line_top), laid_out)
        return True

    def _lay_out(self, words: str) -> QtGui.QStaticText | None:
        """``words`` laid out to be drawn again, once they have been drawn often (a leaf's values):
        laying out a text costs more than drawing it a few times."""
        met = self._met.get(words, 0) + 1
        if met < LAID_OUT_AFTER:
            self._met[words] = met
            return None
        del self._met[words]
        if len(self._laid_out) >= _LAID_OUT:
            self._laid_out.clear()
        laid_out = self._laid_out[words] = QtGui.QStaticText(words)
        laid_out.setTextFormat(_PLAIN_TEXT)
        return laid_out

    def _forget(self) -> None:
        self._widths.clear()
        self._laid_out.clear()
        self._met.clear()
        self._font = None


def text_colour(option: QtWidgets.QStyleOptionViewItem) -> QtGui.QColor:
    """The colour the style gives a cell's text that has none of its own: the palette's text, of the
    active window's colours or the inactive one's."""
    group = _Group.Active if option.state.value & _ACTIVE else _Group.Inactive
    return option.palette.color(group, _TEXT)


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
