"""Pictures of a PDF's first pages (PNG), for a preview before the file is opened or printed."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium

POINTS_PER_INCH = 72


def render_pages(pdf_path: Path | str, first: int = 2, dpi: int = 60) -> list[bytes]:
    """PNG images of the first ``first`` pages of ``pdf_path`` (fewer when it has fewer pages)."""
    if first < 1 or dpi < 1:
        raise ValueError("first and dpi must be positive")
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        images: list[bytes] = []
        for index in range(min(first, len(document))):
            page = document[index]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH)
                buffer = io.BytesIO()
                bitmap.to_pil().save(buffer, format="PNG")
                images.append(buffer.getvalue())
            finally:
                page.close()
        return images
    finally:
        document.close()
