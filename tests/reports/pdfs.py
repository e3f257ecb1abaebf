"""Reading rendered PDFs back: text (pypdf, and pdftotext when installed), fonts, positions."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from emulation.reports.models import Decision, Issuer

EMBEDDED_SERIF = re.compile(r"^/[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?$")

ISSUER = Issuer(
    parent_body="UBND TỈNH LÀO CAI",
    issuer="ỦY BAN NHÂN DÂN XÃ BẢO YÊN",
    place="Bảo Yên",
    signer_title="CHỦ TỊCH",
    signer_name="Nguyễn Văn Thắng",
    signer_acting="TM. ỦY BAN NHÂN DÂN",
    certificate_title="CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẢO YÊN",
)
DECISION = Decision("05/QĐ-UBND", date(2026, 11, 5), by="Chủ tịch Ủy ban nhân dân xã Bảo Yên")
VILLAGES = (
    "Thôn Nậm Mò", "Thôn Khuổi Phèn", "Bản Ngọc Bó", "Tổ dân phố Số 1", "Thôn Đồng Tâm",
    "Thôn Ải Dưới", "Thôn Bản Lự", "Thôn Ỷ La", "Thôn Lượt", "Thôn Xuân Thượng",
)
TOTAL = Decimal("93.75")


def page_texts_pypdf(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def page_texts_poppler(path: Path) -> list[str] | None:
    """Each page's text by pdftotext, or None when poppler is not installed."""
    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def all_page_texts(path: Path) -> list[list[str]]:
    """The pages' texts from every extractor available (pypdf always)."""
    variants = [page_texts_pypdf(path)]
    poppler = page_texts_poppler(path)
    if poppler is not None:
        variants.append(poppler)
    return variants


def joined(pages: list[str]) -> str:
    """A document's text with runs of white space made single spaces."""
    return " ".join(" ".join(pages).split())


def assert_text(path: Path, *expected: str) -> None:
    """Every expected text occurs in the document, by every extractor."""
    for pages in all_page_texts(path):
        text = joined(pages)
        for item in expected:
            assert item in text, f"{item!r} not found in {text[:400]!r}…"


def font_resources(path: Path) -> list[Any]:
    fonts = []
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        if resources is None or "/Font" not in resources:
            continue
        fonts.extend(f.get_object() for f in resources["/Font"].get_object().values())
    return fonts


def assert_fonts_embedded(path: Path) -> None:
    """Every font used is an embedded subset of Liberation Serif; no standard font."""
    fonts = font_resources(path)
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"])
        assert EMBEDDED_SERIF.match(name), name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name


@dataclass(frozen=True)
class Placed:
    text: str
    x: float
    y: float
    size: float


def placed_texts(path: Path, page_index: int = 0) -> list[Placed]:
    """Text runs of a page with their start position (points) and font size."""
    found: list[Placed] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append(Placed(text.strip(), x, y, size))

    PdfReader(path).pages[page_index].extract_text(visitor_text=visit)
    return found


def page_size(path: Path, page_index: int = 0) -> tuple[float, float]:
    box = PdfReader(path).pages[page_index].mediabox
    return float(box.width), float(box.height)
