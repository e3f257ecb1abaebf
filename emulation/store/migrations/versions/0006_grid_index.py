"""An index of each period's scorers by role, so that the scoring page lists the members who
scored a period in a few index lookups instead of reading every entry of the period.

Revision ID: grid_index
Revises: records
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "grid_index"
down_revision: str | None = "records"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_scores_period_role_scorer", "scores", ["period_id", "role", "scorer"])


def downgrade() -> None:
    op.drop_index("ix_scores_period_role_scorer", table_name="scores")
