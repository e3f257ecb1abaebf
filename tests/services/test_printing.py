"""Printing through the services on the demo district: certificates and their register, the
decision, verification, and the award list, report and score forms read back."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader
from reportlab.lib.units import mm

from emulation.i18n.audit import detail_text
from emulation.reports.certificates import render_certificates
from emulation.reports.signing import CertificatePayload, extract_payloads, sign_payload, verify_payload
from emulation.services import printing
from emulation.services.audit import audit_log
from emulation.services.awards import set_override
from emulation.services.errors import InputError
from emulation.services.lookup import period_named
from emulation.services.printing import print_certificates, set_decision, verify
from emulation.services.results import awards
from emulation.services.workspace import Workspace
from emulation.store import set_setting
from tests.faults import shown
from tests.reports.pdfs import (
    all_page_texts,
    assert_fonts_embedded,
    assert_text,
    joined,
    page_size,
    page_texts_pypdf,
    placed_texts,
)
from tests.services.printing_demo import (
    DATE_LINE,
    DECISION,
    DECISION_LINE,
    OFFICES,
    ON,
    VILLAGES,
    build_demo_file,
    copy_demo,
    open_with_decision,
    register_serials,
)


@pytest.fixture
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_file(tmp_path_factory)


@pytest.fixture
def ws(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A fresh copy of the demo (in tmp_path/db), the villages' September decision recorded."""
    workspace = open_with_decision(copy_demo(demo_file, tmp_path / "db" / "demo.sqlite"))
    yield workspace
    workspace.close()


def _awardees(ws: Workspace, period: str) -> list[tuple[str, str, str | None, int | None]]:
    ranking, lines = awards(ws, period)
    return [
        (a.awarded.row.unit.code, a.awarded.row.unit.name,
         ranking.parent_names.get(a.awarded.row.unit.parent_code or ""), a.awarded.amount_vnd)
        for a in lines
    ]


def _set(ws: Workspace, key: str, value: str) -> None:
    with ws.transaction() as session:
        set_setting(session, key, value)


# --- certificates and the register ------------------------------------------------------------


