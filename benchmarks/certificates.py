"""Rendering certificates against writing their bare strings with reportlab, in one run.

    uv run python benchmarks/certificates.py [--count 1000] [--runs 2]

Times (a) a bare reportlab canvas writing, page by page, the same strings in the same font
(Liberation Serif, registered the same way) — the baseline — and (b) the certificate renderer
(``reports.certificates.render_certificates``: border, fitted fields, QR code) for the same
certificates. Both write a PDF file. Target: the renderer takes at most 3× the baseline.
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from emulation.reports.achievement import DEFAULT_TEMPLATE, fill_achievement
from emulation.reports.certificate_fields import field_texts
from emulation.reports.certificates import render_certificates
from emulation.reports.document import MOTTO, NATION
from emulation.reports.fonts import BOLD, REGULAR, register_fonts
from emulation.reports.layout import CertificateLayout
from emulation.reports.models import CertificateData, Decision, Issuer
from emulation.reports.signing import LABEL, CertificatePayload, sign_payload

KEY = Ed25519PrivateKey.from_private_bytes(bytes(32))

T = TypeVar("T")
TARGET = 3.0
ISSUER = Issuer(
    parent_body="UBND TỈNH LÀO CAI", issuer="ỦY BAN NHÂN DÂN XÃ BẢO YÊN", place="Bảo Yên",
    signer_title="CHỦ TỊCH", signer_name="Hoàng Văn Thành", signer_acting="TM. ỦY BAN NHÂN DÂN",
    certificate_title="CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BẢO YÊN",
)
DECISION = Decision("05/QĐ-UBND", date(2026, 11, 5))
PERIOD = "Tháng 09/2026 – Thôn, tổ dân phố"
VILLAGES = ("Thôn Nậm Mò", "Thôn Khuổi Phèn", "Bản Ngọc Bó", "Tổ dân phố Số 1", "Thôn Đồng Tâm",
            "Thôn Ải Dưới", "Thôn Bản Lự", "Khu dân cư Nặm Mèng", "Thôn Lượt", "Thôn Xuân Thượng")
PARENTS = ("Xã Vĩnh Yên", "Xã Nghĩa Đô", "Thị trấn Phố Ràng")


def certificates(count: int) -> list[CertificateData]:
    achievement = fill_achievement(DEFAULT_TEMPLATE, {
        "movement": "10 phút góp phần cải thiện môi trường", "period": PERIOD})
    certs = []
    for i in range(count):
        serial = i + 1
        name = f"{VILLAGES[i % len(VILLAGES)]} {i // len(VILLAGES) + 1}"
        payload = sign_payload(CertificatePayload(serial, PERIOD, f"T{serial:04d}", "Giấy khen", DECISION.number,
                                                  name), KEY)
        certs.append(CertificateData(
            serial=serial, recipient=name,
            parent_name=PARENTS[i % len(PARENTS)], award_name="Giấy khen", achievement=achievement,
            total=Decimal("93.75"), grade="Xuất sắc", qr_payload=payload, decision=DECISION,
            issued_on=DECISION.date,
        ))
    return certs


def page_strings(cert: CertificateData) -> list[str]:
    """Every string a certificate page prints."""
    fixed = [NATION, MOTTO, ISSUER.awarding_title, "TẶNG", cert.title]
    fields = [text for texts in field_texts(cert, ISSUER).values() for text in texts if text]
    return [*fixed, *fields, LABEL]


def bare(path: Path, certs: Sequence[CertificateData], layout: CertificateLayout) -> int:
    """The baseline: each string drawn once, one page per certificate, nothing else."""
    register_fonts()
    canvas = Canvas(str(path), pagesize=layout.size, initialFontName=REGULAR, initialFontSize=12)
    width, height = layout.size
    for cert in certs:
        for i, text in enumerate(page_strings(cert)):
            canvas.setFont(BOLD if i < 5 else REGULAR, 14)
            canvas.drawCentredString(width / 2, height - (20 + 10 * i) * mm, text)
        canvas.showPage()
    canvas.save()
    return len(certs)


def best_of(runs: int, fn: Callable[[], T]) -> tuple[float, T]:
    best, result = float("inf"), None
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    assert result is not None
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    certs, layout = certificates(args.count), CertificateLayout()
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        base_pdf, full_pdf, over_pdf = (Path(tmp) / name for name in ("bare.pdf", "full.pdf", "overlay.pdf"))
        base_time, _ = best_of(args.runs, lambda: bare(base_pdf, certs, layout))
        full_time, pages = best_of(args.runs, lambda: render_certificates(full_pdf, certs, ISSUER, layout))
        over_time, _ = best_of(args.runs, lambda: render_certificates(over_pdf, certs, ISSUER, layout,
                                                                       mode="overlay"))
        sizes = [p.stat().st_size / 1e6 for p in (base_pdf, full_pdf, over_pdf)]
    rows = [("bare canvas, same strings and font (baseline)", base_time, sizes[0]),
            ("render_certificates, full design", full_time, sizes[1]),
            ("render_certificates, overlay on blanks", over_time, sizes[2])]
    print(f"\n{pages} certificates, best of {args.runs} runs\n")
    print("| measurement | seconds | ms per certificate | × baseline | PDF MB |")
    print("|---|---|---|---|---|")
    for label, seconds, size in rows:
        print(f"| {label} | {seconds:.2f} | {seconds * 1000 / pages:.2f} | {seconds / base_time:.2f} | {size:.1f} |")
    worst = max(full_time, over_time) / base_time
    verdict = "PASS" if worst <= TARGET else "FAIL"
    print(f"\n{verdict}: the renderer takes {worst:.2f}× the bare canvas (target ≤ {TARGET:g}×)")


if __name__ == "__main__":
    main()
