"""On PostgreSQL an account is a database role: with psql a member can do no more than in the application."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from emulation.scoring.scores import Role
from emulation.services import accounts, criteria, periods, units
from emulation.services.accounts import add_account
from emulation.services.permissions import AccountRole, NotAllowed
from emulation.services.scores import NewValue, set_scores
from emulation.services.workspace import Workspace
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES

pytestmark = pytest.mark.postgres
PERIOD = "Tháng 10/2026"


def as_role(url: str, login: str) -> str:
    return url.replace("postgresql+psycopg://postgres@", f"postgresql+psycopg://emu_{login}@")


def psql(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def district(postgres_url: str, tmp_path: Path) -> str:
    ws = Workspace.open(postgres_url, user="chủ cơ sở dữ liệu")
    try:
        doc = tmp_path / "tieu-chi.json"
        doc.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
        criteria.import_criteria(ws, doc)
        units.import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
        periods.create_period(ws, PERIOD, criteria=CRITERIA["name"])
        add_account(ws, "quantri", "Quản trị", "admin", "quản-trị-2026")
        add_account(ws, "an", "Nguyễn Văn An", "member", "an-chấm-2026", scorer="Nguyễn Văn An")
        add_account(ws, "hoa", "Hoàng Thị Hoà", "member", "hoà-chấm-2026", scorer="Hoàng Thị Hoà")
    finally:
        ws.close()
    return postgres_url


def test_connecting_with_the_accounts_role_signs_in(district: str) -> None:
    ws = accounts.resume(Workspace.open(as_role(district, "an")))
    try:
        assert ws.role is AccountRole.MEMBER and ws.identity.scorer == "Nguyễn Văn An"
        set_scores(ws, PERIOD, Role.MEMBER, "Nguyễn Văn An", [NewValue("VY-NM", "I.1", Decimal(15))])
        with pytest.raises(NotAllowed):
            set_scores(ws, PERIOD, Role.MEMBER, "Hoàng Thị Hoà", [NewValue("VY-NM", "I.1", Decimal(15))])
        with pytest.raises(NotAllowed):
            periods.set_locked(ws, PERIOD, True)
    finally:
        ws.close()


def test_a_member_with_psql_writes_only_their_own_scores(district: str) -> None:
    with psycopg.connect(psql(as_role(district, "an"))) as conn:
        period_id, unit_id = conn.execute(
            "SELECT p.id, u.id FROM periods p, units u WHERE p.name = %s AND u.code = 'VY-NM'", (PERIOD,)
        ).fetchone()
        insert = (
            "INSERT INTO scores (period_id, unit_id, leaf_code, role, scorer, raw_value, entered_by, entered_at) "
            "VALUES (%s, %s, 'I.1', %s, %s, '12', 'psql', now())"
        )
        conn.execute(insert, (period_id, unit_id, "member", "Nguyễn Văn An"))  # their own: allowed
        conn.commit()
        refused = [
            (insert, (period_id, unit_id, "member", "Hoàng Thị Hoà")),
            (insert, (period_id, unit_id, "official", "")),
            ("UPDATE scores SET scorer = 'Hoàng Thị Hoà'", ()),
            ("UPDATE periods SET locked = true", ()),
            ("UPDATE criteria_sets SET name = 'x'", ()),
            (
                "INSERT INTO accounts (login, name, role, password_hash, active, created_at) "
                "VALUES ('x', 'x', 'admin', 'x', true, now())",
                (),
            ),
            ("DELETE FROM audit_log", ()),
        ]
        for statement, params in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, params)
            conn.rollback()
        rows = conn.execute("SELECT scorer, raw_value FROM scores").fetchall()
    assert rows == [("Nguyễn Văn An", "12")]


def test_a_locked_period_takes_no_member_score_even_with_psql(district: str) -> None:
    ws = Workspace.open(district)
    accounts.sign_in(ws, "quantri", "quản-trị-2026")
    periods.set_locked(ws, PERIOD, True)
    ws.close()
    with psycopg.connect(psql(as_role(district, "an"))) as conn:
        period_id, unit_id = conn.execute(
            "SELECT p.id, u.id FROM periods p, units u WHERE p.name = %s AND u.code = 'VY-NM'", (PERIOD,)
        ).fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO scores (period_id, unit_id, leaf_code, role, scorer, raw_value, entered_by, entered_at) "
                "VALUES (%s, %s, 'I.1', 'member', 'Nguyễn Văn An', '12', 'psql', now())",
                (period_id, unit_id),
            )
