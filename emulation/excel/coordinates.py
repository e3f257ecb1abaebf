"""Cell references without loading a workbook library: column letters and ``B7`` parts."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1024)
def column_letter(column: int) -> str:
    """``1`` → ``"A"``, ``27`` → ``"AA"`` (1-based, as in a sheet)."""
    if column < 1:
        raise ValueError(f"column {column} is before A")
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
