"""Khen thưởng says where its list comes from: the award rules until the council has voted, then the vote."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from emulation.services.council_members import set_member
from emulation.services.council_session import enter_tally, open_session
from emulation.services.results import awards
from emulation.ui.awards_view import AwardsView
from emulation.ui.context import ViewContext

PERIOD = "Tháng 08/2026 – Thôn, tổ dân phố"
MEMBERS = ("Hoàng Văn Thành", "Lê Thị Hoa", "Trần Thị Bình")


def _view(qtbot: QtBot, ctx: ViewContext) -> AwardsView:
    widget = AwardsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1180, 720)
    widget.show()
    widget.refresh()
    widget.picker.select(PERIOD)
    return widget


def _codes(view: AwardsView) -> list[str]:
    return [a.awarded.row.unit.code for a in view.model.rows]


def test_the_page_names_the_council_vote_once_it_decides(qtbot: QtBot, ctx: ViewContext, tmp_path: Path) -> None:
    ws = ctx.workspace
    proposal = [line.awarded.row.unit.code for line in awards(ws, PERIOD)[1]]
    assert len(proposal) >= 2
    view = _view(qtbot, ctx)
    assert _codes(view) == proposal
    assert view.source.text() == "Theo quy định khen thưởng của bộ tiêu chí (Hội đồng chưa biểu quyết)."
    assert view.include_button.isEnabled()

    for name in MEMBERS:
        set_member(ws, name, "Ủy viên")
    open_session(ws, PERIOD, held_on=date(2026, 9, 28))
    enter_tally(ws, PERIOD, [(proposal[0], 3, 0)])
    view.refresh()
    assert _codes(view) == proposal
    assert "Hội đồng đang biểu quyết" in view.source.text() and not view.include_button.isEnabled()

    enter_tally(ws, PERIOD, [(code, 0, 3) for code in proposal[1:]])  # the others voted down
    view.refresh()
    assert _codes(view) == proposal[:1]
    assert "Theo kết quả biểu quyết của Hội đồng ngày 28/09/2026" in view.source.text()
    assert not view.include_button.isEnabled() and not view.exclude_button.isEnabled()
    shots = Path(os.environ.get("EMULATION_SCREENSHOTS") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    assert view.grab().save(str(shots / "awards-after-vote.png"))