def test_one_page_per_awardee_with_names_decision_and_serials(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "giay-khen.pdf"
    done = print_certificates(ws, VILLAGES, out)
    people = _awardees(ws, VILLAGES)
    assert len(people) >= 2
    assert done.pages == len(people) == len(PdfReader(out).pages)
    assert done.serials == tuple(range(1, len(people) + 1)) and done.new == len(people)
    assert_text(out, "GIẤY KHEN", DECISION_LINE, DATE_LINE, "Hoàng Văn Thành", "ỦY BAN NHÂN DÂN XÃ BẢO YÊN",
                "Đã có thành tích xuất sắc trong thực hiện phong trào 10 phút góp phần cải thiện môi trường, "
                + VILLAGES)
    for pages in all_page_texts(out):
        for i, (_, name, parent, _) in enumerate(people):
            text = joined([pages[i]])
            assert name in text and f"Số vào sổ: {i + 1:04d}" in text
            assert parent and parent in text
    assert_fonts_embedded(out)
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_reprint_keeps_serials_and_another_period_continues(ws: Workspace, tmp_path: Path) -> None:
    first = print_certificates(ws, VILLAGES, tmp_path / "a.pdf")
    again = print_certificates(ws, VILLAGES, tmp_path / "b.pdf")
    assert again.serials == first.serials and again.new == 0 and again.reprinted == len(first.serials)
    set_decision(ws, OFFICES, "06/QĐ-UBND", ON)
    offices = print_certificates(ws, OFFICES, tmp_path / "c.pdf")
    n = len(first.serials)
    assert offices.serials == tuple(range(n + 1, n + 1 + len(offices.serials)))
    assert register_serials(ws) == list(range(1, n + len(offices.serials) + 1))
    _, lines = awards(ws, VILLAGES)
    assert [line.serial for line in lines] == list(first.serials)
    prints = [a for a in audit_log(ws, VILLAGES) if a.action == "print"]
    assert len(prints) == 2 and f"số vào sổ 1–{n}" in detail_text(prints[0].detail)


def test_award_filter_and_unknown_award(ws: Workspace, tmp_path: Path) -> None:
    done = print_certificates(ws, VILLAGES, tmp_path / "a.pdf", award="giấy khen")
    assert done.pages == len(_awardees(ws, VILLAGES))
    with pytest.raises(InputError) as caught:
        print_certificates(ws, VILLAGES, tmp_path / "b.pdf", award="Cờ thi đua")
    assert "không phải là hình thức khen thưởng của kỳ" in shown(caught.value)
    assert not (tmp_path / "b.pdf").exists()


def test_a_batch_failing_midway_registers_nothing_and_leaves_no_file(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def broken(out: Any, certs: Any, *args: Any, **kwargs: Any) -> int:
        seen.extend(c.serial for c in certs)  # the register rows exist by now
        Path(out).write_bytes(b"%PDF-1.4 half")
        raise RuntimeError("printer driver crashed")

    monkeypatch.setattr(printing, "render_certificates", broken)
    out = tmp_path / "x.pdf"
    with pytest.raises(RuntimeError):
        print_certificates(ws, VILLAGES, out)
    assert seen == list(range(1, len(seen) + 1)) and seen
    assert register_serials(ws) == []
    assert list(tmp_path.iterdir()) == [tmp_path / "db"]
    assert not [a for a in audit_log(ws, VILLAGES) if a.action == "print"]
    monkeypatch.undo()
    assert print_certificates(ws, VILLAGES, out).serials == tuple(seen)


def test_a_failed_reprint_keeps_the_file_already_there(ws: Workspace, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "x.pdf"
    print_certificates(ws, VILLAGES, out)
    before = out.read_bytes()
    monkeypatch.setattr(printing, "render_certificates", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        print_certificates(ws, VILLAGES, out)
    assert out.read_bytes() == before


def test_refusals_name_what_to_do(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        print_certificates(ws, OFFICES, tmp_path / "a.pdf")
    assert "chưa có quyết định khen thưởng; hãy ghi quyết định trước: emulation period decision" in shown(caught.value)
    set_decision(ws, OFFICES, "06/QĐ-UBND", ON)
    for code, *_ in _awardees(ws, OFFICES):
        set_override(ws, OFFICES, code, include=False, reason="kiểm tra lại hồ sơ")
    with pytest.raises(InputError) as caught:
        print_certificates(ws, OFFICES, tmp_path / "a.pdf")
    assert "không có gì để in" in shown(caught.value)
    with pytest.raises(InputError) as caught:
        print_certificates(ws, VILLAGES, tmp_path / "no" / "a.pdf")
    assert "không tồn tại" in shown(caught.value)
    _set(ws, "place", "")
    with pytest.raises(InputError) as caught:
        print_certificates(ws, VILLAGES, tmp_path / "a.pdf")
    assert "Địa danh: cần đặt mục này trước khi in (emulation settings set place …)" in shown(caught.value)
    assert register_serials(ws) == [] and not (tmp_path / "a.pdf").exists()


def test_calibration_page_takes_no_serial(ws: Workspace, tmp_path: Path) -> None:
    done = print_certificates(ws, VILLAGES, tmp_path / "c.pdf", calibration=True)
    assert done.pages == 1 and done.serials == () and register_serials(ws) == []


# --- the decision -----------------------------------------------------------------------------


def test_decision_on_a_locked_period_digits_take_the_prefix(ws: Workspace) -> None:
    locked = "Tháng 07/2026 – Thôn, tổ dân phố"
    assert set_decision(ws, locked, "12", ON) == ("12/QĐ-UBND", ON)
    with ws.transaction() as session:
        period = period_named(session, locked)
        assert period.locked and (period.decision_number, period.decision_date) == ("12/QĐ-UBND", ON)
    entry = [a for a in audit_log(ws, locked) if a.action == "decision"][-1]
    assert entry.new == "12/QĐ-UBND ngày 05/11/2026"
    with pytest.raises(InputError):
        set_decision(ws, locked, "  ", ON)


# --- settings that shape certificates -------------------------------------------------------


def test_achievement_template_and_layout_settings(ws: Workspace, tmp_path: Path) -> None:
    _set(ws, "achievement_template", "Đạt {grade} ({total} điểm) — {unit}, {parent}")
    _set(ws, "certificate_layout", '{"offset_y": 3, "fields": {"name": {"y": 60, "size": 26}}, "qr": null}')
    out = print_certificates(ws, VILLAGES, tmp_path / "o.pdf", overlay=True).path
    code, name, parent, _ = _awardees(ws, VILLAGES)[0]
    row = next(r for r in awards(ws, VILLAGES)[0].rows if r.unit.code == code)
    assert f"Đạt {row.grade} (" in joined(page_texts_pypdf(out)[:1]) and f"— {name}, {parent}" in joined(
        page_texts_pypdf(out)[:1])
    placed = next(p for p in placed_texts(out) if p.text == name)
    assert round((page_size(out)[1] - placed.y) / mm) == 63 and placed.size == 26
    assert "GIẤY KHEN" not in joined(page_texts_pypdf(out)) and extract_payloads(out) == []


@pytest.mark.parametrize(("key", "value"), [
    ("achievement_template", "Thành tích {nam}"),
    ("certificate_layout", '{"fields": {"ten": {}}}'),
    ("certificate_layout", "{not json"),
    ("page_size", "A3"),
])
def test_a_bad_setting_is_named(ws: Workspace, tmp_path: Path, key: str, value: str) -> None:
    _set(ws, key, value)
    with pytest.raises(InputError) as caught:
        print_certificates(ws, VILLAGES, tmp_path / "a.pdf")
    assert caught.value.problems[0].where == key
    assert register_serials(ws) == []


def test_portrait_sheet_from_page_size(ws: Workspace, tmp_path: Path) -> None:
    _set(ws, "page_size", "A4 dọc")
    width, height = page_size(print_certificates(ws, VILLAGES, tmp_path / "p.pdf").path)
    assert height > width


# --- verification -----------------------------------------------------------------------------


def test_verify_genuine_payload_and_pdf(ws: Workspace, tmp_path: Path) -> None:
    out = print_certificates(ws, VILLAGES, tmp_path / "c.pdf").path
    payloads = extract_payloads(out)
    people = _awardees(ws, VILLAGES)
    result = verify(ws, str(out))
    assert result.genuine and [c.serial for c in result.certificates] == list(range(1, len(people) + 1))
    assert [(c.unit_code, c.unit_name) for c in result.certificates] == [(p[0], p[1]) for p in people]
    one = verify(ws, payloads[1]).certificates[0]
    assert one.genuine and (one.period, one.award, one.decision_number, one.decision_date) == (
        VILLAGES, "Giấy khen", DECISION, ON)


def _edited(payload: str) -> str:
    """One character of the period field changed."""
    i = payload.index("|", len("EMUCERT2|") + 1) + 1
    return payload[:i] + ("U" if payload[i] != "U" else "V") + payload[i + 1:]


def test_verify_rejects_look_alikes(ws: Workspace, tmp_path: Path) -> None:
    out = print_certificates(ws, VILLAGES, tmp_path / "c.pdf").path
    genuine = extract_payloads(out)[0]
    people = _awardees(ws, VILLAGES)
    secret = ws.signer
    assert secret is not None
    fields = CertificatePayload(1, VILLAGES, people[0][0], "Giấy khen", DECISION, people[0][1])
    assert verify_payload(genuine, secret.public_key()) == fields
    cases = {
        _edited(genuine): "chữ ký",
        genuine[:-1] + ("A" if genuine[-1] != "A" else "B"): "chữ ký",
        sign_payload(fields, Ed25519PrivateKey.generate()): "chữ ký",
        sign_payload(replace(fields, serial=99), secret): "không có trong sổ vàng",
        sign_payload(replace(fields, unit=people[1][0]), secret): "đơn vị",
        sign_payload(replace(fields, decision="07/QĐ-UBND"), secret): "quyết định",
    }
    for payload, reason in cases.items():
        result = verify(ws, payload)
        assert not result.genuine and reason in why(result), payload
    with pytest.raises(InputError):
        verify(ws, "không phải mã")


def test_verify_rejects_a_pdf_with_an_altered_payload(ws: Workspace, tmp_path: Path, monkeypatch:
                                                      pytest.MonkeyPatch) -> None:
    def altering(out: Any, certs: Any, *args: Any, **kwargs: Any) -> int:
        forged = [replace(c, qr_payload=_edited(c.qr_payload)) for c in certs]
        return render_certificates(out, forged, *args, **kwargs)

    genuine = print_certificates(ws, VILLAGES, tmp_path / "c.pdf").path
    monkeypatch.setattr(printing, "render_certificates", altering)
    forged = print_certificates(ws, VILLAGES, tmp_path / "f.pdf").path
    assert verify(ws, str(genuine)).genuine
    result = verify(ws, str(forged))
    assert not result.genuine and all(not c.genuine for c in result.certificates)
    with pytest.raises(InputError):
        verify(ws, str(tmp_path / "missing.pdf"))


def why(result: Any) -> str:
    return str(result.why_not or "")


def test_verify_a_pdf_without_certificates(ws: Workspace, tmp_path: Path) -> None:
    award_list = printing.print_award_list(ws, VILLAGES, tmp_path / "list.pdf").path
    result = verify(ws, str(award_list))
    assert not result.genuine and "không tìm thấy" in why(result)


def test_verify_a_pdf_whose_name_was_changed(ws: Workspace, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def renaming(out: Any, certs: Any, *args: Any, **kwargs: Any) -> int:
        return render_certificates(out, [replace(c, recipient="Thôn Giả Mạo") for c in certs], *args, **kwargs)

    monkeypatch.setattr(printing, "render_certificates", renaming)
    result = verify(ws, str(print_certificates(ws, VILLAGES, tmp_path / "f.pdf").path))
    assert not result.genuine and "Thôn Giả Mạo" not in (result.why_not or "") and "tên đơn vị" in (
        result.why_not or "")
