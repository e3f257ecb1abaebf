"""A threshold changed while another member locks a period: the period keeps the vote it was locked
with. On a real PostgreSQL server, where two members write at once."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from emulation.services.award_terms import set_threshold
from emulation.services.council_members import set_member
from emulation.services.council_session import add_candidate, enter_tally, open_session
from emulation.services.demo import build_demo
from emulation.services.lookup import PERIOD_LOCK_SPACE, period_named
from emulation.services.printing import print_certificates, set_decision
from emulation.services.workspace import Workspace
from emulation.store import Certificate
from tests.services.council_demo import MEMBERS, PERIOD, PRESENT
from tests.services.printing_demo import DECISION, ON, unlock_signing_key

pytestmark = pytest.mark.postgres
TALLY = [("PR-T3", 4, 0), ("ND-T4", 1, 3), ("VY-T1", 3, 1), ("VY-T2", 3, 0)]


def _revoked(ws: Workspace) -> list[int]:
    with ws.transaction() as session:
        return list(session.scalars(select(Certificate.serial).where(Certificate.revoke_reason.is_not(None))))


def test_a_threshold_change_leaves_a_period_being_locked_as_it_is_locked(postgres_url: str, tmp_path: Path) -> None:
    ws = Workspace.open(postgres_url, user="thư ký")
    try:
        build_demo(ws)
        for name, position in MEMBERS:
            set_member(ws, name, position)
        set_decision(ws, PERIOD, DECISION, ON)
        unlock_signing_key(ws, tmp_path / "khoa.pem")
        open_session(ws, PERIOD, present=PRESENT)
        add_candidate(ws, PERIOD, "VY-T2", "Giấy khen", "Đột xuất cứu hộ lũ")
        enter_tally(ws, PERIOD, TALLY)
        print_certificates(ws, PERIOD, tmp_path / "gk.pdf")
        with ws.transaction() as session:
            period_id = period_named(session, PERIOD).id
        # another member is locking the period: holding its turn, the row changed, not yet committed
        with psycopg.connect(postgres_url.replace("postgresql+psycopg://", "postgresql://")) as other:
            other.execute("SELECT pg_advisory_xact_lock(%s, %s)", (PERIOD_LOCK_SPACE, period_id))
            other.execute("UPDATE periods SET locked = true WHERE id = %s", (period_id,))
            # 3 of 4 present (75 %) would no longer pass 80 %: counted again, PR-T3's certificate goes
            change = threading.Thread(target=set_threshold, args=(ws, "Giấy khen", "80%", "attending"))
            change.start()
            change.join(1.0)
            assert change.is_alive(), "the threshold change did not wait for the period being locked"
            other.commit()
        change.join(30)
        assert not change.is_alive()
        assert _revoked(ws) == []  # the period was locked first: its approved list stands
    finally:
        ws.close()
