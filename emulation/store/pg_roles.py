"""PostgreSQL: each account is also a database role, and row-level security keeps members to their own scores.

Four group roles carry the privileges (``emulation_admin``, ``emulation_secretary``,
``emulation_member``, ``emulation_viewer``); an account's login role (``emu_<login>``) is a member
of one of them. Members may read everything but write only scores — and, by the policy on
``scores``, only their own (role ``member``, their scorer name) in periods that are not locked —
plus the committee-member list and new audit entries. So a member who connects with psql can do no
more than in the application. The grants are made again whenever an owner opens the database, so
tables added by later versions are covered.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

PREFIX = "emu_"
GROUPS = {
    "admin": "emulation_admin",
    "secretary": "emulation_secretary",
    "member": "emulation_member",
    "viewer": "emulation_viewer",
}
#: tables only an administrator writes
ADMIN_TABLES = ("accounts", "sign_ins", "criteria_sets", "units", "alembic_version")
#: what a member writes besides its own scores
MEMBER_WRITES = {"scorers": "INSERT", "audit_log": "INSERT"}

_SCORER_FUNCTION = """
CREATE OR REPLACE FUNCTION emulation_own_scorer() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT scorer FROM accounts WHERE :prefix || login = session_user AND active
$$
"""
_LOCKED_FUNCTION = """
CREATE OR REPLACE FUNCTION emulation_period_open(pid integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT NOT locked FROM periods WHERE id = pid
$$
"""
_OWN = "role = 'member' AND scorer = emulation_own_scorer() AND emulation_period_open(period_id)"


def role_name(login: str) -> str:
    return PREFIX + login


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def can_manage(connection: Connection) -> bool:
    """Whether the connected role may create roles and owns the tables (the database's owner)."""
    row = connection.execute(
        text(
            "SELECT r.rolsuper OR (r.rolcreaterole AND d.datdba = r.oid) FROM pg_roles r, pg_database d "
            "WHERE r.rolname = current_user AND d.datname = current_database()"
        )
    ).scalar()
    return bool(row)


#: the advisory lock that makes owners opening the database at once grant one after the other
GRANTS_LOCK = 7302


def grants_current(connection: Connection) -> bool:
    """Whether the group roles exist and may read every table, with the policy on scores in place."""
    row = connection.execute(
        text(
            "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :viewer) AND "
            "EXISTS (SELECT FROM pg_policies WHERE tablename = 'scores' AND policyname = 'scores_own')"
        ),
        {"viewer": GROUPS["viewer"]},
    ).scalar()
    if not row:
        return False
    missing = connection.execute(
        text(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT has_table_privilege(:viewer, c.oid, 'SELECT')"
        ),
        {"viewer": GROUPS["viewer"]},
    ).scalar()
    return missing == 0


def sync_grants(connection: Connection) -> None:
    """Create the group roles, grant their privileges on every table, and the policy on scores.

    Owners opening the database at the same moment take turns, and one that finds everything in
    place changes nothing."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": GRANTS_LOCK})
    if grants_current(connection):
        return
    for group in GROUPS.values():
        connection.execute(
            text(
                "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :g) THEN "
                f"CREATE ROLE {quoted(group)} NOLOGIN; END IF; END $$".replace(":g", f"'{group}'")
            )
        )
    tables = [
        row[0]
        for row in connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))
    ]
    everyone = ", ".join(quoted(g) for g in GROUPS.values())
    admin, secretary, member = (quoted(GROUPS[k]) for k in ("admin", "secretary", "member"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {everyone}"))
    for table in tables:
        t = quoted(table)
        connection.execute(text(f"GRANT SELECT ON {t} TO {everyone}"))
        connection.execute(text(f"GRANT ALL ON {t} TO {admin}"))
        if table not in ADMIN_TABLES:
            connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {secretary}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}"))
    connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON scores TO {member}"))
    for table, privilege in MEMBER_WRITES.items():
        connection.execute(text(f"GRANT {privilege} ON {quoted(table)} TO {member}"))
    connection.execute(text(_SCORER_FUNCTION.replace(":prefix", f"'{PREFIX}'")))
    connection.execute(text(_LOCKED_FUNCTION))
    connection.execute(text("ALTER TABLE scores ENABLE ROW LEVEL SECURITY"))
    policies = {
        "scores_read": "FOR SELECT USING (true)",
        "scores_staff": f"FOR ALL TO {admin}, {secretary} USING (true) WITH CHECK (true)",
        "scores_own": f"FOR ALL TO {member} USING ({_OWN}) WITH CHECK ({_OWN})",
    }
    for name, rule in policies.items():
        connection.execute(text(f"DROP POLICY IF EXISTS {name} ON scores"))
        connection.execute(text(f"CREATE POLICY {name} ON scores {rule}"))


def create_login(connection: Connection, login: str, password: str, role: str) -> None:
    """The account's own database role (made anew if an earlier database left one behind)."""
    name = quoted(role_name(login))
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role_name(login)}).first()
    attributes = "LOGIN CREATEROLE" if role == "admin" else "LOGIN NOCREATEROLE"
    verb = "ALTER" if exists else "CREATE"
    connection.execute(text(f"{verb} ROLE {name} {attributes} PASSWORD {_literal(connection, password)}"))
    set_group(connection, login, role)


def set_group(connection: Connection, login: str, role: str) -> None:
    name = quoted(role_name(login))
    for group in GROUPS.values():
        connection.execute(text(f"REVOKE {quoted(group)} FROM {name}"))
    option = " WITH ADMIN OPTION" if role == "admin" else ""
    if role == "admin":
        for group in GROUPS.values():
            connection.execute(text(f"GRANT {quoted(group)} TO {name}{option}"))
    else:
        connection.execute(text(f"GRANT {quoted(GROUPS[role])} TO {name}"))


def set_password(connection: Connection, login: str, password: str) -> None:
    connection.execute(text(f"ALTER ROLE {quoted(role_name(login))} PASSWORD {_literal(connection, password)}"))


def set_active(connection: Connection, login: str, active: bool) -> None:
    connection.execute(text(f"ALTER ROLE {quoted(role_name(login))} {'LOGIN' if active else 'NOLOGIN'}"))


def account_login(connection: Connection) -> str | None:
    """The account a connection signed in as, when it connected with an account's own role."""
    user = connection.execute(text("SELECT session_user")).scalar()
    return str(user)[len(PREFIX) :] if user and str(user).startswith(PREFIX) else None


def _literal(connection: Connection, value: str) -> str:
    """A string literal for DDL, which takes no bound parameters."""
    return str(connection.execute(text("SELECT quote_literal(:v)"), {"v": value}).scalar())
