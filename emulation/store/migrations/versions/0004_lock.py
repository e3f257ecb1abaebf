"""A lock freezes the period's result; the register records revocations; the certificate
secret kept in the settings (which let anyone holding the file mint certificates) is removed:
certificates are signed with a key kept outside the database.

Revision ID: lock
Revises: accounts
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "lock"
down_revision: str | None = "accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "period_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_id", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("frozen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("frozen_by", sa.String(255), nullable=False),
        sa.Column("released_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("released_by", sa.String(255), nullable=True),
        sa.Column("release_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["period_id"], ["periods.id"], name="fk_period_results_period_id_periods", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_period_results"),
    )
    op.create_index("ix_period_results_period_id", "period_results", ["period_id"], unique=False)
    with op.batch_alter_table("certificates") as batch:
        batch.drop_constraint("uq_certificates_period_id_unit_id_award_name", type_="unique")
        batch.add_column(sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("revoked_by", sa.String(255), nullable=True))
        batch.add_column(sa.Column("revoke_reason", sa.Text(), nullable=True))
    op.create_index("ix_certificates_period_id", "certificates", ["period_id"], unique=False)
    in_force = sa.text("revoked_at IS NULL")
    op.create_index("uq_certificates_in_force", "certificates", ["period_id", "unit_id", "award_name"], unique=True,
                    sqlite_where=in_force, postgresql_where=in_force)
    op.execute(sa.text("DELETE FROM settings WHERE key = 'certificate_secret'"))


def downgrade() -> None:
    op.drop_index("uq_certificates_in_force", table_name="certificates")
    op.drop_index("ix_certificates_period_id", table_name="certificates")
    with op.batch_alter_table("certificates") as batch:
        batch.drop_column("revoke_reason")
        batch.drop_column("revoked_by")
        batch.drop_column("revoked_at")
        batch.create_unique_constraint(
            "uq_certificates_period_id_unit_id_award_name", ["period_id", "unit_id", "award_name"]
        )
    op.drop_index("ix_period_results_period_id", table_name="period_results")
    op.drop_table("period_results")
