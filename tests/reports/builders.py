"""Sample values for the document tests."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from emulation.reports.achievement import DEFAULT_TEMPLATE, fill_achievement
from emulation.reports.certificates import render_certificates
from emulation.reports.layout import CertificateLayout, Mode
from emulation.reports.models import AwardListRow, CertificateData, ReportLeaf, ReportRow
from emulation.reports.signing import CertificatePayload, sign_payload
from emulation.scoring.criteria import CriteriaSet
from emulation.scoring.criteria_doc import parse_criteria
from tests.reports.pdfs import DECISION, ISSUER, TOTAL, VILLAGES

SECRET = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
ACHIEVEMENT = fill_achievement(DEFAULT_TEMPLATE, {
    "movement": "“10 phút góp phần cải thiện môi trường”", "period": "tháng 11 năm 2026",
})
GRADES = ("Xuất sắc", "Tốt", "Khá", "Chưa đạt")
PARENTS = ("Xã Bảo Yên", "Xã Nghĩa Đô", "Thị trấn Phố Ràng")


def _village(i: int) -> str:
    """Village names, numbered from their second round: "Thôn Nậm Mò", …, "Thôn Nậm Mò 1"."""
    return f"{VILLAGES[i % len(VILLAGES)]} {i // len(VILLAGES) or ''}".strip()


def certificate(serial: int, name: str, *, parent: str | None = "Xã Bảo Yên",
                payload: str | None = None) -> CertificateData:
    if payload is None:
        payload = sign_payload(
            CertificatePayload(serial, "2026-11", f"T{serial:02d}", "GK", DECISION.number), SECRET)
    return CertificateData(
        serial=serial, recipient=name, parent_name=parent, award_name="Giấy khen",
        achievement=ACHIEVEMENT, total=TOTAL, grade="Xuất sắc", qr_payload=payload,
        decision=DECISION, issued_on=date(2026, 11, 5),
    )


def render(path: Path, certs: Sequence[CertificateData], *, mode: Mode = "full",
           layout: CertificateLayout | None = None) -> Path:
    pages = render_certificates(path, certs, ISSUER, layout or CertificateLayout(), mode=mode,
                                invariant=True)
    assert pages == len(certs)
    return path


def award_rows(count: int) -> list[AwardListRow]:
    return [
        AwardListRow(
            name=_village(i),
            parent=PARENTS[i % 2], total=TOTAL - i, rank=i + 1, award="Giấy khen",
            amount_vnd=710_000,
        )
        for i in range(count)
    ]


def report_leaves(count: int) -> list[ReportLeaf]:
    groups = ("I", "II", "III")
    return [ReportLeaf(f"{groups[i % 3]}.{i // 3 + 1}", f"Tiêu chí thứ {i + 1} về môi trường",
                       Decimal("10") if i % 2 else Decimal("2.5")) for i in range(count)]


def report_rows(leaves: Sequence[ReportLeaf], count: int) -> list[ReportRow]:
    rows = []
    for i in range(count):
        scores: dict[str, Decimal | None] = {
            leaf.code: Decimal(j % 3) + Decimal("0.25") for j, leaf in enumerate(leaves)
        }
        if i == 1:
            scores[leaves[0].code] = None
        rows.append(ReportRow(
            code=f"T{i:02d}", name=_village(i),
            parent=PARENTS[i % 3], scores=scores, total=TOTAL - i, rank=i + 1,
            grade=None if i == 3 else GRADES[min(3, i // 5)],
            vetoes=("K1",) if i == 3 else (), incomplete=i == 1,
        ))
    return rows


def sample_criteria() -> CriteriaSet:
    doc = json.loads((Path(__file__).parent / "criteria_sample.json").read_text("utf-8"),
                     parse_float=Decimal)
    criteria, problems = parse_criteria(doc)
    assert criteria is not None, problems
    return criteria
