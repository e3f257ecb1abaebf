"""Opening workbooks that came from outside with care: size, archive and row limits.

Every file a committee receives is untrusted. :func:`open_workbook` refuses anything that is
not a sane ``.xlsx`` with :class:`WorkbookRefused`, whose message names the file, so a caller
never sees another exception type from a bad file.
"""

from __future__ import annotations

import os
import tempfile
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import defusedxml

from emulation import limits
from emulation.excel.xml_scan import XmlRefused, scan_archive
from emulation.scoring.problems import InputError, Param, Problem, problem
from emulation.text import nfc

if TYPE_CHECKING:  # openpyxl is loaded when a workbook is opened or saved, not by the fast readers
    from openpyxl.workbook.workbook import Workbook

MAX_FILE_BYTES = limits.MAX_FILE_BYTES
MAX_UNCOMPRESSED_BYTES = limits.MAX_UNCOMPRESSED_BYTES
MAX_MEMBERS = limits.MAX_MEMBERS
MAX_RATIO = limits.MAX_RATIO
RATIO_FLOOR_BYTES = limits.RATIO_FLOOR_BYTES
MAX_ROWS = limits.MAX_ROWS
SEPARATOR = " › "

_MAGIC_HINTS = (
    (b"\xd0\xcf\x11\xe0", "file_old_xls"),
    (b"%PDF", "file_is_pdf"),
    (b"{\\rtf", "file_is_rtf"),
)

_defused = False


class WorkbookRefused(InputError):
    """A file that will not be read: its name, and the fault's code and parameters.

    A kind of :class:`~emulation.scoring.problems.InputError` (its one problem placed at the
    file), so the services let it through and every front end shows it as any other fault.
    """

    def __init__(self, file_name: str, code: str, /, **params: Param) -> None:
        self.file_name = file_name
        self.code = code
        self.params = params
        super().__init__([problem(file_name, code, **params)])

    @property
    def problem(self) -> Problem:
        return self.problems[0]


def guard_xml() -> None:
    """Make every XML parser in the process refuse entity tricks (once)."""
    global _defused
    if _defused:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        defusedxml.defuse_stdlib()
    _defused = True


def cell_where(file_name: str, sheet_title: str | None, coordinate: str) -> str:
    """``file › sheet › cell``; a CSV file has no sheet: ``file › cell``."""
    parts = [file_name, sheet_title, coordinate] if sheet_title else [file_name, coordinate]
    return SEPARATOR.join(parts)


def cell_text(value: object) -> str | None:
    """A cell's value as stored text (NFC, trimmed), or None when blank.

    Whole numbers lose their ``.0`` (a code typed as ``12`` reads ``"12"``).
    """
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = nfc(str(value))
    return text or None


