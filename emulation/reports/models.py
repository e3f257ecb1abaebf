"""The plain values that documents are rendered from; callers fill them in.

Nothing here knows where the values came from: the services layer reads the database and
the settings, and hands these over.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Issuer:
    """Who issues the documents, as printed in the header and the signer block.

    ``parent_body``: the line above the issuer ("UBND TỈNH LÀO CAI", "ĐẢNG BỘ TỈNH LÀO CAI");
    ``issuer``: the issuing body ("ỦY BAN NHÂN DÂN XÃ BẢO YÊN");
    ``place``: the place in the date line ("Bảo Yên");
    ``signer_acting``: the authority line above the title ("TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH"), when there is one; ``signer_title``: "CHỦ TỊCH", "PHÓ CHỦ TỊCH";
    ``certificate_title``: the awarding authority printed in red on certificates
    ("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẢO YÊN"); the issuer when not given;
    ``party``: a Party body (Đảng ủy, Ban Tuyên giáo…), whose documents carry
    "ĐẢNG CỘNG SẢN VIỆT NAM" instead of the national title and motto.
    """

    parent_body: str
    issuer: str
    place: str
    signer_title: str
    signer_name: str
    signer_acting: str | None = None
    logo_path: Path | None = None
    certificate_title: str | None = None
    party: bool = False

    @property
    def awarding_title(self) -> str:
        return self.certificate_title or self.issuer


@dataclass(frozen=True)
class Decision:
    """A commendation decision: number ("05/QĐ-UBND"), date, and who made it.

    ``by`` completes "(Kèm theo Quyết định số … ngày … của {by})", e.g.
    "Chủ tịch Ủy ban nhân dân xã Bảo Yên"; left out when None.
    """

    number: str
    date: date
    by: str | None = None


@dataclass(frozen=True)
class CertificateData:
    """One certificate. ``achievement`` is already filled (see ``achievement.fill_achievement``)."""

    serial: int
    recipient: str
    parent_name: str | None
    award_name: str
    achievement: str
    total: Decimal | None
    grade: str | None
    qr_payload: str
    decision: Decision
    issued_on: date
    title: str = "GIẤY KHEN"

    @property
    def serial_text(self) -> str:
        return f"{self.serial:04d}"


@dataclass(frozen=True)
class AwardListRow:
    """A line of the award list attached to a decision."""

    name: str
    parent: str | None
    total: Decimal
    rank: int | None
    award: str
    amount_vnd: int


@dataclass(frozen=True)
class ReportLeaf:
    """A leaf criterion as a column of the period report: full code, title, most points."""

    code: str
    title: str
    max: Decimal


@dataclass(frozen=True)
class ReportRow:
    """A ranked unit of the period report; ``scores`` maps leaf codes to points (None: blank)."""

    code: str
    name: str
    parent: str | None
    scores: Mapping[str, Decimal | None]
    total: Decimal
    rank: int | None
    grade: str | None
    vetoes: tuple[str, ...] = ()
    incomplete: bool = False


@dataclass(frozen=True)
class FormUnit:
    """A unit that gets a blank score form."""

    code: str
    name: str
    parent_name: str | None = None
