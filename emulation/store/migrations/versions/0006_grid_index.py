"""An index of the scores by role, period and scorer: the scoring page lists the members who
scored a period in a few index lookups instead of reading every entry of the period, and reads one
member's values without the others'. The role comes first so that a read of a whole period
(ranking, in the order of the unique index) is never planned on this index.

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
    op.create_index("ix_scores_role_period_scorer", "scores", ["role", "period_id", "scorer"])


def downgrade() -> None:
    op.drop_index("ix_scores_role_period_scorer", table_name="scores")
