"""Text in CSV files the application writes never becomes a formula in a spreadsheet program.

A field that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a
formula when the file is opened in Excel or LibreOffice (``=HYPERLINK(...)`` in a unit's
name). As OWASP recommends, such a field is written with a single quote in front; reading a
units CSV takes that quote off again, so a file round-trips. A field of that one character
alone (a bonus criterion coded ``+``) is no formula and stays as it is.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def csv_field(value: object) -> object:
    """``value`` as it goes into a CSV cell: text that would start a formula is quoted."""
    if isinstance(value, str) and len(value) > 1 and value.startswith(FORMULA_STARTS):
        return QUOTE + value
    return value


def from_csv_field(value: str) -> str:
    """A CSV cell as read: the quote :func:`csv_field` put in front is taken off."""
    if value.startswith(QUOTE) and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value
