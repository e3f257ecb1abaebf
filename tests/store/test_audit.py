"""The audit log records who changed what."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from emulation.store import AuditEntry, Database, record


def test_record_writes_one_entry(database: Database) -> None:
    before = datetime.now(UTC)
    with database.session() as session:
        record(
            session,
            who="Thư ký",
            action="score",
            entity="score",
            period_name="Tháng 10/2026",
            unit_code="T01",
            field="I.1",
            old="7.5",
            new="8.5",
            detail="Sửa theo biên bản họp",
        )
    with database.session() as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert (entry.who, entry.action, entry.entity) == ("Thư ký", "score", "score")
    assert (entry.period_name, entry.unit_code, entry.field) == ("Tháng 10/2026", "T01", "I.1")
    assert (entry.old_value, entry.new_value) == ("7.5", "8.5")
    assert entry.detail == "Sửa theo biên bản họp"
    assert entry.at.tzinfo == UTC
    assert before <= entry.at <= datetime.now(UTC)


def test_record_is_part_of_the_callers_transaction(database: Database) -> None:
    try:
        with database.session() as session:
            record(session, who="An", action="import", entity="scores")
            raise ValueError("the import failed")
    except ValueError:
        pass
    with database.session() as session:
        assert session.scalars(select(AuditEntry)).all() == []


def test_optional_fields_default_to_null(database: Database) -> None:
    with database.session() as session:
        record(session, who="An", action="lock", entity="period")
    with database.session() as session:
        entry = session.scalars(select(AuditEntry)).one()
    assert entry.period_name is entry.unit_code is entry.field is None
    assert entry.old_value is entry.new_value is entry.detail is None
