"""Certificate payloads: signed, verified, tamper-evident, found again in the PDF."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from emulation.reports.signing import (
    PREFIX,
    CertificatePayload,
    extract_payloads,
    find_payloads,
    sign_payload,
    verify_payload,
)
from tests.reports.builders import certificate, render

SECRET = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PUBLIC = SECRET.public_key()
PAYLOAD = CertificatePayload(12, "2026-11", "T01", "GK", "05/QĐ-UBND", "Tổ dân phố 3")


def test_genuine_payload_verifies_to_its_fields() -> None:
    text = sign_payload(PAYLOAD, SECRET)
    assert text.startswith(PREFIX + "|12|")
    assert text.isascii()
    assert verify_payload(text, PUBLIC) == PAYLOAD
    assert verify_payload(f"  {text}\n", PUBLIC) == PAYLOAD


def test_any_one_character_changed_fails() -> None:
    text = sign_payload(PAYLOAD, SECRET)
    alphabet = string.ascii_letters + string.digits + "|%-./"
    for i, original in enumerate(text):
        for replacement in (alphabet[(alphabet.index(original) + 1) % len(alphabet)]
                            if original in alphabet else "A", original.swapcase()):
            if replacement == original:
                continue
            forged = text[:i] + replacement + text[i + 1:]
            assert verify_payload(forged, PUBLIC) is None, forged


def test_dropped_or_added_characters_fail() -> None:
    text = sign_payload(PAYLOAD, SECRET)
    assert verify_payload(text[:-1], PUBLIC) is None
    assert verify_payload(text + "A", PUBLIC) is None
    assert verify_payload(text.replace("|12|", "|012|"), PUBLIC) is None
    assert verify_payload("", PUBLIC) is None
    assert verify_payload("EMUCERT2|x", PUBLIC) is None


def test_another_secret_fails() -> None:
    assert verify_payload(sign_payload(PAYLOAD, Ed25519PrivateKey.generate()), PUBLIC) is None


def test_separators_and_vietnamese_in_fields_round_trip() -> None:
    tricky = CertificatePayload(7, "Quý 4|2026", "Thôn Nậm Mò|x", "Giấy khen %20", "05/QĐ-UBND")
    text = sign_payload(tricky, SECRET)
    assert text.isascii()
    assert text.count("|") == 7
    assert verify_payload(text, PUBLIC) == tricky
    assert find_payloads(f"Mã xác thực: {text} trang 1") == [text]


def test_payload_fits_a_small_qr_code() -> None:
    assert len(sign_payload(PAYLOAD, SECRET)) <= 200


def test_negative_serial_is_refused() -> None:
    with pytest.raises(ValueError):
        sign_payload(CertificatePayload(-1, "p", "u", "a", "d"), SECRET)


def test_payloads_are_extracted_from_every_certificate_page(tmp_path: Path) -> None:
    payloads = [sign_payload(CertificatePayload(n, "2026-11", f"T{n:02d}", "GK", "05/QĐ-UBND"),
                             SECRET) for n in (12, 13, 14)]
    certs = [certificate(n, f"Thôn số {n}", payload=p) for n, p in zip((12, 13, 14), payloads,
                                                                       strict=True)]
    for mode in ("full", "overlay"):
        path = render(tmp_path / f"{mode}.pdf", certs, mode=mode)
        found = extract_payloads(path)
        assert found == payloads
        assert [verify_payload(p, PUBLIC) for p in found] == [
            CertificatePayload(n, "2026-11", f"T{n:02d}", "GK", "05/QĐ-UBND") for n in (12, 13, 14)
        ]
    with path.open("rb") as stream:
        assert extract_payloads(stream) == payloads
