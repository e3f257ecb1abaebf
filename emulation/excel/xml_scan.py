"""Reading every XML part of a workbook once, streaming, before any workbook library sees it.

The libraries that read workbooks trust what a file says: a cell at ``XFD1048576`` or a
declared dimension that large makes them allocate the whole grid, a huge shared-string table
is held in memory, deep nesting costs time. This scan walks each part with expat in small
chunks, counting the bytes it really unpacks (whatever the archive claims), and refuses the
file at the first limit it passes, in bounded memory. Nothing is kept but counters.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from typing import Any
from xml.parsers import expat

from emulation import limits

CHUNK = 64 * 1024
XML_SUFFIXES = (".xml", ".rels", ".vml")
_COORDINATE = re.compile(r"\$?([A-Za-z]{1,10})\$?([0-9]{1,10})$")


class XmlRefused(Exception):
    """A limit passed: ``code`` and ``params`` name it for the catalogue."""

    def __init__(self, code: str, **params: str | int) -> None:
        self.code = code
        self.params = params
        super().__init__(code)


def column_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index


def coordinate(ref: str) -> tuple[int, int] | None:
    """``"XFD1048576"`` → ``(1048576, 16384)``; None for what is no cell reference."""
    match = _COORDINATE.match(ref.strip())
    if match is None:
        return None
    return int(match.group(2)), column_index(match.group(1))


def scan_archive(archive: zipfile.ZipFile) -> None:
    """Raise :class:`XmlRefused` when any XML part of ``archive`` passes a limit."""
    budget = _Budget()
    for info in archive.infolist():
        if info.filename.lower().endswith(XML_SUFFIXES):
            _scan_part(archive, info, budget)


class _Budget:
    """What the parts of one archive use together."""

    def __init__(self) -> None:
        self.xml_bytes = 0
        self.cells = 0
        self.markup = 0


def _scan_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> None:
    name = info.filename
    feed: Callable[[bytes, bool], None]
    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
        feed = _SheetScanner(name, budget).feed
    else:
        walker = _StringsWalker(name, budget) if name == "xl/sharedStrings.xml" else _Walker(name, budget)
        feed = _parse_with(walker.parser(), name)
    part_bytes = 0
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            part_bytes += len(chunk)
            budget.xml_bytes += len(chunk)
            if part_bytes > limits.MAX_PART_BYTES:
                raise XmlRefused("xlsx_part_too_large", part=name, max_mb=limits.MAX_PART_BYTES // limits.MB)
            if budget.xml_bytes > limits.MAX_XML_BYTES:
                raise XmlRefused("xlsx_xml_too_large", max_mb=limits.MAX_XML_BYTES // limits.MB)
            feed(chunk, False)
    feed(b"", True)


def _parse_with(parser: Any, name: str) -> Callable[[bytes, bool], None]:
    def feed(chunk: bytes, final: bool) -> None:
        try:
            parser.Parse(chunk, final)
        except expat.ExpatError as exc:
            raise XmlRefused("xlsx_xml_damaged", part=name, line=exc.lineno) from None

    return feed


class _Walker:
    """Depth, markup and entity declarations: the checks every part gets."""

    def __init__(self, part: str, budget: _Budget) -> None:
        self.part = part
        self.budget = budget
        self.depth = 0

    def parser(self) -> Any:
        parser = expat.ParserCreate()
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CommentHandler = self.markup
        parser.ProcessingInstructionHandler = self.markup
        parser.StartDoctypeDeclHandler = self.doctype
        parser.EntityDeclHandler = self.doctype
        self.more(parser)
        return parser

    def more(self, parser: Any) -> None:
        """Further handlers of a kind of part."""

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > limits.MAX_XML_DEPTH:
            raise XmlRefused("xlsx_xml_too_deep", part=self.part, max=limits.MAX_XML_DEPTH)
        self.element(tag.rpartition(":")[2], attrs)

    def element(self, tag: str, attrs: dict[str, str]) -> None:
        """One start tag (namespace prefix dropped)."""

    def end(self, tag: str) -> None:
        self.depth -= 1

    def markup(self, *_: object) -> None:
        self.budget.markup += 1
        if self.budget.markup > limits.MAX_XML_MARKUP:
            raise XmlRefused("xlsx_xml_markup", part=self.part, max=limits.MAX_XML_MARKUP)

    def doctype(self, *_: object) -> None:
        raise XmlRefused("xlsx_xml_doctype", part=self.part)


class _SheetScanner:
    """A worksheet, read with byte counts and regular expressions (a parser's call per element
    is too slow for a million cells): its declared dimension, its furthest cell, its number of
    cells, its nesting and its markup."""

    _CELL_TAGS = (b"<c ", b"<c>", b":c ", b":c>")
    #: ``r="B7"`` is a cell's reference, ``r="7"`` a row's; ``ref="A1:F20"`` an area's. A cell's
    #: reference gives its column and, when the quote closes right after the digits, its row.
    _CELL_REF = re.compile(rb'\sr="\$?([A-Za-z]+)\$?([0-9]+)(")?')
    _ROW_REF = re.compile(rb'\sr="([0-9]+)"')
    _AREA = re.compile(rb'\sref="([^"]*)"')
    _ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s>/]")
    _SLICE = 16 * 1024

    def __init__(self, part: str, budget: _Budget) -> None:
        self.part = part
        self.budget = budget
        self.rest = b""
        self.depth = 0

    def feed(self, chunk: bytes, final: bool) -> None:
        data = self.rest + chunk
        cut = len(data) if final else max(data.rfind(b"<"), 0)
        whole, self.rest = data[:cut], data[cut:]
        self.markup(whole)
        self.nesting(whole)
        self.cells(whole)
        rows = self._ROW_REF.findall(whole)
        if rows:
            check(max(map(int, rows)), 1)
        for area in self._AREA.findall(whole) if b'ref="' in whole else ():
            for end in area.decode("ascii", "replace").split(":"):
                place = coordinate(end)
                if place is not None:
                    check(*place, declared=True)

    def markup(self, whole: bytes) -> None:
        if b"<!DOCTYPE" in whole or b"<!ENTITY" in whole:
            raise XmlRefused("xlsx_xml_doctype", part=self.part)
        self.budget.markup += whole.count(b"<!--") + whole.count(b"<?") - whole.startswith(b"<?xml")
        if self.budget.markup > limits.MAX_XML_MARKUP:
            raise XmlRefused("xlsx_xml_markup", part=self.part, max=limits.MAX_XML_MARKUP)

    def nesting(self, whole: bytes) -> None:
        """The depth at every few kilobytes: tags opened minus tags closed so far."""
        start = 0
        while start < len(whole):
            end = whole.find(b"<", start + self._SLICE)  # a slice never splits a tag
            end = len(whole) if end < 0 else end
            piece, start = whole[start:end], end
            tags = piece.count(b"<") - piece.count(b"<?") - piece.count(b"<!")
            closed = piece.count(b"</") + piece.count(b"/>")
            self.depth += tags - 2 * closed + piece.count(b"/>")
            if self.depth > limits.MAX_XML_DEPTH:
                raise XmlRefused("xlsx_xml_too_deep", part=self.part, max=limits.MAX_XML_DEPTH)

    def cells(self, whole: bytes) -> None:
        count = sum(whole.count(tag) for tag in self._CELL_TAGS)
        self.budget.cells += count
        if self.budget.cells > limits.MAX_CELLS:
            raise XmlRefused("xlsx_too_many_cells", max=limits.MAX_CELLS)
        refs = self._CELL_REF.findall(whole)  # one pass for both: a sheet is millions of bytes
        rows = [row for _, row, closed in refs if closed]
        if rows:
            check(max(map(int, set(rows))), 1)
        columns = {column for column, _, _ in refs}  # a few hundred letters at most
        if columns:
            check(1, max(column_index(c.decode("ascii")) for c in columns))
        if len(rows) < count:  # cells without a reference take the next column of their row
            for row in self._ROW.split(whole):
                check(1, sum(row.count(tag) for tag in self._CELL_TAGS))


def check(row: int, column: int, *, declared: bool = False) -> None:
    if row > limits.MAX_ROWS:
        code = "xlsx_dimension_rows" if declared else "xlsx_too_many_rows"
        raise XmlRefused(code, row=row, max=limits.MAX_ROWS)
    if column > limits.MAX_COLUMNS:
        code = "xlsx_dimension_columns" if declared else "xlsx_too_many_columns"
        raise XmlRefused(code, column=column, max=limits.MAX_COLUMNS)


class _StringsWalker(_Walker):
    """The shared-string table: its declared and real number of strings, its total length."""

    def __init__(self, part: str, budget: _Budget) -> None:
        super().__init__(part, budget)
        self.strings = 0
        self.chars = 0

    def more(self, parser: Any) -> None:
        parser.buffer_text = True
        parser.CharacterDataHandler = self.text

    def element(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "si":
            self.strings += 1
            self.count(self.strings)
        elif tag == "sst":
            declared = attrs.get("uniqueCount", "")
            self.count(int(declared) if declared.isdigit() else 0)

    def count(self, strings: int) -> None:
        if strings > limits.MAX_SHARED_STRINGS:
            raise XmlRefused("xlsx_too_many_strings", count=strings, max=limits.MAX_SHARED_STRINGS)

    def text(self, data: str) -> None:
        self.chars += len(data)
        if self.chars > limits.MAX_SHARED_TEXT:
            raise XmlRefused("xlsx_strings_too_long", max=limits.MAX_SHARED_TEXT)
