"""Initial schema: units, criteria sets, periods, scores, awards, register, settings, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _utc(name: str, nullable: bool = False) -> sa.Column[Any]:
    """An aware UTC timestamp (the models' UTCDateTime)."""
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _text(name: str, length: int | None = None, nullable: bool = False) -> sa.Column[Any]:
    kind = sa.String(length) if length else sa.Text()
    return sa.Column(name, kind, nullable=nullable)


def _int(name: str, server_default: str | None = None) -> sa.Column[Any]:
    return sa.Column(name, sa.Integer(), nullable=False, server_default=server_default)


def _fk(column: str, table: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def _index(table: str, column: str) -> None:
    op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def upgrade() -> None:
    _create_reference_tables()
    _create_periods()
    _create_period_tables()
    _create_audit_log()


def _create_reference_tables() -> None:
    op.create_table(
        "units",
        _int("id"),
        _text("code", 64),
        _text("name", 255),
        _text("kind", 64, nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        _text("cluster", 128, nullable=True),
        _int("position", server_default="0"),
        _fk("parent_id", "units", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_units"),
        sa.UniqueConstraint("code", name="uq_units_code"),
    )
    _index("units", "parent_id")
    op.create_table(
        "criteria_sets",
        _int("id"),
        _text("name", 255),
        _int("revision"),
        _text("document"),
        _text("fingerprint", 32),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        _utc("created_at"),
        _text("created_by", 255),
        sa.CheckConstraint("revision >= 1", name="ck_criteria_sets_revision_positive"),
        sa.PrimaryKeyConstraint("id", name="pk_criteria_sets"),
        sa.UniqueConstraint("name", "revision", name="uq_criteria_sets_name_revision"),
    )
    op.create_table(
        "scorers",
        _int("id"),
        _text("name", 255),
        _utc("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_scorers"),
        sa.UniqueConstraint("name", name="uq_scorers_name"),
    )
    op.create_table(
        "settings",
        _text("key", 64),
        _text("value"),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def _create_periods() -> None:
    op.create_table(
        "periods",
        _int("id"),
        _text("name", 255),
        _text("kind", 32),
        _int("criteria_set_id"),
        _text("criteria_document"),
        _text("criteria_fingerprint", 32),
        sa.Column("is_summary", sa.Boolean(), nullable=False),
        sa.Column("skip_missing", sa.Boolean(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        _text("locked_by", 255, nullable=True),
        _utc("locked_at", nullable=True),
        _text("decision_number", 64, nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        _utc("created_at"),
        sa.CheckConstraint("kind IN ('month', 'quarter', 'year', 'other')", name="ck_periods_kind"),
        _fk("criteria_set_id", "periods", "criteria_sets", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_periods"),
        sa.UniqueConstraint("name", name="uq_periods_name"),
    )
    _index("periods", "criteria_set_id")
    op.create_table(
        "period_units",
        _int("period_id"),
        _int("unit_id"),
        _fk("period_id", "period_units", "periods", "CASCADE"),
        _fk("unit_id", "period_units", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("period_id", "unit_id", name="pk_period_units"),
    )
    _index("period_units", "unit_id")
    op.create_table(
        "period_sources",
        _int("summary_id"),
        _int("source_id"),
        _int("position", server_default="0"),
        _fk("summary_id", "period_sources", "periods", "CASCADE"),
        _fk("source_id", "period_sources", "periods", "RESTRICT"),
        sa.PrimaryKeyConstraint("summary_id", "source_id", name="pk_period_sources"),
    )
    _index("period_sources", "source_id")


def _create_period_tables() -> None:
    op.create_table(
        "scores",
        _int("id"),
        _int("period_id"),
        _int("unit_id"),
        _text("leaf_code", 64),
        _text("role", 16),
        _text("scorer", 255),
        _text("raw_value"),
        _text("entered_by", 255),
        _utc("entered_at"),
        sa.CheckConstraint("role IN ('self', 'member', 'official')", name="ck_scores_role"),
        _fk("period_id", "scores", "periods", "CASCADE"),
        _fk("unit_id", "scores", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_scores"),
        sa.UniqueConstraint(
            "period_id",
            "unit_id",
            "leaf_code",
            "role",
            "scorer",
            name="uq_scores_period_id_unit_id_leaf_code_role_scorer",
        ),
    )
    _index("scores", "period_id")
    _index("scores", "unit_id")
    op.create_table(
        "veto_marks",
        _int("period_id"),
        _int("unit_id"),
        _text("veto_code", 64),
        _text("set_by", 255),
        _utc("set_at"),
        _fk("period_id", "veto_marks", "periods", "CASCADE"),
        _fk("unit_id", "veto_marks", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("period_id", "unit_id", "veto_code", name="pk_veto_marks"),
    )
    _index("veto_marks", "unit_id")
    op.create_table(
        "award_overrides",
        _int("id"),
        _int("period_id"),
        _int("unit_id"),
        sa.Column("include", sa.Boolean(), nullable=False),
        _text("award_name", 255, nullable=True),
        _text("reason"),
        _text("by", 255),
        _utc("at"),
        _fk("period_id", "award_overrides", "periods", "CASCADE"),
        _fk("unit_id", "award_overrides", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_award_overrides"),
        sa.UniqueConstraint("period_id", "unit_id", name="uq_award_overrides_period_id_unit_id"),
    )
    _index("award_overrides", "unit_id")
    op.create_table(
        "certificates",
        _int("id"),
        _int("serial"),
        _int("period_id"),
        _int("unit_id"),
        _text("award_name", 255),
        _text("recipient_name", 255),
        _utc("issued_at"),
        _text("issued_by", 255),
        _text("decision_number", 64, nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=True),
        _text("payload"),
        _fk("period_id", "certificates", "periods", "RESTRICT"),
        _fk("unit_id", "certificates", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_certificates"),
        sa.UniqueConstraint("serial", name="uq_certificates_serial"),
        sa.UniqueConstraint(
            "period_id",
            "unit_id",
            "award_name",
            name="uq_certificates_period_id_unit_id_award_name",
        ),
    )
    _index("certificates", "unit_id")


def _create_audit_log() -> None:
    op.create_table(
        "audit_log",
        _int("id"),
        _utc("at"),
        _text("who", 255),
        _text("action", 64),
        _text("entity", 64),
        _text("period_name", 255, nullable=True),
        _text("unit_code", 64, nullable=True),
        _text("field", 255, nullable=True),
        _text("old_value", nullable=True),
        _text("new_value", nullable=True),
        _text("detail", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    for column in ("at", "who", "period_name", "unit_code"):
        _index("audit_log", column)


def downgrade() -> None:
    for table in (
        "audit_log",
        "certificates",
        "award_overrides",
        "veto_marks",
        "scores",
        "period_sources",
        "period_units",
        "periods",
        "settings",
        "scorers",
        "criteria_sets",
        "units",
    ):
        op.drop_table(table)
