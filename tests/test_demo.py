"""The demo district: a full, plausible database built through the services."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulation.cli import main
from emulation.services.periods import list_periods
from emulation.services.results import awards, rank
from emulation.services.units import list_units
from emulation.services.workspace import Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


def test_the_demo_fills_every_kind_of_unit_and_period(demo: Path) -> None:
    ws = Workspace.open(str(demo))
    try:
        units = list_units(ws)
        kinds = {u.kind for u in units}
        assert {"xã", "thị trấn", "thôn", "công sở", "trường học", "chi bộ"} <= kinds
        assert len([u for u in units if u.depth == 0]) == 3
        periods = list_periods(ws)
        assert len([p for p in periods if not p.is_summary]) == 12
        summaries = [p for p in periods if p.is_summary]
        assert summaries and all(len(p.sources) == 3 for p in summaries)
        assert any(p.locked for p in periods)
        for p in periods:
            ranking = rank(ws, p.name)
            assert ranking.rows and all(r.grade is not None for r in ranking.rows)
            assert [r.rank for r in ranking.rows] == sorted(r.rank for r in ranking.rows)
        village = rank(ws, "Tháng 09/2026 – Thôn, tổ dân phố")
        assert all(r.standing.self_total is not None for r in village.rows)  # self-scores kept apart
        assert awards(ws, "Tháng 09/2026 – Thôn, tổ dân phố")[1]
    finally:
        ws.close()


def test_the_demo_needs_an_empty_database(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo), "demo"]) == 2
    assert "dữ liệu mẫu cần một cơ sở dữ liệu trống" in capsys.readouterr().err


def test_the_demo_reports_its_progress(tmp_path: Path) -> None:
    from emulation.services.demo import build_demo

    seen: list[tuple[int, int, str]] = []
    ws = Workspace.open(str(tmp_path / "d.sqlite"))
    try:
        build_demo(ws, progress=lambda done, total, text: seen.append((done, total, text)))
    finally:
        ws.close()
    assert [done for done, _, _ in seen] == list(range(16)) and {total for _, total, _ in seen} == {16}
    assert seen[0][2] == "Tháng 07/2026 – Thôn, tổ dân phố"
