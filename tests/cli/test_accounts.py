"""Accounts on one database: roles checked by the services, sign-in kept between runs, the audit names the account."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from .conftest import SAMPLES, Result, Run
from .scenario import CRITERIA, MEMBERS, fill

PERIOD = "Tháng 10/2026"
PASSWORDS = {"quantri": "quản-trị-2026", "thuky": "thư-ký-2026", "an": "an-chấm-2026", "xem": "chỉ-xem-2026"}


@pytest.fixture
def shared(run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """A database with a period, then switched to accounts: an administrator, a secretary, a member, a viewer."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    assert run("criteria", "import", str(criteria)).code == 0
    assert run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx")).code == 0
    assert run("period", "create", PERIOD, "--criteria", CRITERIA["name"]).code == 0
    assert run("scores", "template", PERIOD, str(tmp_path / "mau.xlsx")).code == 0
    added = [
        ("thuky", "secretary", ()),
        ("an", "member", ("--scorer", "Nguyễn Văn An")),
        ("xem", "viewer", ()),
    ]
    first = typed(
        run,
        monkeypatch,
        PASSWORDS["quantri"],
        "accounts",
        "add",
        "quantri",
        "--name",
        "Quản trị",
        "--role",
        "admin",
        "--password-stdin",
    )
    assert first.code == 0, first.err
    assert login(run, monkeypatch, "quantri").code == 0
    for name, role, extra in added:
        result = typed(
            run, monkeypatch, PASSWORDS[name], "accounts", "add", name, "--role", role, *extra, "--password-stdin"
        )
        assert result.code == 0, result.err
    assert run("logout").code == 0
    return run


def typed(run: Run, monkeypatch: pytest.MonkeyPatch, password: str, *args: str) -> Result:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    return run(*args)


def login(run: Run, monkeypatch: pytest.MonkeyPatch, name: str) -> Result:
    return typed(run, monkeypatch, PASSWORDS[name], "login", name, "--password-stdin")


def test_a_database_with_accounts_asks_who_is_working(shared: Run) -> None:
    result = shared("rank", PERIOD, "--json")
    assert result.code == 2 and "hãy đăng nhập" in result.err


def test_a_wrong_password_signs_nobody_in(shared: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    result = typed(shared, monkeypatch, "sai-mật-khẩu", "login", "thuky", "--password-stdin")
    assert result.code == 2 and "mật khẩu không đúng" in result.err
    assert shared("rank", PERIOD, "--json").code == 2


def test_a_member_enters_only_their_own_scores(shared: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert login(shared, monkeypatch, "an").code == 0
    filled = fill(tmp_path / "mau.xlsx", tmp_path / "an.xlsx", MEMBERS)
    own = shared("scores", "import", PERIOD, str(filled))  # recorded under the account's scorer name
    assert own.code == 0, own.err
    other = shared("scores", "import", PERIOD, str(filled), "--scorer", "Hoàng Thị Hoà")
    assert other.code == 2 and "chỉ được nhập điểm của chính mình" in other.err
    official = shared("scores", "import", PERIOD, str(filled), "--role", "official")
    assert official.code == 2
    for forbidden in (
        ("lock", PERIOD),
        ("criteria", "import", str(tmp_path / "criteria.json")),
        ("settings", "set", "place", "Bảo Yên"),
        ("veto", "set", PERIOD, "VY-TK", "K1"),
    ):
        result = shared(*forbidden)
        assert result.code == 2 and "tài khoản thành viên không được" in result.err, forbidden
    assert shared("rank", PERIOD, "--json").code == 0  # reading is allowed
    log = shared("audit", PERIOD, "--json").json()["rows"]
    assert {e["who"] for e in log if e["action"] == "import"} == {"an (an)"}


def test_a_viewer_reads_and_writes_nothing(shared: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert login(shared, monkeypatch, "xem").code == 0
    assert shared("rank", PERIOD, "--json").code == 0
    filled = fill(tmp_path / "mau.xlsx", tmp_path / "x.xlsx", MEMBERS)
    result = shared("scores", "import", PERIOD, str(filled), "--scorer", "Nguyễn Văn An")
    assert result.code == 2 and "tài khoản chỉ xem không được nhập điểm" in result.err
    assert shared("lock", PERIOD).code == 2


def test_the_secretary_locks_and_scores_for_anyone_but_not_criteria(
    shared: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert login(shared, monkeypatch, "thuky").code == 0
    filled = fill(tmp_path / "mau.xlsx", tmp_path / "hoa.xlsx", MEMBERS)
    assert shared("scores", "import", PERIOD, str(filled), "--scorer", "Hoàng Thị Hoà").code == 0
    assert shared("lock", PERIOD).code == 0
    denied = shared("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx"))
    assert denied.code == 2 and "tài khoản thư ký không được sửa danh sách đơn vị" in denied.err
    entries = shared("audit", PERIOD, "--json").json()["rows"]
    lock = next(e for e in entries if e["action"] == "lock")
    assert lock["who"] == "thuky (thuky)"


def test_accounts_are_managed_by_the_administrator_only(shared: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    assert login(shared, monkeypatch, "thuky").code == 0
    denied = typed(
        shared, monkeypatch, "mật-khẩu-mới-1", "accounts", "add", "ba", "--role", "viewer", "--password-stdin"
    )
    assert denied.code == 2 and "quản lý tài khoản" in denied.err
    assert login(shared, monkeypatch, "quantri").code == 0
    listing = shared("accounts", "list").out
    assert "thuky" in listing and "Nguyễn Văn An" in listing
    last = shared("accounts", "set", "quantri", "--role", "viewer")
    assert last.code == 2 and "ít nhất một quản trị viên" in last.err
    assert shared("accounts", "set", "an", "--disable").code == 0
    assert login(shared, monkeypatch, "an").code == 2


def test_the_first_account_must_be_an_administrator(run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    result = typed(
        run,
        monkeypatch,
        "đủ-dài-rồi",
        "accounts",
        "add",
        "ba",
        "--role",
        "member",
        "--scorer",
        "Ba",
        "--password-stdin",
    )
    assert result.code == 2 and "quản trị viên" in result.err
    assert run("accounts", "list").out.strip() != ""  # still single-user: the owner manages it
