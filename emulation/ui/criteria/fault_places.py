"""Where the editor shows each fault ``parse_criteria`` reports: a field of a criterion, of the set,
or a cell of a rules table. The words come from the catalogue; this module only places them."""

from __future__ import annotations

from dataclasses import dataclass, field

from emulation.i18n import sentence
from emulation.scoring.problems import Problem, placed
from emulation.ui.criteria.draft import Draft, Path
from emulation.ui.criteria.labels import field_labels, tr
from emulation.ui.criteria.places import place_of


def where(path: str, draft: Draft) -> str:
    """The place of a fault as the editor names it: "I.2 › Điểm tối đa", "Xếp loại 2 › min"."""
    place = place_of(path)
    labels = field_labels()
    name = labels.get(place.field.split(".")[0], place.field)
    if place.section == "node":
        try:
            code = draft.full_code(place.node) or "?"
        except (IndexError, KeyError):
            code = "?"
        return f"{tr('Tiêu chí')} {code} › {name}" if name else f"{tr('Tiêu chí')} {code}"
    if place.section == "set":
        return name or tr("Bộ tiêu chí")
    row = (place.row or 0) + 1
    return f"{labels.get(place.section, place.section)} {row}" + (f" › {place.field}" if place.field else "")


def describe(problem: Problem, draft: Draft) -> str:
    """The fault as a line: a file's name (``file.json › path``) is kept in front of the place."""
    source, _, path = problem.where.rpartition(" › ")
    place = where(path, draft)
    return f"{source} › {place}: {sentence(problem)}" if source else f"{place}: {sentence(problem)}"


@dataclass
class Faults:
    """The faults of a draft, sorted by where the editor shows them."""

    nodes: dict[Path, list[Problem]] = field(default_factory=dict)  #: node → faults placed at its field
    node_rows: dict[Path, dict[str, dict[tuple[int, str], str]]] = field(default_factory=dict)
    set: list[Problem] = field(default_factory=list)  #: faults placed at the set's field
    tables: dict[str, dict[tuple[int, str], str]] = field(default_factory=dict)


def sort_faults(problems: list[Problem]) -> Faults:
    faults = Faults()
    for problem in problems:
        place, text = place_of(problem.where), sentence(problem)
        if place.section == "node":
            faults.nodes.setdefault(place.node, []).append(placed(problem, place.field))
            if place.row is not None:
                rows = faults.node_rows.setdefault(place.node, {}).setdefault(place.field, {})
                rows[(place.row, place.detail)] = text
        elif place.section == "set":
            faults.set.append(placed(problem, place.field))
        else:
            faults.tables.setdefault(place.section, {})[(place.row or 0, place.field)] = text
    return faults
