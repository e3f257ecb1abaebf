"""The floor of ``print certificates``: the same pages made with the bare libraries.

What a certificate page of the path really contains, and nothing more, done here with reportlab's
canvas, ``cryptography``, ``zxingcpp`` and ``sqlite3`` and none of the project's code:

- the same strings from the same database (the settings' issuer, place and signer, the period's
  name and decision, each awardee's name and parent), in the same bundled TTF faces (regular,
  bold, italic) at the certificate's sizes, the achievement wrapped to its box by reportlab's
  ``simpleSplit``;
- the same page furniture, drawn once into a form that every page reuses, as the path does: the
  double frame, the notched inner frame with its four corner ornaments, the rule under the motto,
  and the emblem image when the settings name one;
- the same signed payloads: the same private key file loaded with its passphrase, each payload
  percent-encoded and signed with Ed25519;
- each payload encoded as a level-M QR symbol by a maintained library and drawn as the path
  draws it, a one-bit inline stencil. The library is ``zxing-cpp`` (C++, already a dependency
  for reading the codes back): on our 213-byte payloads (version 10) it takes 0,67 ms a symbol,
  where ``segno`` (pure Python) takes 3,2 ms with the mask fixed and 15 ms choosing it; the
  fastest of the maintained libraries keeps the floor low;
- the PDF written with reportlab's default settings, as the path's canvas writes it.

What it leaves out counts against the path: choosing the awardees (ranking or reading the
frozen result), writing the register entries and the audit line, and opening the database
through the project's store.
"""

from __future__ import annotations

import base64
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

LANDSCAPE_MM = (297.0, 210.0)


