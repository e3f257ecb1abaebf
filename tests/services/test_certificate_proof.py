"""A certificate proves itself: only the private key mints a code that verifies; a PDF is read
as printed (QR image, visible text); another office verifies with the public key alone; a
revoked certificate says so."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from emulation.cli import main
from emulation.i18n import render
from emulation.reports.signing import CertificatePayload, sign_payload
from emulation.services.awards import set_override
from emulation.services.errors import InputError
from emulation.services.printing import print_certificates, set_decision, verify
from emulation.services.results import awards
from emulation.services.revocations import export_revocations
from emulation.services.signing_keys import export_public_key, load_public_key
from emulation.services.workspace import Workspace
from emulation.store import Certificate, Setting
from emulation.text import format_date
from tests.services.forged_pdfs import forged_page
from tests.services.printing_demo import DECISION, OFFICES, ON, VILLAGES, build_demo_file, copy_demo, open_with_decision


@pytest.fixture
def ws(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_with_decision(copy_demo(build_demo_file(tmp_path_factory), tmp_path / "db" / "demo.sqlite"))
    yield workspace
    workspace.close()


@pytest.fixture
def printed(ws: Workspace, tmp_path: Path) -> Path:
    return print_certificates(ws, VILLAGES, tmp_path / "giay-khen.pdf").path


def _first(ws: Workspace) -> Certificate:
    with ws.transaction() as session:
        row = session.scalar(select(Certificate).order_by(Certificate.serial))
        assert row is not None
        return row


def test_a_code_minted_with_the_database_but_not_the_private_key_fails(ws: Workspace, printed: Path) -> None:
    genuine = _first(ws)
    with ws.transaction() as session:  # the database holds no secret any more: only a public key
        assert session.get(Setting, "certificate_secret") is None
    body = f"EMUCERT1|{genuine.serial}|x|y|z|w"  # the old kind of code, minted with a guessed secret
    legacy = body + "|" + base64.b32encode(hmac.new(b"k", body.encode(), hashlib.sha256).digest()[:10]).decode()
    fields = CertificatePayload(genuine.serial, VILLAGES, "X", genuine.award_name, DECISION, genuine.recipient_name)
    for minted in (legacy, sign_payload(fields, Ed25519PrivateKey.generate())):
        result = verify(ws, minted)
        assert not result.genuine, minted
    assert "khóa công khai" in (verify(ws, sign_payload(fields, Ed25519PrivateKey.generate())).why_not or "")
    assert verify(ws, genuine.payload).genuine


def _lines(row: Certificate, *, name: str | None = None, award: str = "GIẤY KHEN", decision: str = DECISION,
           serial: int | None = None) -> list[str]:
    return [award, name if name is not None else row.recipient_name,
            f"Quyết định số {decision} ngày {format_date(ON)}", f"Số vào sổ: {serial or row.serial:04d}"]


def test_look_alike_pdfs_fail_and_name_the_field(ws: Workspace, printed: Path, tmp_path: Path) -> None:
    row = _first(ws)
    real, other = row.recipient_name, "Thôn Giả Mạo"
    cases = {
        "white_tiny": (forged_page(tmp_path / "a.pdf", row.payload, _lines(row, name=other), white_tiny=real),
                       "tên đơn vị"),
        "contains": (forged_page(tmp_path / "b.pdf", row.payload, _lines(row, name=real + "0")), "tên đơn vị"),
        "award": (forged_page(tmp_path / "c.pdf", row.payload, _lines(row, award="BẰNG KHEN")),
                  "hình thức khen thưởng"),
        "off_page": (forged_page(tmp_path / "d.pdf", row.payload, _lines(row, name=other), off_page=real),
                     "tên đơn vị"),
        "under_box": (forged_page(tmp_path / "e.pdf", row.payload, _lines(row, name=other), under_box=real),
                      "tên đơn vị"),
        "decision": (forged_page(tmp_path / "f.pdf", row.payload, _lines(row, decision="07/QĐ-UBND")),
                     "số quyết định"),
        "serial": (forged_page(tmp_path / "g.pdf", row.payload, _lines(row, serial=row.serial + 1)), "số vào sổ"),
    }
    for case, (pdf, field) in cases.items():
        result = verify(ws, str(pdf))
        assert not result.genuine and (result.why_not or "").startswith(field), (case, result.why_not)
    honest = forged_page(tmp_path / "h.pdf", row.payload, _lines(row))
    assert verify(ws, str(honest)).genuine  # the same page with the true fields is accepted


def test_a_pdf_whose_code_is_only_text_has_no_code(ws: Workspace, printed: Path, tmp_path: Path) -> None:
    row = _first(ws)
    pasted = forged_page(tmp_path / "text.pdf", None, [*_lines(row), row.payload[:80], row.payload[80:]])
    result = verify(ws, str(pasted))
    assert not result.genuine and "mã QR" in (result.why_not or "")


def test_another_office_verifies_with_the_public_key_alone(ws: Workspace, printed: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    public = tmp_path / "khoa-cong-khai.pem"
    fingerprint = export_public_key(ws, public)
    other = Workspace.open(str(tmp_path / "noi-khac.sqlite"), user="văn phòng khác")
    try:
        result = verify(other, str(printed), public_key=load_public_key(public))
        assert result.genuine and len(result.certificates) == len(awards(ws, VILLAGES)[1])
        assert not verify(other, str(printed)).genuine  # without the key it cannot tell
    finally:
        other.close()
    assert verify(None, str(printed), public_key=load_public_key(public)).genuine
    nowhere = tmp_path / "khong-co" / "db.sqlite"
    monkeypatch.setenv("EMULATION_DB", str(nowhere))
    assert main(["verify", str(printed), "--key", str(public)]) == 0
    assert "Giấy khen hợp lệ" in capsys.readouterr().out and not nowhere.parent.exists()
    assert main(["--db", str(ws.db.url.split("///")[-1]), "keys", "show"]) == 0
    assert fingerprint in capsys.readouterr().out


def test_an_excluded_awardee_is_revoked_here_and_in_the_exported_list(ws: Workspace, printed: Path,
                                                                      tmp_path: Path) -> None:
    row = _first(ws)
    unit_code = awards(ws, VILLAGES)[1][0].awarded.row.unit.code
    set_override(ws, VILLAGES, unit_code, include=False, reason="vi phạm quy định về môi trường")
    result = verify(ws, row.payload)
    assert not result.genuine and result.certificates[0].revoked_on is not None
    assert (result.why_not or "").startswith("đã thu hồi ngày ") and "vi phạm quy định" in (result.why_not or "")
    listed = tmp_path / "thu-hoi.json"
    assert export_revocations(ws, listed) == 1
    public = tmp_path / "khoa.pem"
    export_public_key(ws, public)
    elsewhere = verify(None, str(printed), public_key=load_public_key(public), revocations=listed)
    assert [c.genuine for c in elsewhere.certificates][:2] == [False, True]
    assert "đã thu hồi" in (elsewhere.certificates[0].reason or "")


def test_the_revocation_list_is_signed_and_a_changed_one_is_refused(ws: Workspace, printed: Path,
                                                                  tmp_path: Path) -> None:
    unit_code = awards(ws, VILLAGES)[1][0].awarded.row.unit.code
    set_override(ws, VILLAGES, unit_code, include=False, reason="vi phạm quy định về môi trường")
    listed = tmp_path / "thu-hoi.json"
    export_revocations(ws, listed)
    public = tmp_path / "khoa.pem"
    export_public_key(ws, public)
    key = load_public_key(public)
    checked = verify(None, str(printed), public_key=key, revocations=listed)
    assert checked.revocations_made_at is not None and not checked.certificates[0].genuine
    document = json.loads(listed.read_text(encoding="utf-8"))
    document["revoked"] = []  # someone takes the revocation out of the list on its way
    cleaned = tmp_path / "thu-hoi-da-sua.json"
    cleaned.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as exc:
        verify(None, str(printed), public_key=key, revocations=cleaned)
    assert render(exc.value.problems[0]).startswith(f"{cleaned}: danh sách thu hồi này không có chữ ký hợp lệ")
    other = Ed25519PrivateKey.generate()  # a list signed with some other key
    document["signature"] = base64.b64encode(other.sign(b"anything")).decode("ascii")
    cleaned.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError):
        verify(None, str(printed), public_key=key, revocations=cleaned)


def test_the_revocation_list_needs_the_signing_key(ws: Workspace, printed: Path, tmp_path: Path) -> None:
    ws.signer = None
    with pytest.raises(InputError) as exc:
        export_revocations(ws, tmp_path / "thu-hoi.json")
    assert render(exc.value.problems[0]).startswith("--key: danh sách thu hồi được ký bằng khóa ký giấy khen")
    assert not (tmp_path / "thu-hoi.json").exists()
    ws.signer = Ed25519PrivateKey.generate()  # not this committee's key
    with pytest.raises(InputError):
        export_revocations(ws, tmp_path / "thu-hoi.json")
    assert not (tmp_path / "thu-hoi.json").exists()


def test_a_reprint_under_a_new_decision_revokes_the_old_certificate(ws: Workspace, printed: Path,
                                                                    tmp_path: Path) -> None:
    first = print_certificates(ws, VILLAGES, tmp_path / "lan-1.pdf")
    set_decision(ws, VILLAGES, "07/QĐ-UBND", ON)
    again = print_certificates(ws, VILLAGES, tmp_path / "lan-2.pdf")
    assert again.new == len(again.serials) and set(again.serials).isdisjoint(first.serials)
    old = verify(ws, str(first.path))
    assert not old.genuine and "in lại theo quyết định mới" in (old.why_not or "")
    assert verify(ws, str(again.path)).genuine


def test_new_certificates_need_the_key_and_a_reprint_does_not(ws: Workspace, printed: Path, tmp_path: Path,
                                                              tmp_path_factory: pytest.TempPathFactory) -> None:
    keyless = Workspace.open(str(copy_demo(build_demo_file(tmp_path_factory), tmp_path / "k" / "d.sqlite")))
    try:
        set_decision(keyless, VILLAGES, DECISION, ON)
        with pytest.raises(InputError) as refused:
            print_certificates(keyless, VILLAGES, tmp_path / "x.pdf")
        assert [p.code for p in refused.value.problems] == ["signing_key_missing"]
    finally:
        keyless.close()
    ws.signer = None  # a later session: the key is not unlocked
    assert print_certificates(ws, VILLAGES, tmp_path / "lai.pdf").new == 0
    set_decision(ws, OFFICES, "06/QĐ-UBND", ON)
    with pytest.raises(InputError) as refused:
        print_certificates(ws, OFFICES, tmp_path / "moi.pdf")
    assert [p.code for p in refused.value.problems] == ["signing_key_needed"]
    assert not (tmp_path / "moi.pdf").exists()


def test_a_certificate_printed_with_the_old_code_is_signed_again_on_reprint(ws: Workspace, printed: Path,
                                                                            tmp_path: Path) -> None:
    with ws.transaction() as session:  # as a database from before the signing key holds it
        row = session.scalars(select(Certificate).order_by(Certificate.serial)).first()
        assert row is not None
        row.payload, serial = f"EMUCERT1|{row.serial}|a|b|c|d|AAAAAAAAAAAAAAAA", row.serial
    again = print_certificates(ws, VILLAGES, tmp_path / "lai.pdf")
    assert again.new == 0 and serial in again.serials
    assert _first(ws).payload.startswith("EMUCERT2|") and verify(ws, _first(ws).payload).genuine
    assert verify(ws, str(again.path)).genuine


def test_a_certificate_printed_on_blanks_verifies_and_says_the_award_is_on_the_blank(ws: Workspace,
                                                                                     tmp_path: Path) -> None:
    out = print_certificates(ws, VILLAGES, tmp_path / "tren-phoi.pdf", overlay=True).path
    result = verify(ws, str(out))
    assert result.genuine, result.why_not
    first = result.certificates[0]
    assert first.note is not None and f"“{first.award}”" in first.note  # the award the code signs, to compare
    row = _first(ws)  # a page naming another award is still refused, blank or not
    other = forged_page(tmp_path / "khac.pdf", row.payload, _lines(row, award="BẰNG KHEN"))
    assert (verify(ws, str(other)).why_not or "").startswith("hình thức khen thưởng")
