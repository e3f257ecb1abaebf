"""Reading a CSV file from someone else: its encoding told apart, its fields within limits.

Excel on a Vietnamese Windows PC saves "CSV" in Windows-1258 (with tone marks as combining
characters), "CSV UTF-8" with a BOM, "Unicode text" in UTF-16; other programs write UTF-8
without a BOM. Windows-1258 is taken only when every letter it gives is Vietnamese: a file
in any other code page is refused with a clear message rather than read as gibberish.
"""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
from collections.abc import Iterator

from emulation import limits
from emulation.excel.safe_open import WorkbookRefused

SAMPLE = 4096
_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}
_LETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZđĐ")


def decode(data: bytes, name: str) -> str:
    """The text of a CSV file, or :class:`WorkbookRefused` when its encoding cannot be told."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decoded(data, codec, name)
    utf16 = _utf16_without_bom(data[:SAMPLE])
    if utf16 is not None:
        return _decoded(data, utf16, name)
    if b"\x00" in data[:SAMPLE]:
        raise WorkbookRefused(name, "file_not_csv")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        raise WorkbookRefused(name, "csv_encoding_unknown") from None
    if not all(_vietnamese(ch) for ch in set(text) if ord(ch) > 127):
        raise WorkbookRefused(name, "csv_encoding_unknown")
    return text


def _decoded(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise WorkbookRefused(name, "csv_encoding_unknown") from None


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text of mostly Latin letters has a zero in every other byte."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) < 4 or len(sample) % 2:
        return None
    if odd.count(0) > len(odd) // 2 and not even.count(0):
        return "utf-16-le"
    if even.count(0) > len(even) // 2 and not odd.count(0):
        return "utf-16-be"
    return None


def _vietnamese(ch: str) -> bool:
    """A Vietnamese letter (with its tone), or punctuation and spaces of any script."""
    if unicodedata.category(ch)[0] in "PZS":
        return True
    decomposed = unicodedata.normalize("NFD", ch)
    return decomposed[0] in _LETTERS and all(m in _MARKS for m in decomposed[1:])


def csv_rows(text: str, name: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """The rows of ``text`` numbered from 1; a field over the limit refuses the file."""
    csv.field_size_limit(limits.MAX_CSV_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise WorkbookRefused(name, "csv_field_too_long", line=reader.line_num,
                                      max=limits.MAX_CSV_FIELD) from None
            raise WorkbookRefused(name, "csv_damaged", line=reader.line_num, detail=str(exc)) from None
        yield reader.line_num, row
