"""Previews: PNG pictures of a PDF's first pages."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from emulation.reports.preview import render_pages
from emulation.services.print_preview import preview_pages
from tests.reports.builders import certificate, render

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def certificates(tmp_path: Path) -> Path:
    certs = [certificate(1, "Thôn Nậm Mò"), certificate(2, "Thôn Khuổi Phèn"), certificate(3, "Bản Ngọc Bó")]
    return render(tmp_path / "c.pdf", certs)


def test_the_first_two_pages_as_png(certificates: Path) -> None:
    images = render_pages(certificates)
    assert len(images) == 2
    assert all(image.startswith(PNG) for image in images)
    width, height = Image.open(io.BytesIO(images[0])).size
    assert (width, height) == pytest.approx((297 / 25.4 * 60, 210 / 25.4 * 60), abs=2)  # A4 landscape at 60 dpi


def test_not_more_pages_than_the_file_has(certificates: Path) -> None:
    assert len(render_pages(certificates, first=5)) == 3
    assert len(preview_pages(certificates, first=1)) == 1


def test_resolution(certificates: Path) -> None:
    small = Image.open(io.BytesIO(render_pages(certificates, first=1, dpi=30)[0])).size
    large = Image.open(io.BytesIO(render_pages(certificates, first=1, dpi=120)[0])).size
    assert large[0] == pytest.approx(4 * small[0], abs=4)


def test_a_page_is_not_blank(certificates: Path) -> None:
    image = Image.open(io.BytesIO(render_pages(certificates, first=1)[0])).convert("L")
    low, high = image.getextrema()
    assert low < 128 < high


def test_not_a_pdf(tmp_path: Path) -> None:
    bad = tmp_path / "x.pdf"
    bad.write_text("not a pdf")
    with pytest.raises(pdfium.PdfiumError):
        render_pages(bad)
