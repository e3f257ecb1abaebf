"""The council: members, sessions with attendance, candidates and votes; award terms; award history.

Revision ID: council
Revises: 0001
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "council"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str, length: int | None = None, nullable: bool = False) -> sa.Column[Any]:
    kind = sa.String(length) if length else sa.Text()
    return sa.Column(name, kind, nullable=nullable)


def _int(name: str, nullable: bool = False, server_default: str | None = None) -> sa.Column[Any]:
    return sa.Column(name, sa.Integer(), nullable=nullable, server_default=server_default)


def _utc(name: str) -> sa.Column[Any]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def _fk(column: str, table: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "council_members",
        _int("id"),
        _text("name", 255),
        _text("position", 255),
        _int("rank", server_default="0"),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_council_members"),
        sa.UniqueConstraint("name", name="uq_council_members_name"),
    )
    op.create_table(
        "council_sessions",
        _int("id"),
        _int("period_id"),
        sa.Column("held_on", sa.Date(), nullable=False),
        _int("members_count"),
        _text("opened_by", 255),
        _utc("opened_at"),
        _fk("period_id", "council_sessions", "periods", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_council_sessions"),
        sa.UniqueConstraint("period_id", name="uq_council_sessions_period_id"),
    )
    op.create_table(
        "council_attendance",
        _int("session_id"),
        _text("name", 255),
        _text("position", 255),
        _int("rank"),
        sa.Column("present", sa.Boolean(), nullable=False),
        _fk("session_id", "council_attendance", "council_sessions", "CASCADE"),
        sa.PrimaryKeyConstraint("session_id", "name", name="pk_council_attendance"),
    )
    op.create_table(
        "council_candidates",
        _int("id"),
        _int("session_id"),
        _int("unit_id"),
        _text("award_name", 255),
        _text("origin", 16),
        sa.Column("removed", sa.Boolean(), nullable=False),
        _text("reason"),
        _int("position"),
        _int("yes", nullable=True),
        _int("no", nullable=True),
        _fk("session_id", "council_candidates", "council_sessions", "CASCADE"),
        _fk("unit_id", "council_candidates", "units", "RESTRICT"),
        sa.CheckConstraint("origin IN ('proposed', 'added')", name="ck_council_candidates_origin"),
        sa.PrimaryKeyConstraint("id", name="pk_council_candidates"),
        sa.UniqueConstraint("session_id", "unit_id", name="uq_council_candidates_session_id_unit_id"),
    )
    op.create_index("ix_council_candidates_unit_id", "council_candidates", ["unit_id"], unique=False)
    op.create_table(
        "award_terms",
        _text("award_name", 255),
        _text("vote_share", 16),
        _text("vote_base", 16),
        _text("legal_bases"),
        sa.PrimaryKeyConstraint("award_name", name="pk_award_terms"),
    )
    op.create_table(
        "award_history",
        _int("id"),
        _int("year"),
        _text("unit_code", 64),
        _text("unit_name", 255),
        _text("parent_name", 255),
        _text("award_name", 255, nullable=True),
        _text("grade", 255, nullable=True),
        _text("source", 16),
        _text("period_name", 255),
        _text("decision_number", 64),
        _text("recorded_by", 255),
        _utc("recorded_at"),
        sa.CheckConstraint("source IN ('decision', 'import')", name="ck_award_history_source"),
        sa.PrimaryKeyConstraint("id", name="pk_award_history"),
    )
    op.create_index("ix_award_history_year", "award_history", ["year"], unique=False)
    op.create_index("ix_award_history_unit_code", "award_history", ["unit_code"], unique=False)


def downgrade() -> None:
    for table in (
        "award_history", "award_terms", "council_candidates", "council_attendance", "council_sessions",
        "council_members",
    ):
        op.drop_table(table)