def check_file_size(path: Path) -> None:
    """Refuse a missing file, a folder, or one larger than :data:`MAX_FILE_BYTES`."""
    name = path.name
    if not path.exists():
        raise WorkbookRefused(name, "file_missing")
    if not path.is_file():
        raise WorkbookRefused(name, "file_not_a_file")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise WorkbookRefused(name, "file_unreadable", detail=str(exc.strerror)) from None
    if size > MAX_FILE_BYTES:
        raise WorkbookRefused(name, "file_too_large", megabytes=MAX_FILE_BYTES // limits.MB)
    if size == 0:
        raise WorkbookRefused(name, "file_empty")


def check_archive(path: Path) -> None:
    """Refuse anything that is not a reasonable ``.xlsx`` zip archive."""
    name = path.name
    check_file_size(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        if not zipfile.is_zipfile(path):
            raise WorkbookRefused(name, _not_a_zip_reason(head))
        with zipfile.ZipFile(path) as archive:
            _check_members(name, archive.infolist())
            _scan_once(path, archive)
    except WorkbookRefused:
        raise
    except XmlRefused as exc:
        raise WorkbookRefused(name, exc.code, **exc.params) from None
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, NotImplementedError) as exc:
        raise WorkbookRefused(name, "file_damaged", detail=str(exc)) from None


_scanned: dict[tuple[str, int, int], None] = {}


def _scan_once(path: Path, archive: zipfile.ZipFile) -> None:
    """Scan the XML of a file not scanned before (one import opens the same file several times)."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key in _scanned:
        return
    scan_archive(archive)
    if len(_scanned) > 64:
        _scanned.clear()
    _scanned[key] = None


def _not_a_zip_reason(head: bytes) -> str:
    for magic, reason in _MAGIC_HINTS:
        if head.startswith(magic):
            return reason
    return "file_not_xlsx"


def _check_members(name: str, members: list[zipfile.ZipInfo]) -> None:
    if not any(m.filename == "xl/workbook.xml" for m in members):
        raise WorkbookRefused(name, "file_zip_not_workbook")
    if len(members) > MAX_MEMBERS:
        raise WorkbookRefused(name, "xlsx_too_many_parts", max=MAX_MEMBERS)
    total = sum(m.file_size for m in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise WorkbookRefused(name, "xlsx_unpacks_too_large", max_mb=MAX_UNCOMPRESSED_BYTES // limits.MB)
    for member in members:
        if member.file_size >= RATIO_FLOOR_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise WorkbookRefused(name, "xlsx_zip_bomb", part=member.filename, ratio=MAX_RATIO)
        if member.file_size > limits.MAX_PART_BYTES:
            max_mb = limits.MAX_PART_BYTES // limits.MB
            raise WorkbookRefused(name, "xlsx_part_too_large", part=member.filename, max_mb=max_mb)


def open_workbook(path: Path, *, read_only: bool = True, data_only: bool = True) -> Workbook:
    """Open an untrusted ``.xlsx`` or raise :class:`WorkbookRefused`.

    A read-only workbook keeps its file open: call ``close()`` when done.
    """
    from openpyxl import load_workbook

    guard_xml()
    path = Path(path)
    check_archive(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            return load_workbook(
                path, read_only=read_only, data_only=data_only, keep_links=False
            )
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise WorkbookRefused(path.name, "file_not_readable_workbook", detail=_describe(exc, path)) from None


def _describe(exc: Exception, path: Path | None = None) -> str:
    """The exception in one line, without the file's folders (only its name is shown)."""
    text = str(exc).strip().split("\n", 1)[0].strip()
    if path is not None:
        text = text.replace(str(path), path.name)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def check_rows(ws: Any, file_name: str) -> None:
    """Refuse a sheet that says it has more than :data:`MAX_ROWS` rows."""
    max_row = ws.max_row
    if max_row is not None and max_row > MAX_ROWS:
        raise WorkbookRefused(file_name, "sheet_too_many_rows", sheet=ws.title, rows=max_row, limit=MAX_ROWS)


def sheet_rows(ws: Any, file_name: str, max_col: int | None = None) -> Iterator[tuple[Any, ...]]:
    """The values of a sheet row by row (row 1 first), refusing one with too many rows.

    The sheet's stated size is checked first; then it is ignored (some programs state it
    wrongly, which would cut rows off) and rows are counted instead. Rows may differ in length.
    """
    check_rows(ws, file_name)
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()
    rows = ws.iter_rows(values_only=True, max_col=max_col)
    index = 0
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # a read-only sheet is parsed only now
            raise WorkbookRefused(file_name, "sheet_unreadable", sheet=ws.title, detail=_describe(exc)) from None
        index += 1
        if index > MAX_ROWS:
            raise WorkbookRefused(file_name, "sheet_over_row_limit", sheet=ws.title, limit=MAX_ROWS)
        yield row


def save_workbook(wb: Workbook, path: Path) -> None:
    """Save through a temporary file beside ``path``, so a failure leaves no half file.

    Every string is stored as text, never as a formula, unless it is an own formula
    (:mod:`emulation.excel.text_cells`).
    """
    from emulation.excel.text_cells import keep_text

    keep_text(wb)
    path = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=".~", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        wb.save(temp_name)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
