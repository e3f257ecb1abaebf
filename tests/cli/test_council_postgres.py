"""The council, the decision and the history on SQLite and on a real PostgreSQL server."""

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


def test_vote_decision_and_history(run: Run, tmp_path: Path) -> None:
    criteria = tmp_path / "criteria.json"
    criteria.write_text(json.dumps(CRITERIA, ensure_ascii=False), encoding="utf-8")
    for args in (("criteria", "import", str(criteria)), ("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx")),
                 ("period", "create", PERIOD, "--criteria", CRITERIA["name"]),
                 ("settings", "set", "place", "Bảo Yên"), ("settings", "set", "signer_name", "Hoàng Văn Thành"),
                 ("council", "members", "add", "Hoàng Văn Thành", "--position", "Chủ tịch Hội đồng"),
                 ("council", "members", "add", "Lê Thị Hoa", "--position", "Thư ký Hội đồng")):
        result = run(*args)
        assert result.code == 0, result.err
    template = tmp_path / "mau.xlsx"
    assert run("scores", "template", PERIOD, str(template)).code == 0
    scored = run("scores", "import", PERIOD, str(fill(template, tmp_path / "an.xlsx", MEMBERS)), "--scorer", "An")
    assert scored.code == 0, scored.err
    assert run("council", "open", PERIOD, "--present", "Lê Thị Hoa").code == 0
    candidates = [c["code"] for c in run("council", "show", PERIOD, "--json").json()["candidates"]]
    assert candidates  # the award rules' choice among the scored units
    tally = [f"{code}={1 if i == 0 else 0}/{0 if i == 0 else 1}" for i, code in enumerate(candidates)]
    assert run("council", "tally", PERIOD, *tally).code == 0
    issued = run("decision", PERIOD, "03", "--docx", str(tmp_path / "qd.docx"), "--pdf", str(tmp_path / "qd.pdf"),
                 "--date", "05/11/2026")
    assert issued.code == 0, issued.err
    assert issued.out.startswith("Quyết định số 03/QĐ-UBND ngày 05/11/2026: 1 tập thể")
    assert run("history", "list", "--json").json()["rows"][0]["unit_code"] == candidates[0]
    assert run("council", "reset", PERIOD).code == 0
    assert run("council", "show", PERIOD).code == 2
