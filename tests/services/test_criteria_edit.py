"""Saving criteria from the editor: checked, a new revision each change, built-ins read-only."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from emulation.scoring.criteria_doc import parse_criteria
from emulation.services.criteria import builtin_templates, list_criteria
from emulation.services.criteria_edit import duplicate_template, is_builtin, load_criteria, save_criteria
from emulation.services.errors import InputError
from emulation.services.workspace import Workspace
from tests.ui.scoring.world import CRITERIA


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(str(tmp_path / "t.sqlite"), user="thư ký")
    yield workspace  # type: ignore[misc]
    workspace.close()


def _set():  # type: ignore[no-untyped-def]
    cs, problems = parse_criteria(CRITERIA)
    assert cs is not None, problems
    return cs


def test_saving_stores_a_new_revision_only_when_something_changed(ws: Workspace) -> None:
    cs = _set()
    first = save_criteria(ws, cs)
    assert (first.name, first.revision, first.builtin) == ("Chấm thử", 1, False)
    assert save_criteria(ws, cs).revision == 1
    second = save_criteria(ws, replace(cs, version="2027"))
    assert second.revision == 2
    assert load_criteria(ws, "Chấm thử").version == "2027"
    assert any(i.name == "Chấm thử" and i.revision == 2 for i in list_criteria(ws))


def test_a_wrong_set_is_refused_with_json_paths(ws: Workspace) -> None:
    cs = _set()
    group = replace(cs.criteria[0], max=Decimal(50))
    with pytest.raises(InputError) as refused:
        save_criteria(ws, replace(cs, criteria=(group, *cs.criteria[1:])))
    assert any(p.where == "criteria[0].max" for p in refused.value.problems)
    assert not any(i.name == "Chấm thử" for i in list_criteria(ws))


def test_built_in_templates_are_read_only_and_duplicated_to_edit(ws: Workspace) -> None:
    template = builtin_templates()[0]
    assert is_builtin(ws, template.name)
    assert load_criteria(ws, template.name) == template
    with pytest.raises(InputError):
        save_criteria(ws, replace(template, version="sửa"))
    copy = duplicate_template(ws, template.name, "Bản sao của tôi")
    assert copy.revision == 1 and not copy.builtin
    assert load_criteria(ws, "Bản sao của tôi").criteria == template.criteria
    with pytest.raises(InputError):
        duplicate_template(ws, template.name, "Bản sao của tôi")
    assert next(i for i in list_criteria(ws) if i.name == template.name).stored is False
