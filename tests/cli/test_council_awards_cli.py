"""On the command line, on SQLite and PostgreSQL: once the council has voted, `awards` is its approved list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import SAMPLES, Run
from .scenario import CRITERIA, MEMBERS, fill

PERIOD = "Tháng 10/2026"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def target(request: pytest.FixtureRequest, db: Path) -> str:
    if request.param == "postgresql":
        return str(request.getfixturevalue("postgres_url"))
    return str(db)


def _prepare(run: Run, tmp_path: Path) -> None:
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    for args in (("criteria", "import", str(criteria)), ("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx")),
                 ("period", "create", PERIOD, "--criteria", CRITERIA["name"]),
                 ("council", "members", "add", "Hoàng Văn Thành", "--position", "Chủ tịch Hội đồng"),
                 ("council", "members", "add", "Lê Thị Hoa", "--position", "Thư ký Hội đồng")):
        result = run(*args)
        assert result.code == 0, result.err
    template = tmp_path / "mau.xlsx"
    assert run("scores", "template", PERIOD, str(template)).code == 0
    scored = run("scores", "import", PERIOD, str(fill(template, tmp_path / "an.xlsx", MEMBERS)), "--scorer", "An")
    assert scored.code == 0, scored.err


def _awarded(run: Run) -> list[str]:
    result = run("awards", PERIOD, "--json")
    assert result.code == 0, result.err
    return [row["code"] for row in result.json()["rows"]]


def test_awards_follow_the_council_vote_and_the_lock_keeps_them(run: Run, tmp_path: Path) -> None:
    _prepare(run, tmp_path)
    proposal = _awarded(run)
    assert len(proposal) >= 2
    assert "Hội đồng chưa biểu quyết" in run("awards", PERIOD).out
    others = [r["code"] for r in run("rank", PERIOD, "--json").json()["rows"] if r["code"] not in proposal]
    added = others[0]
    assert run("council", "open", PERIOD, "--date", "30/10/2026").code == 0
    assert run("council", "add", PERIOD, added, "--award", "Giấy khen", "--reason", "Đột xuất cứu hộ lũ").code == 0
    first, second, *rest = proposal
    assert run("council", "tally", PERIOD, f"{first}=2/0", f"{second}=0/2", *(f"{c}=2/0" for c in rest)).code == 0
    assert _awarded(run) == proposal  # the added unit has no tally yet
    assert "Hội đồng đang biểu quyết" in run("awards", PERIOD).out
    refused = run("award", "exclude", PERIOD, first, "--reason", "Có đơn thư")
    assert refused.code == 2 and "Hội đồng đang bình xét" in refused.err
    assert run("council", "tally", PERIOD, f"{added}=1/1").code == 0  # 50 % of the members: approved
    approved = _awarded(run)
    assert second not in approved and added in approved and first in approved
    assert len(approved) == len(proposal)
    table = run("awards", PERIOD).out
    assert "Theo kết quả biểu quyết của Hội đồng ngày 30/10/2026" in table
    refused = run("award", "exclude", PERIOD, first, "--reason", "Có đơn thư")
    assert refused.code == 2 and "Hội đồng đã biểu quyết" in refused.err
    assert run("lock", PERIOD).code == 0
    assert run("council", "threshold", "Giấy khen", "100%", "--of", "attending").code == 0
    assert _awarded(run) == approved  # as locked, though the added unit now falls short of 100 %
    assert run("unlock", PERIOD, "--reason", "xét lại").code == 0
    assert added not in _awarded(run)
