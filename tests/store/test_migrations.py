"""Migrations build exactly the models' schema, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from emulation.store import Base, Database
from emulation.store.migrate import alembic_config, head_revision, known_revisions

TABLES = {
    "data_revision",
    "period_summaries",
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


def test_one_certificate_in_force_is_a_partial_index_in_the_database_and_the_model(database: Database) -> None:
    """The models name the condition for the back end opened, without loading another's dialect."""
    backend = database.backend
    [in_force] = [ix for ix in inspect(database.engine).get_indexes("certificates")
                  if ix["name"] == "uq_certificates_in_force"]
    assert in_force["unique"] and in_force["column_names"] == ["period_id", "unit_id", "award_name"]
    assert "revoked_at IS NULL" in str(in_force["dialect_options"][f"{backend}_where"])
    [model] = [ix for ix in Base.metadata.tables["certificates"].indexes if ix.name == "uq_certificates_in_force"]
    assert str(model.dialect_options[backend]["where"]) == "revoked_at IS NULL"


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


def test_a_whole_period_is_read_in_the_unique_index_order_and_one_scorer_through_its_index(tmp_path: Path) -> None:
    """Ranking reads a period grouped by unit and leaf without sorting it; the grid's reads of one
    member and of the members' names use the index by role, period and scorer — also once the
    database has statistics (ANALYZE), which made a (period, role, scorer) index win the first."""
    import sqlite3

    from sqlalchemy import select
    from sqlalchemy.dialects import sqlite

    from emulation.services.score_rows import _texts
    from emulation.store import Score

    path = tmp_path / "plans.sqlite"
    Database.open(str(path)).engine.dispose()
    grouped = (select(Score.unit_id, Score.leaf_code, _texts("self"), _texts("member"), _texts("official"))
               .where(Score.period_id == 1).group_by(Score.unit_id, Score.leaf_code)
               .order_by(Score.unit_id, Score.leaf_code))
    rank_sql = str(grouped.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
    with sqlite3.connect(path) as conn:
        conn.execute("ANALYZE")
        conn.execute("INSERT INTO sqlite_stat1 VALUES ('scores', 'ix_scores_period_id', '2500000 2500000'), "
                     "('scores', 'sqlite_autoindex_scores_1', '2500000 2500000 250 5 3 1')")
        conn.execute("ANALYZE sqlite_schema")

        def plan(sql: str) -> str:
            return " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))

        rank_plan = plan(rank_sql)
        assert "TEMP B-TREE" not in rank_plan and "ix_scores_role_period_scorer" not in rank_plan
        assert "ix_scores_role_period_scorer" in plan(
            "SELECT unit_id, leaf_code, raw_value FROM scores "
            "WHERE period_id = 1 AND role = 'member' AND scorer = 'An'")
        assert "COVERING INDEX ix_scores_role_period_scorer" in plan(
            "SELECT scorer FROM scores WHERE period_id = 1 AND role = 'member' AND scorer > '' ORDER BY scorer LIMIT 1")
