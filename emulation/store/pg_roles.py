"""PostgreSQL: each account is also a database role, and row-level security keeps members to their own scores.

Four group roles of the database carry the privileges (``emulation_<database>_admin``, ``…_secretary``,
``…_member``, ``…_viewer``: roles are the server's, not one database's, so each database has groups of
its own and one database's administrators are nothing in another's); an account's login role
(``emu_<login>``) is a member of its database's groups. A login role already serving another
database's account on the same server is never taken over. Members may read everything but write
only scores — and, by the policy on ``scores``, only their own (role ``member``, their scorer name)
in periods that are not locked — plus the committee-member list and new audit entries. So a member
who connects with psql can do no more than in the application. The grants are made again whenever
an owner opens the database, so tables added by later versions are covered.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, text

PREFIX = "emu_"
GROUP_PREFIX = "emulation_"
ROLES = ("admin", "secretary", "member", "viewer")
#: a longer database name is shortened with a digest, so a group's name stays within PostgreSQL's 63 bytes
DATABASE_KEY = 32
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


def database_key(database: str) -> str:
    """The database's part of its group roles' names."""
    if len(database.encode()) <= DATABASE_KEY:
        return database
    return database.encode()[:20].decode(errors="ignore") + "_" + hashlib.sha256(database.encode()).hexdigest()[:10]


def groups(connection: Connection) -> dict[str, str]:
    """This database's group role for each account role."""
    key = database_key(str(connection.execute(text("SELECT current_database()")).scalar()))
    return {role: f"{GROUP_PREFIX}{key}_{role}" for role in ROLES}


def login_serves_another_database(connection: Connection, login: str) -> bool:
    """Whether the login role of ``login`` exists and belongs to an account of another database on
    this server (a member of groups that are not this database's). A role left behind by a dropped
    database, a member of no group, may be taken again."""
    ours = list(groups(connection).values())
    other = connection.execute(
        text(
            "SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member JOIN pg_roles g ON g.oid = m.roleid "
            "WHERE r.rolname = :login AND g.rolname LIKE :prefix AND NOT (g.rolname = ANY(:ours)) LIMIT 1"
        ),
        {"login": role_name(login), "prefix": GROUP_PREFIX + "%", "ours": ours},
    ).first()
    return other is not None


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
    viewer = groups(connection)["viewer"]
    row = connection.execute(
        text(
            "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = :viewer) AND "
            "EXISTS (SELECT FROM pg_policies WHERE tablename = 'scores' AND policyname = 'scores_own')"
        ),
        {"viewer": viewer},
    ).scalar()
    if not row:
        return False
    missing = connection.execute(
        text(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT has_table_privilege(:viewer, c.oid, 'SELECT')"
        ),
        {"viewer": viewer},
    ).scalar()
    return missing == 0


def sync_grants(connection: Connection) -> None:
    """Create the group roles, grant their privileges on every table, and the policy on scores.

    Owners opening the database at the same moment take turns, and one that finds everything in
    place changes nothing."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": GRANTS_LOCK})
    if grants_current(connection):
        return
    named = groups(connection)
    for group in named.values():
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
    everyone = ", ".join(quoted(g) for g in named.values())
    admin, secretary, member = (quoted(named[k]) for k in ("admin", "secretary", "member"))
    connection.execute(text(f"GRANT USAGE ON SCHEMA public TO {everyone}"))
    for table in tables:
        t = quoted(table)
        connection.execute(text(f"GRANT SELECT ON {t} TO {everyone}"))
        connection.execute(text(f"GRANT ALL ON {t} TO {admin}"))
        if table not in ADMIN_TABLES:
            connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {t} TO {secretary}"))
    connection.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}"))
    connection.execute(text(f"GRANT INSERT, UPDATE, DELETE ON scores TO {member}"))
    # whoever writes anything raises the database's revision in the same transaction (store.revision)
    connection.execute(text(f"GRANT UPDATE ON data_revision TO {everyone}"))
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
    _move_accounts_to(connection, named)


#: the groups every database shared before each had its own
LEGACY_GROUPS = tuple(GROUP_PREFIX + role for role in ROLES)


def _move_accounts_to(connection: Connection, named: dict[str, str]) -> None:
    """Every account's login role into this database's group for its role, out of the shared groups
    of earlier versions."""
    if not connection.execute(text("SELECT to_regclass('public.accounts') IS NOT NULL")).scalar():
        return
    legacy = [r for (r,) in connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:g)"),
                                               {"g": list(LEGACY_GROUPS)})]
    held = connection.execute(
        text("SELECT a.login, a.role FROM accounts a JOIN pg_roles r ON r.rolname = :prefix || a.login"),
        {"prefix": PREFIX},
    ).all()
    for login, role in held:
        if role in named:
            set_group(connection, login, role)
        for group in legacy:
            connection.execute(text(f"REVOKE {quoted(group)} FROM {quoted(role_name(login))}"))


def create_login(connection: Connection, login: str, password: str, role: str) -> None:
    """The account's own database role (made anew if a dropped database left one behind; the caller
    has refused a login that serves another database: ``login_serves_another_database``)."""
    name = quoted(role_name(login))
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role_name(login)}).first()
    attributes = "LOGIN CREATEROLE" if role == "admin" else "LOGIN NOCREATEROLE"
    verb = "ALTER" if exists else "CREATE"
    connection.execute(text(f"{verb} ROLE {name} {attributes} PASSWORD {_literal(connection, password)}"))
    set_group(connection, login, role)


def set_group(connection: Connection, login: str, role: str) -> None:
    name = quoted(role_name(login))
    named = groups(connection)
    for group in named.values():
        connection.execute(text(f"REVOKE {quoted(group)} FROM {name}"))
    option = " WITH ADMIN OPTION" if role == "admin" else ""
    if role == "admin":
        for group in named.values():
            connection.execute(text(f"GRANT {quoted(group)} TO {name}{option}"))
    else:
        connection.execute(text(f"GRANT {quoted(named[role])} TO {name}"))


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
