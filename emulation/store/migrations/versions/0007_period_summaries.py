"""The database's revision, raised by every transaction that writes, and the periods' summaries
stored against it: the overview reads a period's summary instead of ranking the period while the
revision it was made at is still the database's.

Revision ID: period_summaries
Revises: grid_index
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "period_summaries"
down_revision: str | None = "grid_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    revisions = op.create_table(
        "data_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_revision")),
    )
    op.bulk_insert(revisions, [{"id": 1, "revision": 0}])
    op.create_table(
        "period_summaries",
        sa.Column("period_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("revision", sa.BigInteger(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("period_id", name=op.f("pk_period_summaries")),
    )


def downgrade() -> None:
    op.drop_table("period_summaries")
    op.drop_table("data_revision")
