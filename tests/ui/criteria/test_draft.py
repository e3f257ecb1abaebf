"""The draft behind the editor: numbers as typed, tree moves, fault places (no widgets)."""

from __future__ import annotations

from decimal import Decimal

from emulation.i18n import render_all
from emulation.scoring.criteria_doc import to_document
from emulation.services.criteria import builtin_templates
from emulation.ui.criteria.award_rows import award_rows, awards_of
from emulation.ui.criteria.draft import Draft
from emulation.ui.criteria.places import Place, place_of


def test_every_template_reads_back_the_same_through_a_draft() -> None:
    for template in builtin_templates():
        cs, problems = Draft.of(template).check()
        assert problems == [] and cs is not None
        assert to_document(cs) == to_document(template)
        assert award_rows(to_document(template)["awards"]) == award_rows(
            awards_of(award_rows(to_document(template)["awards"]))
        )


def test_typed_numbers_and_faults_by_path() -> None:
    draft = Draft.blank("Thử")
    draft.add(None, None, {"code": "1", "title": "Một", "kind": "points", "max": "8,5", "step": "0,5"})
    draft.add(None, None, {"code": "2", "title": "Hai", "kind": "points", "max": "mười"})
    doc = draft.document()
    assert doc["criteria"][0]["max"] == Decimal("8.5")
    _, problems = draft.check()
    assert ("criteria[1].max", "json_not_number") in [(p.where, p.code) for p in problems]
    assert "criteria[1].max: phải là một số" in render_all(problems)


def test_indent_makes_a_group_and_outdent_undoes_it() -> None:
    draft = Draft.blank("Thử")
    for code in "abc":
        draft.add(None, None, {"code": code, "title": code, "kind": "check", "max": "1"})
    assert draft.indent((2,)) == (1, 0)
    assert draft.full_code((1, 0)) == "b.c" and "kind" not in draft.node((1,))
    assert draft.outdent((1, 0)) == (2,)
    assert draft.move((2,), -1) == (1,)
    assert [n["code"] for n in draft.roots()] == ["a", "c", "b"]


def test_places_of_faults() -> None:
    assert place_of("criteria[0].children[2].max") == Place("node", "max", node=(0, 2))
    assert place_of("criteria[1].bands[0].points") == Place("node", "bands", node=(1,), row=0, detail="points")
    assert place_of("grades[1].min") == Place("grades", "min", row=1)
    assert place_of("max_total") == Place("set", "max_total")
