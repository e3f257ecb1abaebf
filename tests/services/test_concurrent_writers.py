"""Several people on one database: concurrent writers (processes) lose no update and deadlock never.

Two or ten processes edit the same few cells of one committee member's scores at once, each edit
made on the value it read. Afterwards every accepted edit is in the audit log under the account
that made it, each cell's log is one unbroken chain (every entry's old value is the previous
entry's new one: nothing was overwritten unseen), the cell holds the chain's last value, and every
refusal was a clear message.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from emulation.scoring.scores import Role
from emulation.services import criteria, periods, units
from emulation.services.accounts import add_account
from emulation.services.scores import NewValue, set_scores
from emulation.services.workspace import Workspace
from emulation.store import AuditEntry
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES
from tests.services import concurrent_writer
from tests.services.concurrent_writer import CELLS, PERIOD

SCORER = "Nguyễn Văn An"
PASSWORD = "mật-khẩu-2026"


def prepare(url: str, tmp_path: Path, writers: int) -> list[str]:
    ws = Workspace.open(url, user="chủ cơ sở dữ liệu")
    try:
        doc = tmp_path / "tieu-chi.json"
        doc.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
        criteria.import_criteria(ws, doc)
        units.import_units(ws, SAMPLES / "don-vi-bao-yen.xlsx")
        periods.create_period(ws, PERIOD, criteria=CRITERIA["name"])
        set_scores(ws, PERIOD, Role.MEMBER, SCORER, [NewValue(u, leaf, None) for u, leaf in CELLS])
        add_account(ws, "quantri", "Quản trị", "admin", PASSWORD)
        logins = [f"tk{i}" for i in range(writers)]  # secretaries: each may enter the member's scores
        for login in logins:
            add_account(ws, login, f"Thư ký {login}", "secretary", PASSWORD)
    finally:
        ws.close()
    return logins


def hammer(url: str, tmp_path: Path, logins: list[str], seconds: float, via_role: bool) -> list[dict[str, object]]:
    context = multiprocessing.get_context("spawn")
    jobs = []
    for i, login in enumerate(logins):
        out = tmp_path / f"{login}.json"
        target = (
            url.replace("postgresql+psycopg://postgres@", f"postgresql+psycopg://emu_{login}@") if via_role else url
        )
        args = (target, login, None if via_role else PASSWORD, SCORER, seconds, str(out), i)
        jobs.append((context.Process(target=concurrent_writer.run, args=args), out))
    for process, _ in jobs:
        process.start()
    for process, _ in jobs:
        process.join(timeout=seconds + 120)
        assert process.exitcode == 0, "a writer crashed"
    return [json.loads(out.read_text(encoding="utf-8")) for _, out in jobs]


def check(url: str, results: list[dict[str, object]]) -> None:
    accepted = {r["user"]: sum(1 for o in r["outcomes"] if o["ok"] and o["changed"]) for r in results}  # type: ignore[union-attr]
    refusals = [o for r in results for o in r["outcomes"] if not o["ok"]]  # type: ignore[union-attr]
    assert sum(accepted.values()) > 0
    for refused in refusals:
        assert refused["kind"] in {"EditConflict", "DatabaseBusy"}
        assert all(
            why.split(": ", 1)[-1].startswith(("ô này vừa được", "cơ sở dữ liệu đang bận")) for why in refused["why"]
        )
    ws = Workspace.open(url)
    try:
        with ws.db.session() as session:
            log = session.execute(
                select(
                    AuditEntry.who, AuditEntry.unit_code, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value
                )
                .where(AuditEntry.action == "score", AuditEntry.who.in_(list(accepted)))
                .order_by(AuditEntry.id)
            ).all()
        by_who: dict[str, int] = defaultdict(int)
        chains: dict[tuple[str, str], list[tuple[str | None, str | None]]] = defaultdict(list)
        for who, unit, field, old, new in log:
            by_who[who] += 1
            chains[(unit, str(field).split(" ")[0])].append((old, new))
        assert dict(by_who) == {who: n for who, n in accepted.items() if n}  # every accepted edit, right account
        for cell, chain in chains.items():
            for (_, before), (after_old, _) in itertools.pairwise(chain):
                assert after_old == before, f"{cell}: an update was lost"
            assert concurrent_writer.current(ws, SCORER, *cell) == chain[-1][1]
    finally:
        ws.close()


def test_two_writers_on_sqlite(tmp_path: Path) -> None:
    url = str(tmp_path / "chung.sqlite")
    logins = prepare(url, tmp_path, 2)
    check(url, hammer(url, tmp_path, logins, seconds=6, via_role=False))


@pytest.mark.postgres
def test_two_writers_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    logins = prepare(postgres_url, tmp_path, 2)
    check(postgres_url, hammer(postgres_url, tmp_path, logins, seconds=6, via_role=True))


@pytest.mark.postgres
def test_ten_writers_for_a_minute_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    logins = prepare(postgres_url, tmp_path, 10)
    check(postgres_url, hammer(postgres_url, tmp_path, logins, seconds=60, via_role=True))
