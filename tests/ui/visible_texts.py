"""What a person reads on screen, and the rule that tells a stray text from a sound one.

Every text the widgets of a window show is gathered (window titles, labels, buttons, tabs, group
titles, placeholders, tooltips, combo box items, the headers and cells of the tables, menus and
their actions, status lines, message boxes). Data (unit names, criteria titles, period names,
settings…) is taken out first: its words are the committee's, in whatever language they were
typed. What remains must be the interface's own words:

- in Vietnamese, every word written in plain ASCII letters (an English word looks like that) must
  be a word of the Vietnamese catalogues (the sources of ``emulation_en.ts``, the Vietnamese
  ``.po``, ``qt_vi.ts``), or a code in capitals (``VY-TK``, ``PDF``), or a file name or path;
- in English, no word may carry Vietnamese letters (ă â đ ê ô ơ ư or a tone mark).
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from emulation.excel.criteria_table import HEADER_WORDS
from emulation.excel.hand_form import FORM_WORDS
from emulation.excel.units_file import _ALIASES as UNIT_ALIASES
from emulation.ui.qt import Qt, QtCore, QtGui, QtWidgets

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
LOCALE = ROOT / "resources" / "locale"
WORD = re.compile(r"[^\W\d_]+")
TAG = re.compile(r"<[^>]+>")
#: file names, paths and addresses are the person's own, whatever their words
PATHISH = re.compile(r"\S*[/\\]\S*|\S+\.(?:sqlite|xlsx|json|csv|pdf|png|qm|ts)\b|\S+@\S+|\w+://\S+", re.IGNORECASE)
#: JSON keys whose values are the format's own words, not a committee's
FORMAT_KEYS = {"format", "kind", "aggregation", "per"}
ROWS_READ = 60
#: a language is offered in its own name ("English", "Tiếng Việt" in the list of languages)
OWN_NAMES = frozenset({"english"})
LANGUAGE_NAMES = ("English", "Tiếng Việt")
#: an error's name in code (``RuntimeError``), shown beside an unexpected error
CODE_NAME = re.compile(r"^[A-Z][a-z]+[A-Z]\w*$")
#: the đồng's sign follows amounts in both languages
CURRENCY = frozenset({"đ"})
#: examples of names a committee gives its periods, in the placeholders of the period dialogs
EXAMPLE_NAMES = ("Tháng 10/2026 – Thôn, tổ dân phố", "Quý IV/2026 – Thôn, tổ dân phố")


@dataclass(frozen=True)
class Seen:
    where: str
    text: str


def plain(text: str) -> str:
    """The text as read: tags gone, entities decoded, mnemonics' & dropped, Unicode NFC."""
    text = html.unescape(TAG.sub(" ", text)) if "<" in text else text
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return unicodedata.normalize("NFC", text)


# --- vocabularies ---------------------------------------------------------------------------


PLACEHOLDER = re.compile(r"\{[^}]*\}|%\d")


def _words(texts: Iterable[str]) -> set[str]:
    """The words of a catalogue's sentences, without their ``{fields}``."""
    return {w.casefold() for t in texts for w in WORD.findall(PLACEHOLDER.sub(" ", plain(t)))}


def _ts_texts(path: Path, tag: str) -> list[str]:
    return [m.findtext(tag) or "" for m in ET.parse(path).getroot().iter("message")]


def _po_texts(lang: str) -> list[str]:
    with (LOCALE / lang / "LC_MESSAGES" / "emulation.po").open("rb") as handle:
        return [str(m.string) for m in read_po(handle) if m.id and isinstance(m.string, str)]


@cache
def vietnamese_words() -> frozenset[str]:
    sources = _ts_texts(TRANSLATIONS / "emulation_en.ts", "source")
    qt = _ts_texts(TRANSLATIONS / "qt_vi.ts", "translation")
    return frozenset(_words([*sources, *qt, *_po_texts("vi")]))


