"""Certificates read back: one page each, exact Vietnamese, embedded fonts, fitting names."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from emulation.reports.border import INNER
from emulation.reports.certificates import render_calibration_page, render_certificates
from emulation.reports.layout import CertificateLayout, FieldBox, default_fields
from tests.reports.builders import ACHIEVEMENT, certificate, render
from tests.reports.pdfs import (
    ISSUER,
    all_page_texts,
    assert_fonts_embedded,
    assert_text,
    joined,
    page_size,
    placed_texts,
)

LONG_NAME = (
    "Chi bộ Thôn Khuổi Phèn thuộc Đảng bộ xã Bảo Yên tỉnh Lào Cai nhiệm kỳ 2025–2030, "
    "chi bộ trong sạch vững mạnh tiêu biểu xuất sắc nhiều năm liền"
)


def test_one_page_per_certificate_with_every_field(tmp_path: Path) -> None:
    certs = [certificate(12, "Thôn Nậm Mò"), certificate(13, "Thôn Khuổi Phèn"),
             certificate(14, "Bản Ngọc Bó", parent=None)]
    path = render(tmp_path / "c.pdf", certs)
    assert len(PdfReader(path).pages) == 3
    assert_text(
        path, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẢO YÊN", "TẶNG", "GIẤY KHEN", "Thôn Nậm Mò", "Xã Bảo Yên",
        ACHIEVEMENT, "Quyết định số 05/QĐ-UBND ngày 05/11/2026", "Số vào sổ: 0012",
        "Số vào sổ: 0013", "Số vào sổ: 0014", "Bảo Yên, ngày 05 tháng 11 năm 2026",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Thắng", "Mã xác thực",
    )
    for pages in all_page_texts(path):
        assert "Thôn Khuổi Phèn" in pages[1] and "Số vào sổ: 0013" in pages[1]
        assert "Bản Ngọc Bó" in pages[2] and "Xã Bảo Yên" not in pages[2]


def test_landscape_by_default_and_portrait_on_request(tmp_path: Path) -> None:
    wide = render(tmp_path / "w.pdf", [certificate(1, "Thôn Lượt")])
    width, height = page_size(wide)
    assert width > height and round(width / mm) == 297
    tall = render(tmp_path / "t.pdf", [certificate(1, "Thôn Lượt")],
                  layout=CertificateLayout.for_orientation("portrait"))
    width, height = page_size(tall)
    assert height > width and round(height / mm) == 297
    assert_text(tall, "Thôn Lượt", "GIẤY KHEN", "Số vào sổ: 0001")


def test_fonts_are_embedded_liberation_serif_only(tmp_path: Path) -> None:
    for mode in ("full", "overlay"):
        path = render(tmp_path / f"{mode}.pdf", [certificate(1, "Thôn Ỷ La")], mode=mode)
        assert_fonts_embedded(path)
    calibration = tmp_path / "cal.pdf"
    render_calibration_page(calibration, CertificateLayout())
    assert_fonts_embedded(calibration)


def test_decomposed_input_comes_out_composed(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Thôn Ải Dưới")
    assert decomposed != "Thôn Ải Dưới"
    path = render(tmp_path / "n.pdf", [certificate(3, decomposed, parent=unicodedata.normalize(
        "NFD", "Xã Nghĩa Đô"))])
    for pages in all_page_texts(path):
        text = joined(pages)
        assert "Thôn Ải Dưới" in text and "Xã Nghĩa Đô" in text
        assert unicodedata.is_normalized("NFC", text)


def _runs_of(path: Path, words: tuple[str, ...]) -> list:
    return [run for run in placed_texts(path) if any(w in run.text for w in words)]


def test_a_long_name_shrinks_or_wraps_inside_the_border(tmp_path: Path) -> None:
    path = render(tmp_path / "long.pdf", [certificate(5, LONG_NAME)])
    width, _ = page_size(path)
    runs = _runs_of(path, ("Khuổi Phèn", "xuất sắc nhiều năm"))
    assert len(runs) == 2, runs
    for run in runs:
        assert run.x >= INNER + 5 * mm, run
        assert run.size >= 12
    assert_text(path, LONG_NAME)
    short = _runs_of(render(tmp_path / "short.pdf", [certificate(5, "Thôn Lượt")]),
                     ("Thôn Lượt",))
    assert short[0].size > runs[0].size
    assert all(run.x < width / 2 for run in runs)


def test_a_name_a_little_too_long_shrinks_on_one_line(tmp_path: Path) -> None:
    name = "Tổ dân phố Số 1 thị trấn Phố Ràng huyện Bảo Yên tỉnh Lào Cai"
    path = render(tmp_path / "mid.pdf", [certificate(6, name)])
    runs = _runs_of(path, ("Tổ dân phố",))
    assert [run.text for run in runs] == [name]
    assert 18 <= runs[0].size < 30


def test_overlay_prints_only_the_fields_shifted_by_the_offsets(tmp_path: Path) -> None:
    cert = certificate(9, "Thôn Xuân Thượng")
    plain = render(tmp_path / "o.pdf", [cert], mode="overlay")
    for pages in all_page_texts(plain):
        text = joined(pages)
        assert "Thôn Xuân Thượng" in text and "Số vào sổ: 0009" in text
        assert "CỘNG HÒA" not in text and "GIẤY KHEN" not in text and "TẶNG" not in text
    moved = render(tmp_path / "m.pdf", [cert], mode="overlay",
                   layout=CertificateLayout(offset_x=10, offset_y=-4))
    before = _runs_of(plain, ("Xuân Thượng",))[0]
    after = _runs_of(moved, ("Xuân Thượng",))[0]
    assert after.x - before.x == pytest.approx(10 * mm, abs=0.01)
    assert after.y - before.y == pytest.approx(4 * mm, abs=0.01)


def test_overlay_uses_the_layouts_positions(tmp_path: Path) -> None:
    fields = dict(default_fields())
    fields["serial"] = FieldBox(x=250, y=20, width=40, size=11, align="left")
    path = render(tmp_path / "p.pdf", [certificate(21, "Thôn Lượt")], mode="overlay",
                  layout=CertificateLayout(fields=fields, qr=None))
    _, height = page_size(path)
    serial = _runs_of(path, ("Số vào sổ",))[0]
    assert serial.x == pytest.approx(250 * mm, abs=0.01)
    assert serial.y == pytest.approx(height - 20 * mm, abs=0.01)
    assert "EMUCERT2" not in joined(all_page_texts(path)[0])


def test_calibration_page_labels_every_field(tmp_path: Path) -> None:
    path = tmp_path / "cal.pdf"
    assert render_calibration_page(path, CertificateLayout(offset_x=1.5)) == 1
    assert_text(path, "TRANG CANH CHỈNH PHÔI GIẤY KHEN", "(name)", "(parent)", "(achievement)",
                "(decision)", "(serial)", "(place_date)", "(signer_title)", "(signer_name)",
                "(qr)", "ngang 1.5 mm")


def test_metadata_and_stable_output(tmp_path: Path) -> None:
    certs = [certificate(1, "Thôn Nậm Mò")]
    first, second = io.BytesIO(), io.BytesIO()
    for out in (first, second):
        render_certificates(out, certs, ISSUER, CertificateLayout(), invariant=True)
    assert first.getvalue() == second.getvalue()
    meta = PdfReader(io.BytesIO(first.getvalue())).metadata
    assert meta is not None
    assert meta.title == "Giấy khen (1)"
    assert meta.author == "ỦY BAN NHÂN DÂN XÃ BẢO YÊN"


def test_logo_is_drawn_when_given(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    _write_png(logo)
    issuer = replace(ISSUER, logo_path=logo)
    path = tmp_path / "logo.pdf"
    render_certificates(path, [certificate(1, "Thôn Lượt")], issuer, CertificateLayout())
    page = PdfReader(path).pages[0]
    assert list(page.images)


def _write_png(path: Path) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"".join(b"\x00" + b"\xcc\x22\x22" * 4 for _ in range(4))
    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + header + chunk(b"IDAT", zlib.compress(raw))
                     + chunk(b"IEND", b""))


def test_bad_requests_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render_certificates(tmp_path / "x.pdf", [], ISSUER, CertificateLayout())
    with pytest.raises(ValueError):
        render_certificates(tmp_path / "x.pdf", [certificate(1, "A")], ISSUER,
                            CertificateLayout(), mode="draft")  # type: ignore[arg-type]


def test_a_party_certificate_carries_the_party_title(tmp_path: Path) -> None:
    party = replace(ISSUER, issuer="ĐẢNG ỦY XÃ BẢO YÊN", certificate_title=None, party=True)
    path = tmp_path / "party.pdf"
    render_certificates(path, [certificate(2, "Chi bộ Thôn Nậm Mò")], party, CertificateLayout())
    assert_text(path, "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY XÃ BẢO YÊN", "GIẤY KHEN")
    for texts in all_page_texts(path):
        assert "CỘNG HÒA" not in texts[0]


def test_the_layouts_mode_applies_when_none_is_asked(tmp_path: Path) -> None:
    path = tmp_path / "o.pdf"
    render_certificates(path, [certificate(4, "Thôn Lượt")], ISSUER,
                        CertificateLayout(mode="overlay"))
    assert "GIẤY KHEN" not in joined(all_page_texts(path)[0])
    with pytest.raises(ValueError):
        CertificateLayout(mode="draft")  # type: ignore[arg-type]
