"""The fast QR encoder makes exactly reportlab's symbols, and a scanner reads them off the page."""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.barcode.qrencoder import QR8bitByte, QRCode, QRErrorCorrectLevel

from emulation.reports.qr import encode
from tests.reports.builders import certificate, render

ALPHABET = "EMUCERT1|%0123456789ABCDEFabcdef-._~/"


def reportlab_rows(text: str, version: int, mask: int) -> tuple[str, ...]:
    qr = QRCode(version, QRErrorCorrectLevel.M)
    qr.addData(QR8bitByte(text))
    qr.makeImpl(False, mask)
    return tuple("".join("1" if dark else "0" for dark in row) for row in qr.modules)


@pytest.mark.parametrize("length", [1, 7, 14, 15, 26, 60, 134, 135, 170, 230, 400, 1000, 2300])
def test_symbols_equal_reportlabs_for_the_same_version_and_mask(length: int) -> None:
    text = "".join(random.Random(length).choice(ALPHABET) for _ in range(length))
    symbol = encode(text)
    assert symbol.size == 4 * symbol.version + 17
    assert symbol.rows == reportlab_rows(text, symbol.version, symbol.mask)


def test_smallest_version_and_utf8() -> None:
    assert encode("x" * 14).version == 1 and encode("x" * 15).version == 2
    text = "Thôn Đồng Tâm"
    symbol = encode(text)
    assert symbol.rows == reportlab_rows(text, symbol.version, symbol.mask)
    with pytest.raises(ValueError):
        encode("x" * 3000)


def test_packed_rows_are_whole_bytes() -> None:
    symbol = encode("EMUCERT1|12")
    assert len(symbol.packed()) == symbol.size * ((symbol.size + 7) // 8)
    assert symbol.packed()[0] >> 1 == 0b1111111  # the finder pattern's top edge


@pytest.mark.skipif(not (shutil.which("zbarimg") and shutil.which("pdftoppm")), reason="zbarimg or poppler missing")
def test_a_scanner_reads_the_printed_code(tmp_path: Path) -> None:
    cert = certificate(12, "Thôn Nậm Mò")
    pdf = render(tmp_path / "c.pdf", [cert])
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "page")], check=True)
    found = subprocess.run(["zbarimg", "-q", "--raw", str(next(tmp_path.glob("page*.png")))],
                           capture_output=True, text=True)
    assert found.stdout.strip() == cert.qr_payload


@pytest.mark.parametrize("mask", range(8))
def test_a_chosen_mask_makes_reportlabs_symbol_for_that_mask(mask: int) -> None:
    text = "EMUCERT1|" + "".join(random.Random(mask).choice(ALPHABET) for _ in range(180))
    symbol = encode(text, mask)
    assert symbol.mask == mask
    assert symbol.rows == reportlab_rows(text, symbol.version, mask)
    with pytest.raises(ValueError):
        encode(text, 8)
