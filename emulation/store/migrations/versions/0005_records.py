"""Activity records and their types (the built-in ones filled in), the models register,
indicators, period dates and overrides of measured values.

Revision ID: records
Revises: lock
Create Date: 2026-12-02
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "records"
down_revision: str | None = "lock"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: the built-in types as this revision writes them (later edits belong to the committee)
BUILTIN_TYPES: list[tuple[str, str, list[tuple[str, ...]]]] = [
    ("ra-quan", "Ra quân", [
        ("participants", "Số lượt người tham gia", "count"),
        ("man_days", "Số ngày công", "number"),
        ("money", "Số tiền huy động (đồng)", "money"),
    ]),
    ("tiep-xuc", "Tiếp xúc, đối thoại", [
        ("form", "Hình thức", "choice", "Thường xuyên", "Đột xuất"),
        ("opinions", "Số ý kiến tiếp nhận", "count"),
        ("answered", "Trả lời tại chỗ", "count"),
        ("forwarded", "Chuyển cấp có thẩm quyền", "count"),
        ("resolved", "Đã giải quyết", "count"),
    ]),
    ("diem-den", "Mỗi tuần một điểm đến", [
        ("households", "Số hộ đến thăm", "count"),
        ("cadres", "Số lượt cán bộ tham gia", "count"),
        ("opinions", "Số ý kiến tiếp nhận", "count"),
    ]),
    ("sinh-hoat", "Sinh hoạt chi bộ", [
        ("form", "Hình thức", "choice", "Thường kỳ", "Chuyên đề"),
    ]),
    ("ho-so", "Hồ sơ hành chính", [
        ("received", "Số hồ sơ tiếp nhận", "count"),
        ("processed", "Số hồ sơ đã giải quyết", "count"),
        ("in_progress", "Số hồ sơ đang giải quyết", "count"),
        ("overdue", "Số hồ sơ quá hạn", "count"),
    ]),
]


def _int(name: str, nullable: bool = False, server_default: str | None = None) -> sa.Column[Any]:
    return sa.Column(name, sa.Integer(), nullable=nullable, server_default=server_default)


def _text(name: str, length: int | None = None, nullable: bool = False) -> sa.Column[Any]:
    return sa.Column(name, sa.String(length) if length else sa.Text(), nullable=nullable)


def _fk(column: str, table: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete)


def _index(table: str, column: str) -> None:
    op.create_index(f"ix_{table}_{column}", table, [column], unique=False)


def upgrade() -> None:
    types = op.create_table(
        "activity_types",
        _int("id"),
        _text("code", 64),
        _text("name", 255),
        _text("fields"),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        _int("position", server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_activity_types"),
        sa.UniqueConstraint("code", name="uq_activity_types_code"),
    )
    op.create_table(
        "activity_records",
        _int("id"),
        _int("type_id"),
        _int("unit_id"),
        sa.Column("on", sa.Date(), nullable=False),
        _text("values"),
        _text("note", nullable=True),
        _text("entered_by", 255),
        sa.Column("entered_at", sa.DateTime(timezone=True), nullable=False),
        _fk("type_id", "activity_records", "activity_types", "RESTRICT"),
        _fk("unit_id", "activity_records", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_activity_records"),
    )
    for column in ("type_id", "unit_id", "on"):
        _index("activity_records", column)
    op.create_table(
        "dvk_models",
        _int("id"),
        _text("name", 255),
        _int("unit_id"),
        _text("field", 128),
        _int("year"),
        _text("status", 32),
        _int("stopped_year", nullable=True),
        _text("evidence", nullable=True),
        _fk("unit_id", "dvk_models", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_dvk_models"),
    )
    _index("dvk_models", "unit_id")
    op.create_table(
        "indicators",
        _int("id"),
        _int("unit_id"),
        _int("year"),
        _text("name", 255),
        _text("target", 64),
        _text("achieved", 64, nullable=True),
        _fk("unit_id", "indicators", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_indicators"),
        sa.UniqueConstraint("unit_id", "year", "name", name="uq_indicators_unit_id_year_name"),
    )
    _index("indicators", "unit_id")
    op.create_table(
        "period_spans",
        _int("period_id"),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        _fk("period_id", "period_spans", "periods", "CASCADE"),
        sa.PrimaryKeyConstraint("period_id", name="pk_period_spans"),
    )
    op.create_table(
        "measure_overrides",
        _int("period_id"),
        _int("unit_id"),
        _text("leaf_code", 64),
        _text("raw_value"),
        _text("reason"),
        _text("by", 255),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        _fk("period_id", "measure_overrides", "periods", "CASCADE"),
        _fk("unit_id", "measure_overrides", "units", "RESTRICT"),
        sa.PrimaryKeyConstraint("period_id", "unit_id", "leaf_code", name="pk_measure_overrides"),
    )
    _index("measure_overrides", "unit_id")
    op.bulk_insert(types, [
        {"code": code, "name": name, "builtin": True, "position": i, "fields": _fields(fields)}
        for i, (code, name, fields) in enumerate(BUILTIN_TYPES)
    ])


def _fields(fields: list[tuple[str, ...]]) -> str:
    out: list[dict[str, Any]] = []
    for code, label, kind, *choices in fields:
        item: dict[str, Any] = {"code": code, "label": label, "kind": kind}
        if choices:
            item["choices"] = choices
        out.append(item)
    return json.dumps(out, ensure_ascii=False)


def downgrade() -> None:
    for table in ("measure_overrides", "period_spans", "indicators", "dvk_models", "activity_records",
                  "activity_types"):
        op.drop_table(table)
