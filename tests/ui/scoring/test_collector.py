"""The collector paused while a large sheet's live totals are built, and what they made set aside
before it runs again (its first pass would walk everything made meanwhile)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from emulation.stepwise import Steps, completed
from emulation.ui.scoring.live.collector import collector_paused_during


@pytest.fixture(autouse=True)
def collector_as_it_was() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    gc.unfreeze()
    yield
    gc.unfreeze()
    gc.enable() if was else gc.disable()


class Made:
    """An object the collector tracks."""


def making(seen: list[bool], kept: list[Made]) -> Steps[str]:
    for _ in range(3):
        kept.append(Made())
        seen.append(gc.isenabled())
        yield True
    return "built"


def test_paused_from_the_first_step_to_the_end_then_what_was_made_is_set_aside() -> None:
    seen: list[bool] = []
    kept: list[Made] = []
    steps = collector_paused_during(making(seen, kept))
    assert gc.isenabled()  # nothing runs before the first step
    assert completed(steps) == "built"
    assert seen == [False, False, False]
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    assert not any(gc.is_tracked(m) and m in gc.get_objects(generation=0) for m in kept)


def test_steps_given_up_let_the_collector_run_again_and_set_nothing_aside() -> None:
    seen: list[bool] = []
    steps = collector_paused_during(making(seen, []))
    next(steps)
    assert not gc.isenabled()
    steps.close()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_steps_that_fail_let_the_collector_run_again() -> None:
    def failing() -> Steps[None]:
        yield True
        raise ValueError("the reading failed")

    with pytest.raises(ValueError):
        completed(collector_paused_during(failing()))
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
