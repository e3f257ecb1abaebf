"""What the heading of every document says: the national title and motto (or the Party's name),
the issuing body, the number line; as plain values, without the page-layout machinery, so that the
certificates use them without loading it (``document`` lays them out for the other documents)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color

from emulation.reports.models import Issuer

Output = Path | str | BinaryIO
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM"
CREATOR = "emulation"


@dataclass(frozen=True)
class Line:
    """A centred line; ``underline`` is the rule's length as a share of the text's width."""

    text: str
    size: float = 13
    bold: bool = False
    italic: bool = False
    underline: float = 0
    min_size: float = 10
    max_lines: int = 2
    color: Color | None = None
    space_before: float = 0


def issuer_lines(issuer: Issuer) -> list[Line]:
    """The issuing body: its parent body, then itself in bold with a short rule under it
    (a Party body puts a star under its name instead)."""
    if issuer.party:
        return [Line(issuer.parent_body, size=13), Line(issuer.issuer, size=13, bold=True),
                Line("*", size=13, bold=True)]
    return [Line(issuer.parent_body, size=12.5), Line(issuer.issuer, size=12.5, bold=True,
                                                      underline=0.4)]


def header_right(issuer: Issuer) -> list[Line]:
    """The national title and the motto, with a rule as long as the motto; for a Party body,
    "ĐẢNG CỘNG SẢN VIỆT NAM" with a rule under it."""
    if issuer.party:
        return [Line(PARTY, size=14, bold=True, underline=1, max_lines=1)]
    return [Line(NATION, size=12.5, bold=True, max_lines=1, min_size=9),
            Line(MOTTO, size=13.5, bold=True, underline=1, max_lines=1)]


def number_line(issuer: Issuer, number: str) -> str:
    """"Số: 05/QĐ-UBND"; a Party document writes "Số 05-QĐ/ĐU"."""
    return f"Số {number}" if issuer.party else f"Số: {number}"