def _json_strings(value: object, key: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _json_strings(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item, key)
    elif isinstance(value, str) and key not in FORMAT_KEYS and key != "tie_breakers":
        yield value


DATA_QUERIES = (
    "select code, name, kind, cluster from units",
    "select name from scorers",
    "select value from settings",
    "select name, decision_number from periods",
    "select name from criteria_sets",
    # the details the services write into the log are stored as they were written at the time
    "select who, period_name, detail from audit_log",
    "select award_name, reason, by from award_overrides",
    "select award_name, recipient_name from certificates",
)


def format_words() -> list[str]:
    """The header words the workbooks are read by (``Mã``, ``Tên``, ``Điểm tự chấm``…): help
    texts name them as they must be typed, in either language."""
    groups = [*UNIT_ALIASES.values(), *HEADER_WORDS.values(), *FORM_WORDS.values()]
    return [w for group in groups for w in group if not w.isascii() or w.isupper()]  # not "code", "name"…


def data_strings(database: Path, extra: Iterable[str] = ()) -> list[str]:
    """Every text the committee typed into ``database`` (and the built-in criteria templates it
    may start from), longest first."""
    found: set[str] = {*extra, *EXAMPLE_NAMES, *LANGUAGE_NAMES, *format_words()}
    for template in (ROOT / "resources" / "templates").glob("*.json"):
        found.update(_json_strings(json.loads(template.read_text(encoding="utf-8"))))
    with sqlite3.connect(database) as connection:
        for query in DATA_QUERIES:
            for row in connection.execute(query):
                found.update(str(v) for v in row if v)
        for (document,) in connection.execute(
            "select document from criteria_sets union all select criteria_document from periods"
        ):
            found.update(_json_strings(json.loads(document)))
    texts = {unicodedata.normalize("NFC", t).strip() for t in found}
    return sorted((t for t in texts if len(t) > 1), key=len, reverse=True)


# --- the rule -------------------------------------------------------------------------------


def without_data(text: str, data: list[str]) -> str:
    text = plain(text)
    folded = text.casefold()
    for item in data:
        key = item.casefold()
        while key in folded:
            at = folded.index(key)
            text = text[:at] + " " * len(key) + text[at + len(key):]
            folded = text.casefold()
    return PATHISH.sub(" ", text)


def stray_in_vietnamese(text: str, data: list[str]) -> list[str]:
    known = vietnamese_words() | OWN_NAMES
    return [
        w for w in WORD.findall(without_data(text, data))
        if w.isascii() and len(w) > 1 and not w.isupper() and not CODE_NAME.match(w) and w.casefold() not in known
    ]


def stray_in_english(text: str, data: list[str]) -> list[str]:
    return [w for w in WORD.findall(without_data(text, data)) if not w.isascii() and w not in CURRENCY]


# --- what the widgets show ------------------------------------------------------------------


def _columns(model: QtCore.QAbstractItemModel, parent: QtCore.QModelIndex) -> int:
    """A list model has one column (and Qt keeps its ``columnCount`` private)."""
    return 1 if isinstance(model, QtCore.QAbstractListModel) else model.columnCount(parent)


def _model_texts(model: QtCore.QAbstractItemModel, where: str, *, cells: bool = True) -> Iterator[Seen]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    top = QtCore.QModelIndex()
    for orientation, count in ((Qt.Orientation.Horizontal, _columns(model, top)),
                               (Qt.Orientation.Vertical, model.rowCount(top))):
        for section in range(min(count, ROWS_READ)):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield Seen(f"{where} header", value)
    stack = [QtCore.QModelIndex()] if cells else []
    read = 0
    while stack and read < ROWS_READ * 4:
        parent = stack.pop()
        for row in range(min(model.rowCount(parent), ROWS_READ)):
            read += 1
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield Seen(f"{where} cell", value)
            child = model.index(row, 0, parent)
            if not isinstance(model, QtCore.QAbstractListModel | QtCore.QAbstractTableModel) and model.rowCount(child):
                stack.append(child)


def _action_texts(actions: Iterable[QtGui.QAction], where: str) -> Iterator[Seen]:
    for action in actions:
        if action.isSeparator():
            continue
        yield Seen(f"{where} action", action.text())
        if action.toolTip() and action.toolTip() != plain(action.text()):
            yield Seen(f"{where} action tooltip", action.toolTip())
        if action.menu() is not None:
            menu = action.menu()
            yield Seen(f"{where} menu", menu.title())
            yield from _action_texts(menu.actions(), f"{where} › {plain(menu.title())}")


def _widget_texts(w: QtWidgets.QWidget) -> Iterator[Seen]:
    name = type(w).__name__
    if w.isWindow():
        yield Seen(f"{name} title", w.windowTitle())
    if w.toolTip():
        yield Seen(f"{name} tooltip", w.toolTip())
    if isinstance(w, QtWidgets.QLabel):
        yield Seen(name, w.text())
    elif isinstance(w, QtWidgets.QAbstractButton):
        yield Seen(name, w.text())
    elif isinstance(w, QtWidgets.QLineEdit):
        yield Seen(f"{name} placeholder", w.placeholderText())
    elif isinstance(w, QtWidgets.QTextEdit | QtWidgets.QPlainTextEdit):
        yield Seen(f"{name} placeholder", w.placeholderText())
        if w.isReadOnly():
            yield Seen(name, w.toPlainText())
    elif isinstance(w, QtWidgets.QComboBox):
        yield Seen(f"{name} placeholder", w.placeholderText())
        for i in range(w.count()):
            yield Seen(f"{name} item", w.itemText(i))
    elif isinstance(w, QtWidgets.QGroupBox):
        yield Seen(name, w.title())
    elif isinstance(w, QtWidgets.QTabWidget):
        for i in range(w.count()):
            yield Seen(f"{name} tab", w.tabText(i))
            yield Seen(f"{name} tab tooltip", w.tabToolTip(i))
    elif isinstance(w, QtWidgets.QAbstractSpinBox):
        yield Seen(f"{name} special", w.specialValueText())
        if isinstance(w, QtWidgets.QSpinBox | QtWidgets.QDoubleSpinBox):
            yield Seen(f"{name} suffix", w.suffix() + " " + w.prefix())
    elif isinstance(w, QtWidgets.QMessageBox):
        yield Seen(name, w.text())
        yield Seen(f"{name} informative", w.informativeText())
    elif isinstance(w, QtWidgets.QStatusBar):
        yield Seen(name, w.currentMessage())
    elif isinstance(w, QtWidgets.QProgressDialog):
        yield Seen(name, w.labelText())
    if isinstance(w, QtWidgets.QAbstractItemView) and not isinstance(w, QtWidgets.QHeaderView):
        if w.model() is not None:
            # a file dialog lists the person's own files (and the system's names for their types)
            yield from _model_texts(w.model(), name, cells=not isinstance(w.window(), QtWidgets.QFileDialog))
    if isinstance(w, QtWidgets.QMenuBar | QtWidgets.QToolBar | QtWidgets.QMenu):
        yield from _action_texts(w.actions(), name)
    elif w.actions():
        yield from _action_texts(w.actions(), f"{name} context")


def visible_texts(root: QtWidgets.QWidget) -> list[Seen]:
    """Every text ``root`` and the widgets shown within it display (tabs not shown included)."""
    widgets = [root, *(w for w in root.findChildren(QtWidgets.QWidget) if w.isVisibleTo(root) or _in_tab(w, root))]
    return [s for w in widgets for s in _widget_texts(w) if s.text.strip()]


def _in_tab(widget: QtWidgets.QWidget, root: QtWidgets.QWidget) -> bool:
    """A widget on a tab that is not the current one still counts (a click shows it) when the
    tabs themselves are shown."""
    parent = widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QtWidgets.QStackedWidget) and isinstance(tabs, QtWidgets.QTabWidget):
            return not widget.isHidden() and tabs.isVisibleTo(root)
        parent = tabs
    return False