def _settings(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM settings"))


def _awardees(conn: sqlite3.Connection, period: str) -> list[tuple[str, str, str]]:
    return conn.execute(
        "SELECT u.code, u.name, coalesce(p.name, '') FROM units u JOIN period_units pu ON pu.unit_id = u.id "
        "JOIN periods pe ON pe.id = pu.period_id LEFT JOIN units p ON p.id = u.parent_id WHERE pe.name = ? "
        "ORDER BY u.position", (period,)).fetchall()


def _border(c: Canvas, width: float, height: float, mm: float) -> None:
    """The same frames and ornaments as the certificate's border, as canvas calls."""
    from reportlab.lib.colors import HexColor

    dark, gold = HexColor("#9E1B1B"), HexColor("#B8860B")
    c.setStrokeColor(dark); c.setLineWidth(2.4)  # noqa: E702
    c.rect(7 * mm, 7 * mm, width - 14 * mm, height - 14 * mm)
    c.setStrokeColor(gold); c.setLineWidth(0.7)  # noqa: E702
    c.rect(9.2 * mm, 9.2 * mm, width - 18.4 * mm, height - 18.4 * mm)
    x0, y0, x1, y1, r = 12 * mm, 12 * mm, width - 12 * mm, height - 12 * mm, 8 * mm
    path = c.beginPath()
    path.moveTo(x0 + r, y0)
    path.lineTo(x1 - r, y0)
    path.arcTo(x1 - r, y0 - r, x1 + r, y0 + r, 180, -90)
    path.lineTo(x1, y1 - r)
    path.arcTo(x1 - r, y1 - r, x1 + r, y1 + r, 270, -90)
    path.lineTo(x0 + r, y1)
    path.arcTo(x0 - r, y1 - r, x0 + r, y1 + r, 0, -90)
    path.lineTo(x0, y0 + r)
    path.arcTo(x0 - r, y0 - r, x0 + r, y0 + r, 90, -90)
    path.close()
    c.setStrokeColor(dark); c.setLineWidth(1.1)  # noqa: E702
    c.drawPath(path, stroke=1, fill=0)
    for cx, cy, sx, sy, start in ((x0, y0, 1, 1, 0), (x1, y0, -1, 1, 90), (x1, y1, -1, -1, 180), (x0, y1, 1, -1, 270)):
        c.setStrokeColor(gold); c.setLineWidth(0.8)  # noqa: E702
        for radius in (5.8 * mm, 4.4 * mm):
            c.arc(cx - radius, cy - radius, cx + radius, cy + radius, start, 90)
        for colour, half in ((dark, 2.6 * mm), (gold, 1.2 * mm)):
            c.setFillColor(colour)
            diamond = c.beginPath()
            diamond.moveTo(cx, cy - half)
            diamond.lineTo(cx + half, cy)
            diamond.lineTo(cx, cy + half)
            diamond.lineTo(cx - half, cy)
            diamond.close()
            c.drawPath(diamond, stroke=0, fill=1)
        c.circle(cx + sx * 11 * mm, cy + sy * 11 * mm, 0.9 * mm, stroke=0, fill=1)


def _stencil(payload: str) -> tuple[int, str]:
    """The payload as a level-M QR symbol (zxing-cpp), packed one bit a module, in hex."""
    import zxingcpp

    image = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M").to_image(
        add_quiet_zones=False)
    n = image.shape[0]
    dark = bytes(cast(Any, image)).translate(bytes.maketrans(b"\x00\xff", b"10"))
    width = -(-n // 8) * 8
    rows = (int(dark[r * n:(r + 1) * n].ljust(width, b"0"), 2).to_bytes(width // 8, "big") for r in range(n))
    return n, b"".join(rows).hex().upper()


def canvas(db: str, period: str, out: str, key_file: str) -> int:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    fonts = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    for face, file in (("F", "Regular"), ("F-Bold", "Bold"), ("F-Italic", "Italic")):
        pdfmetrics.registerFont(TTFont(face, str(fonts / f"LiberationSerif-{file}.ttf")))
    passphrase = os.environ.get("EMULATION_KEY_PASSPHRASE", "").encode()
    key = load_pem_private_key(Path(key_file).read_bytes(), passphrase or None)
    assert isinstance(key, Ed25519PrivateKey), "the signing key is an Ed25519 key"
    with sqlite3.connect(db) as conn:
        settings = _settings(conn)
        awardees = _awardees(conn, period)
        (movement,) = conn.execute("SELECT c.name FROM criteria_sets c JOIN periods p "
                                   "ON p.criteria_set_id = c.id WHERE p.name = ?", (period,)).fetchone()
        number, day = conn.execute("SELECT decision_number, decision_date FROM periods WHERE name = ?",
                                   (period,)).fetchone()
    yyyy, mo, dd = day.split("-")
    red = HexColor("#C8102E")
    width, height = LANDSCAPE_MM[0] * mm, LANDSCAPE_MM[1] * mm
    page = Canvas(out, pagesize=(width, height))
    page.beginForm("design")
    _border(page, width, height, mm)
    if settings.get("logo_path"):
        page.drawImage(settings["logo_path"], 20 * mm, height - 44 * mm, 24 * mm, 24 * mm,
                       preserveAspectRatio=True, mask="auto")
    heading = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 25, 13.5, black),
               ("Độc lập - Tự do - Hạnh phúc", 31.5, 14, black),
               (settings.get("issuer", ""), 44, 17, red), ("TẶNG", 54, 18, red), ("GIẤY KHEN", 71, 42, red)]
    for text, y, size, colour in heading:
        page.setFillColor(colour)
        page.setFont("F-Bold", size)
        page.drawCentredString(width / 2, height - y * mm, text)
    motto = pdfmetrics.stringWidth(heading[1][0], "F-Bold", 14)
    page.setLineWidth(0.7)
    page.line((width - motto) / 2, height - 33.3 * mm, (width + motto) / 2, height - 33.3 * mm)
    page.endForm()
    date_line = f"{settings.get('place', '')}, ngày {dd} tháng {mo} năm {yyyy}"
    achievement = f"Đã có thành tích xuất sắc trong thực hiện phong trào {movement}, {period}"
    for serial, (code, name, parent) in enumerate(awardees, start=1):
        fields = [period, code, name, "Giấy khen", number]
        body = "|".join(["EMUCERT2", str(serial), *(quote(f.encode(), safe="-._~/") for f in fields)])
        signature = base64.urlsafe_b64encode(key.sign(body.encode("ascii"))).decode("ascii").rstrip("=")
        page.doForm("design")
        lines: list[tuple[str, int, float, float, str]] = [
            ("F-Bold", 30, width / 2, 92, name), ("F", 16, width / 2, 104, parent)]
        lines += [("F", 16, width / 2, 115 + 6.7 * i, part)
                  for i, part in enumerate(simpleSplit(achievement, "F", 16, 217 * mm))]
        lines += [("F", 13, 80 * mm, 154, f"Quyết định số {number} ngày {dd}/{mo}/{yyyy}"),
                  ("F", 13, 80 * mm, 160.5, f"Số vào sổ: {serial:04d}"),
                  ("F-Italic", 14, 214 * mm, 154, date_line),
                  ("F-Bold", 14, 214 * mm, 161, settings.get("signer_title", "")),
                  ("F-Bold", 15, 214 * mm, 192, settings.get("signer_name", ""))]
        for face, size, x, y, text in lines:
            page.setFont(face, size)
            page.drawCentredString(x, height - y * mm, text)
        n, stencil = _stencil(f"{body}|{signature}")
        page.saveState()
        page.transform(24 * mm, 0, 0, 24 * mm, 68 * mm, 21 * mm)
        page.addLiteral(f"BI /W {n} /H {n} /IM true /BPC 1 /D [1 0] /I false /F /AHx ID {stencil}> EI")
        page.restoreState()
        page.setFont("F", 6.5)
        page.drawCentredString(80 * mm, 12 * mm, "Mã xác thực")
        page.showPage()
    page.save()
    return len(awardees)
