"""No lost update: a change made on a value someone else has changed since is refused, with who and what."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from emulation.i18n import render
from emulation.scoring.scores import Role
from emulation.services.scores import EditConflict, NewValue, Seen, set_scores
from emulation.services.workspace import Workspace, owner
from tests.ui.scoring.world import MEMBER, PERIOD, build_world


@pytest.fixture
def two(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    target = str(tmp_path / "chung.sqlite")
    first = Workspace.open(target, user="Nguyễn Văn An")
    build_world(first)
    second = Workspace(first.db, owner("Lò Thị Mai"))
    yield first, second
    first.close()


def test_the_second_change_on_the_same_shown_value_is_refused(two: tuple[Workspace, Workspace]) -> None:
    an, mai = two
    set_scores(an, PERIOD, Role.MEMBER, MEMBER, [NewValue("X2", "I.1", Decimal("8.5"), seen=Seen(None))])
    with pytest.raises(EditConflict) as refused:
        set_scores(mai, PERIOD, Role.MEMBER, MEMBER, [NewValue("X2", "I.1", Decimal(7), seen=Seen(None))])
    assert refused.value.current == [("X2", "I.1", Decimal("8.5"))]
    assert render(refused.value.problems[0]) == (
        "X2 › I.1: ô này vừa được Nguyễn Văn An sửa thành “8,5”; thay đổi của bạn chưa được ghi, "
        "hãy xem giá trị mới rồi nhập lại"
    )
    set_scores(mai, PERIOD, Role.MEMBER, MEMBER, [NewValue("X2", "I.1", Decimal(7), seen=Seen("8.5"))])


def test_a_change_on_a_cleared_cell_is_refused_too(two: tuple[Workspace, Workspace]) -> None:
    an, mai = two
    set_scores(an, PERIOD, Role.MEMBER, MEMBER, [NewValue("X1", "I.1", Decimal(6))])
    set_scores(an, PERIOD, Role.MEMBER, MEMBER, [NewValue("X1", "I.1", None, seen=Seen("6"))])
    with pytest.raises(EditConflict) as refused:
        set_scores(mai, PERIOD, Role.MEMBER, MEMBER, [NewValue("X1", "I.1", Decimal(7), seen=Seen("6"))])
    assert refused.value.current == [("X1", "I.1", None)]
    assert refused.value.problems[0].code == "edit_conflict_cleared"
