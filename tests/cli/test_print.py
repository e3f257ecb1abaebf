"""`emulation period decision`, `print …` and `verify …` as a user types them."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from emulation.reports.signing import extract_payloads
from tests.services.printing_demo import DECISION_LINE, OFFICES, PASSPHRASE, VILLAGES, build_demo_file, copy_demo

from .conftest import Run


@pytest.fixture
def demo(run: Run, db: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Run:
    """The demo district, with the decision of the villages' September period recorded and the
    signing key made (its file and passphrase in the environment, as a secretary would set them)."""
    copy_demo(build_demo_file(tmp_path_factory), db)
    key = db.parent / "khoa-ky.pem"
    monkeypatch.setenv("EMULATION_KEY_PASSPHRASE", PASSPHRASE)
    made = run("keys", "create", str(key))
    assert made.code == 0, made.err
    monkeypatch.setenv("EMULATION_SIGNING_KEY", str(key))
    result = run("period", "decision", VILLAGES, "05/QĐ-UBND", "--date", "05/11/2026")
    assert result.code == 0, result.err
    assert DECISION_LINE in result.out
    return run


def _awardees(run: Run, period: str) -> list[dict[str, object]]:
    result = run("awards", period, "--json")
    assert result.code == 0, result.err
    rows: list[dict[str, object]] = result.json()["rows"]
    return rows


def test_print_then_verify_the_pdf_and_a_payload(demo: Run, tmp_path: Path) -> None:
    out = tmp_path / "giay-khen.pdf"
    people = _awardees(demo, VILLAGES)
    result = demo("print", "certificates", VILLAGES, "-o", str(out))
    assert result.code == 0, result.err
    assert str(out) in result.out and f"{len(people)} giấy khen, số vào sổ 1–{len(people)}" in result.out
    assert len(PdfReader(out).pages) == len(people)
    assert [row["serial"] for row in _awardees(demo, VILLAGES)] == list(range(1, len(people) + 1))

    checked = demo("verify", str(out))
    assert checked.code == 0, checked.err
    first = people[0]
    assert (f"Giấy khen hợp lệ: số vào sổ 1 — {first['name']} — {VILLAGES} — Giấy khen — "
            f"{DECISION_LINE}") in checked.out
    assert checked.out.count("Giấy khen hợp lệ") == len(people)

    payload = extract_payloads(out)[1]
    one = demo("verify", payload)
    assert one.code == 0 and f"số vào sổ 2 — {people[1]['name']}" in one.out


def test_verify_refuses_an_edited_payload(demo: Run, tmp_path: Path) -> None:
    out = tmp_path / "c.pdf"
    assert demo("print", "certificates", VILLAGES, "-o", str(out)).code == 0
    payload = extract_payloads(out)[0]
    edited = payload.replace("|1|", "|2|", 1)
    result = demo("verify", edited)
    assert result.code == 2 and "KHÔNG hợp lệ:" in result.err and "Giấy khen hợp lệ" not in result.out
    nothing = demo("verify", str(tmp_path / "khong-co.pdf"))
    assert nothing.code == 2


def test_reprint_and_the_next_period(demo: Run, tmp_path: Path) -> None:
    n = len(_awardees(demo, VILLAGES))
    assert demo("print", "certificates", VILLAGES, "-o", str(tmp_path / "a.pdf")).code == 0
    again = demo("print", "certificates", VILLAGES, "-o", str(tmp_path / "a.pdf"))
    assert again.code == 0 and f"số vào sổ 1–{n} (0 số mới, {n} in lại với số cũ" in again.out
    assert demo("period", "decision", OFFICES, "6", "--date", "06/11/2026").code == 0
    offices = demo("print", "certificates", OFFICES, "-o", str(tmp_path / "b.pdf"), "--award", "Giấy khen")
    assert offices.code == 0 and f"số vào sổ {n + 1}–" in offices.out


def test_other_documents(demo: Run, tmp_path: Path) -> None:
    for what in ("award-list", "report", "score-forms"):
        out = tmp_path / f"{what}.pdf"
        result = demo("print", what, VILLAGES, "-o", str(out))
        assert result.code == 0, result.err
        assert f"{out}: {len(PdfReader(out).pages)} trang" in result.out


def test_faults_exit_2_and_write_nothing(demo: Run, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    no_decision = demo("print", "certificates", OFFICES, "-o", str(out))
    assert no_decision.code == 2 and "emulation period decision" in no_decision.err
    bad_date = demo("period", "decision", OFFICES, "06/QĐ-UBND", "--date", "31/02/2026")
    assert bad_date.code == 2 and "--date" in bad_date.err
    assert demo("print", "certificates", VILLAGES, "-o", str(tmp_path / "no" / "x.pdf")).code == 2
    assert demo("print", "certificates", VILLAGES, "-o", str(out), "--award", "Bằng khen").code == 2
    assert demo("print", "award-list", "Kỳ không có", "-o", str(out)).code == 2
    assert not out.exists()
    assert all(row["serial"] is None for row in _awardees(demo, VILLAGES))


def test_the_audit_names_actions_and_details_in_the_chosen_language(demo: Run, tmp_path: Path) -> None:
    assert demo("print", "certificates", VILLAGES, "-o", str(tmp_path / "a.pdf")).code == 0
    vi = demo("audit", VILLAGES).out.splitlines()
    assert any("In giấy khen" in line and "giấy khen, số vào sổ 1–" in line for line in vi)
    assert any("Ghi quyết định khen thưởng" in line and DECISION_LINE.split(" số ")[1] in line for line in vi)
    en = demo("audit", VILLAGES, "--lang", "en").out.splitlines()
    assert any("Certificates printed" in line and "certificates, serials 1–" in line for line in en)
    assert not any("In giấy khen" in line for line in en)
    rows = demo("audit", VILLAGES, "--json").json()["rows"]
    assert any(r["action"] == "print" and r["detail"].startswith(f"{len(_awardees(demo, VILLAGES))} giấy khen")
               for r in rows)


def test_a_missing_key_file_is_named_before_any_passphrase_is_asked(
    demo: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("EMULATION_KEY_PASSPHRASE")
    missing = tmp_path / "khong-co.pem"
    out = tmp_path / "giay-khen.pdf"
    refused = demo("print", "certificates", VILLAGES, "-o", str(out), "--key", str(missing))
    assert refused.code == 2
    assert refused.err.strip() == f"lỗi: {missing}: không mở được tệp khóa này"
    assert not out.exists()
