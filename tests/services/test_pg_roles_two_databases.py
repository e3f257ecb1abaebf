"""Two committees' databases on one PostgreSQL server: roles are the server's, yet one database's
accounts can do nothing in the other, and no account's login role is taken over by the other."""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from emulation.i18n import render
from emulation.services.accounts import add_account
from emulation.services.errors import InputError
from emulation.services.workspace import Workspace

pytestmark = pytest.mark.postgres
OTHER = "huyen_ben_canh"


def psql(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture
def other_url(postgres_url: str) -> Iterator[str]:
    """A second, empty database on the same server."""
    server = psql(postgres_url).rsplit("/", 1)[0]
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {OTHER}")
        conn.execute(f"CREATE DATABASE {OTHER} TEMPLATE template0")
    yield postgres_url.rsplit("/", 1)[0] + "/" + OTHER
    with psycopg.connect(server + "/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {OTHER} WITH (FORCE)")


def _accounts(url: str, *logins: tuple[str, str]) -> None:
    ws = Workspace.open(url, user="chủ cơ sở dữ liệu")
    try:
        for login, role in logins:
            scorer = login if role == "member" else None
            add_account(ws, login, login.title(), role, f"{login}-mật-khẩu-2026", scorer=scorer)
    finally:
        ws.close()


def test_an_administrator_of_one_database_cannot_write_the_other(postgres_url: str, other_url: str) -> None:
    _accounts(postgres_url, ("quantri", "admin"))
    _accounts(other_url, ("quantri2", "admin"))
    as_first_admin = psql(other_url).replace("//postgres@", "//emu_quantri@")
    with psycopg.connect(as_first_admin) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("INSERT INTO units (code, name, kind) VALUES ('X', 'Thôn lạ', 'thôn')")
    as_own_admin = psql(other_url).replace("//postgres@", "//emu_quantri2@")
    with psycopg.connect(as_own_admin) as conn:
        assert conn.execute("SELECT count(*) FROM accounts").fetchone() == (1,)


def test_a_login_serving_the_other_database_is_not_taken_over(postgres_url: str, other_url: str) -> None:
    _accounts(postgres_url, ("quantri", "admin"), ("an", "member"))
    ws = Workspace.open(other_url, user="chủ cơ sở dữ liệu")
    try:
        add_account(ws, "quantri2", "Quản trị huyện bên", "admin", "quản-trị-2026")
        with pytest.raises(InputError) as refused:
            add_account(ws, "an", "An huyện bên", "admin", "mật-khẩu-khác-2026")
        assert refused.value.problems[0].code == "login_taken_on_server"
        assert "emu_an" in render(refused.value.problems[0])
    finally:
        ws.close()
    with psycopg.connect(psql(postgres_url)) as conn:  # still the first database's member, nothing more
        groups = {g for (g,) in conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
            "JOIN pg_roles g ON g.oid = m.roleid WHERE r.rolname = 'emu_an'")}
    assert len(groups) == 1 and groups.pop().endswith("_member")
