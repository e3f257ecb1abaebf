"""What is locked stays locked: every write path leaves a locked period's ranking, awards and
register byte for byte as they were, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from emulation.reports.signing import extract_payloads
from emulation.scoring.scores import Role
from emulation.services.errors import PeriodLocked
from emulation.services.scores import NewValue, set_scores
from emulation.services.unit_edit import edit_unit, move_unit
from emulation.services.workspace import Workspace
from emulation.store import Certificate

from .conftest import Run
from .scenario import LEAVES, MEMBERS, fill
from .scored import PERIOD, scored, target

__all__ = ["scored", "target"]
PASSPHRASE = "mật khẩu ký giấy khen"


@pytest.fixture
def locked(scored: Run, target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """The scenario with its decision, its certificates printed and signed, then locked."""
    run = scored
    for key, value in (("place", "Bảo Yên"), ("signer_name", "Nguyễn Văn Thắng")):
        assert run("settings", "set", key, value).code == 0
    assert run("period", "decision", PERIOD, "05", "--date", "05/11/2026").code == 0
    monkeypatch.setenv("EMULATION_KEY_PASSPHRASE", PASSPHRASE)
    assert run("keys", "create", str(tmp_path / "khoa.pem")).code == 0
    monkeypatch.setenv("EMULATION_SIGNING_KEY", str(tmp_path / "khoa.pem"))
    assert run("print", "certificates", PERIOD, "-o", str(tmp_path / "gk.pdf")).code == 0
    assert run("lock", PERIOD).code == 0
    return run


def register(target: str) -> list[tuple[object, ...]]:
    ws = Workspace.open(target, user="test")
    try:
        with ws.transaction() as session:
            rows = session.scalars(select(Certificate).order_by(Certificate.serial))
            return [(c.serial, c.unit_id, c.award_name, c.recipient_name, c.decision_number, c.decision_date,
                     c.payload, c.issued_at, c.revoked_at) for c in rows]
    finally:
        ws.close()


def snapshot(run: Run, target: str) -> tuple[str, str, list[tuple[object, ...]]]:
    rank, awards = run("rank", PERIOD, "--json"), run("awards", PERIOD, "--json")
    assert rank.code == awards.code == 0, rank.err + awards.err
    return rank.out, awards.out, register(target)


def _units_file(tmp_path: Path) -> Path:
    """PR-3 renamed, ND-BH moved under VY, ND given another cluster."""
    path = tmp_path / "don-vi-moi.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Mã", "Tên", "Loại", "Thuộc", "Cụm"])
        writer.writerow(["PR-3", "Tổ dân phố 30", "thôn", "PR", ""])
        writer.writerow(["ND-BH", "Thôn Bản Hốc", "thôn", "VY", ""])
        writer.writerow(["ND", "Xã Nghĩa Đô", "xã", "", "Cụm 3"])
    return path


def test_every_write_path_leaves_a_locked_period_as_it_was(locked: Run, target: str, tmp_path: Path) -> None:
    run = locked
    before = snapshot(run, target)
    template = tmp_path / "mau.xlsx"
    assert run("scores", "template", PERIOD, str(template)).code == 0
    changed = {code: (0, 0, 0, 0, None, None) for code in MEMBERS}
    ws = Workspace.open(target, user="ai đó")

    def done(*args: str) -> None:
        result = run(*args)
        assert result.code == 0, (args, result.err)

    def refused(*args: str) -> None:
        result = run(*args)
        assert result.code == 2 and "đã khóa" in result.err, (args, result.err)

    def grid_edit() -> None:
        with pytest.raises(PeriodLocked):
            set_scores(ws, PERIOD, Role.MEMBER, "Nguyễn Văn An", [NewValue("VY-TK", LEAVES[0], "1")])

    paths: dict[str, Callable[[], object]] = {
        "units import": lambda: done("units", "import", str(_units_file(tmp_path))),
        "unit edit": lambda: edit_unit(ws, "VY-TK", name="Thôn Tổng Kim Mới", cluster="Cụm 9"),
        "unit move": lambda: move_unit(ws, "ND-NK", "PR"),
        "base salary": lambda: done("settings", "set", "base_salary", "5000000"),
        "scores import": lambda: refused("scores", "import", PERIOD, str(fill(template, tmp_path / "x.xlsx", changed))),
        "self-scores import": lambda: refused("scores", "import", PERIOD, str(template), "--role", "self"),
        "score typed in the grid": grid_edit,
        "veto": lambda: refused("veto", "set", PERIOD, "VY-NM", "K1"),
        "veto off": lambda: refused("veto", "set", PERIOD, "VY-TK", "K1", "--off"),
        "award exclude": lambda: refused("award", "exclude", PERIOD, "ND-BH", "--reason", "sai sót"),
        "award include": lambda: refused("award", "include", PERIOD, "ND-DT", "--reason", "đề nghị"),
        "reprint": lambda: done("print", "certificates", PERIOD, "-o", str(tmp_path / "lai.pdf")),
    }
    try:
        for name, write in paths.items():
            write()
            assert snapshot(run, target) == before, name
    finally:
        ws.close()


def test_a_reprint_after_renaming_prints_the_name_as_issued(locked: Run, target: str, tmp_path: Path) -> None:
    run = locked
    assert run("units", "import", str(_units_file(tmp_path))).code == 0
    out = tmp_path / "in-lai.pdf"
    assert run("print", "certificates", PERIOD, "-o", str(out)).code == 0
    assert extract_payloads(out) == extract_payloads(tmp_path / "gk.pdf")
    result = run("verify", str(out))
    assert result.code == 0, result.err
    assert "Tổ dân phố 30" not in result.out


def _names(run: Run) -> set[str]:
    return {row["name"] for row in run("rank", PERIOD, "--json").json()["rows"]}


def test_unlock_needs_a_reason_and_is_recorded(locked: Run, tmp_path: Path) -> None:
    run = locked
    assert run("units", "import", str(_units_file(tmp_path))).code == 0
    refused = run("unlock", PERIOD)
    assert refused.code == 2 and "lý do" in refused.err
    assert "Tổ dân phố 3" in _names(run) and "Tổ dân phố 30" not in _names(run)
    assert run("unlock", PERIOD, "--reason", "sửa điểm nhập sai của Bản Hốc").code == 0
    log = run("audit", PERIOD, "--json").json()["rows"]
    assert any(r["action"] == "unlock" and r["detail"] == "sửa điểm nhập sai của Bản Hốc" for r in log)
    assert "Tổ dân phố 30" in _names(run)  # open again: computed from the units as they are now
    assert "Tháng 10/2026  (tháng; 11 đơn vị; Thôn sạch – thử nghiệm; đang mở)" in run("period", "list").out
