"""Migrations build exactly the models' schema, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from emulation.store import Base, Database
from emulation.store.migrate import alembic_config, head_revision, known_revisions

TABLES = {
    "accounts",
    "activity_records",
    "activity_types",
    "dvk_models",
    "indicators",
    "measure_overrides",
    "period_spans",
    "alembic_version",
    "audit_log",
    "award_history",
    "award_overrides",
    "award_terms",
    "certificates",
    "council_attendance",
    "council_candidates",
    "council_members",
    "council_sessions",
    "criteria_sets",
    "period_results",
    "period_sources",
    "period_units",
    "periods",
    "scorers",
    "scores",
    "settings",
    "sign_ins",
    "units",
    "veto_marks",
}


def test_every_table_is_created(database: Database) -> None:
    assert set(inspect(database.engine).get_table_names()) == TABLES
    assert set(Base.metadata.tables) == TABLES - {"alembic_version"}


def test_database_is_stamped_with_the_head(database: Database) -> None:
    with database.engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == head_revision()
    assert head_revision() in known_revisions()


def test_models_match_the_migrations(database: Database) -> None:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "target_metadata": Base.metadata,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_indexes_and_named_constraints(database: Database) -> None:
    inspector = inspect(database.engine)
    audit_indexes = {ix["name"] for ix in inspector.get_indexes("audit_log")}
    assert audit_indexes == {
        "ix_audit_log_at",
        "ix_audit_log_period_name",
        "ix_audit_log_unit_code",
        "ix_audit_log_who",
    }
    assert "ix_scores_period_id" in {ix["name"] for ix in inspector.get_indexes("scores")}
    assert inspector.get_foreign_keys("audit_log") == []
    unique = {uc["name"] for uc in inspector.get_unique_constraints("scores")}
    assert unique == {"uq_scores_period_id_unit_id_leaf_code_role_scorer"}


def test_reopening_is_a_no_op(database: Database) -> None:
    again = Database.open(database.url)
    try:
        with again.engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM alembic_version")) == 1
    finally:
        again.dispose()


def test_downgrade_to_base_and_back(database: Database) -> None:
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(inspect(database.engine).get_table_names()) == {"alembic_version"}
    with database.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    assert set(inspect(database.engine).get_table_names()) == TABLES
