"""Every model survives a round trip; constraints hold on both back ends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError, StatementError

from emulation.store import (
    AuditEntry,
    AwardOverride,
    Certificate,
    CriteriaSetRow,
    Database,
    Period,
    PeriodSource,
    PeriodUnit,
    Score,
    Scorer,
    Setting,
    Unit,
    VetoMark,
    utc_now,
)
from tests.store.factories import DOCUMENT, add_period, add_unit

HANOI = timezone(timedelta(hours=7))
WHEN = datetime(2026, 11, 5, 14, 30, 15, 123456, tzinfo=HANOI)


def test_unit_tree_round_trip(database: Database) -> None:
    with database.session() as session:
        commune = Unit(code="X01", name="Xã Vĩnh Yên", kind="xã")
        commune.children = [
            Unit(code="T02", name="Thôn Đoài", cluster="Cụm 1", position=2),
            Unit(code="T01", name="Thôn Đông", cluster="Cụm 1", position=1),
        ]
        session.add(commune)
    with database.session() as session:
        loaded = session.scalars(select(Unit).where(Unit.code == "X01")).one()
        assert [c.code for c in loaded.children] == ["T01", "T02"]
        child = loaded.children[0]
        assert (child.name, child.kind, child.cluster) == ("Thôn Đông", None, "Cụm 1")
        assert child.parent is loaded
        assert loaded.parent_id is None
        assert loaded.position == 0


def test_criteria_set_and_period_round_trip(database: Database) -> None:
    with database.session() as session:
        criteria = CriteriaSetRow(
            name="Dân vận khéo",
            revision=2,
            document=DOCUMENT,
            fingerprint="f" * 32,
            builtin=True,
            created_at=WHEN,
            created_by="Thư ký",
        )
        session.add(criteria)
        session.flush()
        session.add(
            Period(
                name="Năm 2026",
                kind="year",
                criteria_set_id=criteria.id,
                criteria_document=DOCUMENT,
                criteria_fingerprint="f" * 32,
                is_summary=True,
                skip_missing=True,
                locked=True,
                locked_by="Chủ tịch",
                locked_at=WHEN,
                decision_number="05/QĐ-UBND",
                decision_date=date(2026, 12, 31),
                created_at=WHEN,
            )
        )
    with database.session() as session:
        period = session.scalars(select(Period)).one()
        assert period.criteria_set.name == "Dân vận khéo"
        assert period.criteria_set.revision == 2
        assert period.criteria_set.builtin is True
        assert period.criteria_set.created_by == "Thư ký"
        assert period.criteria_document == DOCUMENT
        assert (period.is_summary, period.skip_missing, period.locked) == (True, True, True)
        assert period.locked_by == "Chủ tịch"
        assert period.decision_number == "05/QĐ-UBND"
        assert period.decision_date == date(2026, 12, 31)


def test_datetimes_come_back_aware_in_utc(database: Database) -> None:
    with database.session() as session:
        session.add(Scorer(name="Nguyễn Văn An", created_at=WHEN))
    with database.session() as session:
        created = session.scalars(select(Scorer.created_at)).one()
    assert created.tzinfo == UTC
    assert created == WHEN
    assert created.hour == 7


def test_defaults_are_filled_in(database: Database) -> None:
    with database.session() as session:
        scorer = Scorer(name="Trần Thị Bình")
        session.add(scorer)
        period = add_period(session)
    assert scorer.created_at.tzinfo == UTC
    assert (period.is_summary, period.skip_missing, period.locked) == (False, False, False)
    assert period.locked_at is None


def test_naive_datetimes_are_refused(database: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), database.session() as session:
        session.add(Scorer(name="An", created_at=datetime(2026, 1, 1, 8, 0)))


def test_period_members_round_trip(database: Database) -> None:
    with database.session() as session:
        unit = add_unit(session)
        month = add_period(session, "Tháng 1/2026")
        year = Period(
            name="Năm 2026",
            kind="year",
            criteria_set_id=month.criteria_set_id,
            criteria_document=DOCUMENT,
            criteria_fingerprint="x",
            is_summary=True,
        )
        session.add(year)
        session.flush()
        session.add_all(
            [
                PeriodUnit(period_id=month.id, unit_id=unit.id),
                PeriodSource(summary_id=year.id, source_id=month.id, position=1),
            ]
        )
    with database.session() as session:
        assert session.scalars(select(PeriodUnit.unit_id)).all() == [unit.id]
        source = session.scalars(select(PeriodSource)).one()
        assert (source.summary_id, source.source_id, source.position) == (year.id, month.id, 1)


def test_scores_vetoes_and_overrides_round_trip(database: Database) -> None:
    with database.session() as session:
        unit = add_unit(session)
        period = add_period(session)
        session.add_all(
            [
                Score(
                    period_id=period.id,
                    unit_id=unit.id,
                    leaf_code="I.1",
                    role="self",
                    raw_value="8.5",
                    entered_by="Thư ký",
                    entered_at=WHEN,
                ),
                Score(
                    period_id=period.id,
                    unit_id=unit.id,
                    leaf_code="I.4",
                    role="member",
                    scorer="Nguyễn Văn An",
                    raw_value="Tốt",
                    entered_by="Thư ký",
                ),
                VetoMark(period_id=period.id, unit_id=unit.id, veto_code="K1", set_by="Thư ký"),
                AwardOverride(
                    period_id=period.id,
                    unit_id=unit.id,
                    include=False,
                    reason="Có đơn thư phản ánh",
                    by="Chủ tịch",
                ),
            ]
        )
    with database.session() as session:
        scores = session.scalars(select(Score).order_by(Score.leaf_code)).all()
        assert [(s.leaf_code, s.role, s.scorer, s.raw_value) for s in scores] == [
            ("I.1", "self", "", "8.5"),
            ("I.4", "member", "Nguyễn Văn An", "Tốt"),
        ]
        assert scores[0].entered_at == WHEN
        veto = session.scalars(select(VetoMark)).one()
        assert (veto.veto_code, veto.set_by) == ("K1", "Thư ký")
        override = session.scalars(select(AwardOverride)).one()
        assert (override.include, override.award_name) == (False, None)
        assert override.reason == "Có đơn thư phản ánh"


def test_certificate_setting_and_audit_round_trip(database: Database) -> None:
    payload = '{"serial": 1, "sig": "ab12"}'
    with database.session() as session:
        unit = add_unit(session)
        period = add_period(session)
        session.add_all(
            [
                Certificate(
                    serial=1,
                    period_id=period.id,
                    unit_id=unit.id,
                    award_name="Giấy khen",
                    recipient_name="Thôn Đông",
                    issued_at=WHEN,
                    issued_by="Thư ký",
                    decision_number="05/QĐ-UBND",
                    decision_date=date(2026, 11, 5),
                    payload=payload,
                ),
                Setting(key="place", value="Bảo Yên"),
                AuditEntry(
                    at=WHEN,
                    who="Thư ký",
                    action="lock",
                    entity="period",
                    period_name="Tháng 10/2026",
                ),
            ]
        )
    with database.session() as session:
        cert = session.scalars(select(Certificate)).one()
        assert (cert.serial, cert.award_name, cert.recipient_name) == (1, "Giấy khen", "Thôn Đông")
        assert (cert.decision_number, cert.decision_date) == ("05/QĐ-UBND", date(2026, 11, 5))
        assert (cert.payload, cert.issued_at) == (payload, WHEN)
        assert session.get(Setting, "place") is not None
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.action, entry.period_name, entry.unit_code) == ("lock", "Tháng 10/2026", None)


def _score(period: Period, unit: Unit, role: str = "member", scorer: str = "An") -> Score:
    return Score(
        period_id=period.id,
        unit_id=unit.id,
        leaf_code="I.1",
        role=role,
        scorer=scorer,
        raw_value="5",
    )


def test_one_score_per_period_unit_leaf_role_and_scorer(database: Database) -> None:
    with database.session() as session:
        unit, period = add_unit(session), add_period(session)
        session.add_all(
            [
                _score(period, unit),
                _score(period, unit, scorer="Bình"),
                _score(period, unit, role="official", scorer="An"),
            ]
        )
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(_score(period, unit))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Score)) == 3


def test_unknown_role_is_refused(database: Database) -> None:
    with database.session() as session:
        unit, period = add_unit(session), add_period(session)
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(_score(period, unit, role="guest"))


def _certificate(period: Period, unit: Unit, serial: int, award: str) -> Certificate:
    return Certificate(
        serial=serial,
        period_id=period.id,
        unit_id=unit.id,
        award_name=award,
        recipient_name=unit.name,
    )


def test_certificate_serial_is_unique(database: Database) -> None:
    with database.session() as session:
        period = add_period(session)
        first, second = add_unit(session, "T01"), add_unit(session, "T02")
        session.add(_certificate(period, first, 1, "Giấy khen"))
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(_certificate(period, second, 1, "Giấy khen"))


def test_one_certificate_in_force_per_period_unit_and_award(database: Database) -> None:
    with database.session() as session:
        period, unit = add_period(session), add_unit(session)
        session.add(_certificate(period, unit, 1, "Giấy khen"))
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(_certificate(period, unit, 2, "Giấy khen"))
    with database.session() as session:  # revoked, it gives way to a new certificate
        first = session.scalars(select(Certificate)).one()
        first.revoked_at, first.revoke_reason = utc_now(), "quyết định mới"
        session.add(_certificate(period, unit, 2, "Giấy khen"))


def test_criteria_revision_is_unique_per_name(database: Database) -> None:
    with database.session() as session:
        add_period(session)
    with pytest.raises(IntegrityError), database.session() as session:
        session.add(CriteriaSetRow(name="Thôn sạch", revision=1, document="{}", fingerprint="x"))


def test_deleting_a_period_deletes_its_scores(database: Database) -> None:
    with database.session() as session:
        unit, period = add_unit(session), add_period(session)
        session.add_all([_score(period, unit), PeriodUnit(period_id=period.id, unit_id=unit.id)])
    with database.session() as session:
        session.execute(delete(Period))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Score)) == 0
        assert session.scalar(select(func.count()).select_from(PeriodUnit)) == 0


def test_a_scored_unit_cannot_be_deleted(database: Database) -> None:
    with database.session() as session:
        unit, period = add_unit(session), add_period(session)
        session.add(_score(period, unit))
    with pytest.raises(IntegrityError), database.session() as session:
        session.execute(delete(Unit))
