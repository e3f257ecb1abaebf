"""The faults ``parse_criteria`` reports, in the user's words, and where they are in the editor."""

from __future__ import annotations

from dataclasses import dataclass, field

from emulation.scoring.problems import Problem
from emulation.ui.criteria.draft import Draft, Path
from emulation.ui.criteria.labels import field_labels, tr
from emulation.ui.criteria.places import place_of
from emulation.ui.scoring.reasons import phrases, translate


def _noop(text: str) -> str:
    return text


CRITERIA_PHRASES = phrases(
    [
        (r"is required", _noop("cần có")),
        (r"must be > 0", _noop("phải lớn hơn 0")),
        (r"must be ≥ (?P<n>.*)", _noop("phải từ {n} trở lên")),
        (r"must be a number", _noop("phải là một số")),
        (r"must be a non-empty text", _noop("không được để trống")),
        (r"must be a list", _noop("phải là một danh sách")),
        (r"must be an object", _noop("sai cấu trúc")),
        (r"must be true or false", _noop("phải là có hoặc không")),
        (r"unknown key", _noop("mục không được biết đến")),
        (r'"(?P<c>.*)" is used twice at this level', _noop("mã «{c}» dùng hai lần ở cùng một cấp")),
        (r'"(?P<c>.*)" is used twice', _noop("mã «{c}» dùng hai lần")),
        (r"must not contain a dot or surrounding spaces", _noop("không được có dấu chấm hay khoảng trắng ở hai đầu")),
        (r"a group needs at least one criterion", _noop("nhóm cần ít nhất một tiêu chí")),
        (r'a "(?P<k>.*)" criterion has no children', _noop("tiêu chí loại này không có tiêu chí con")),
        (r'does not apply to a "(?P<k>.*)" criterion', _noop("không dùng cho loại tiêu chí này")),
        (r"the max (?P<m>\S+) is not a multiple of (?P<s>\S+)", _noop("điểm tối đa {m} không chia hết cho bước {s}")),
        (
            r"the criteria under it add up to (?P<t>\S+), less than (?P<m>\S+)",
            _noop("các tiêu chí con cộng lại được {t}, ít hơn {m}"),
        ),
        (
            r"the criteria add up to (?P<t>\S+), less than (?P<m>\S+)",
            _noop("các tiêu chí cộng lại được {t}, ít hơn {m}"),
        ),
        (r"needs at least one band", _noop("cần ít nhất một khoảng")),
        (r"bands must be listed from the highest min down", _noop("các khoảng phải xếp từ mức cao xuống thấp")),
        (r"needs at least one level", _noop("cần ít nhất một mức")),
        (r'"(?P<v>.*)" is listed twice', _noop("«{v}» có hai lần")),
        (
            r"grades must be listed best first, each min lower",
            _noop("xếp loại phải từ cao xuống thấp, điểm sàn giảm dần"),
        ),
        (r"(?P<v>.*) is not one of the grades", _noop("{v} không phải là một xếp loại đã khai báo")),
        (r"must be more than 0 and at most 1", _noop("phải lớn hơn 0 và không quá 1 (ví dụ 0,2 = 20%)")),
        (r'must be "(?P<g>.*)" or a lower grade', _noop("phải là «{g}» hoặc một xếp loại thấp hơn")),
        (r"must be a whole number ≥ 1", _noop("phải là số nguyên từ 1 trở lên")),
        (r'must be "all", "parent" or "cluster"', _noop("phải là toàn bộ, mỗi đơn vị cấp trên hoặc mỗi cụm")),
        (r"must list at least one grade", _noop("cần chọn ít nhất một xếp loại")),
        (r'needs one of "top", "grades" or "min_total"', _noop("cần chọn cách xét: top, xếp loại hoặc điểm tối thiểu")),
        (
            r'(?P<v>.*) is neither "penalty" nor a criterion code',
            _noop("{v} không phải là mã tiêu chí hay «penalty» (ít điểm trừ hơn)"),
        ),
        (r"must list at least one criterion", _noop("cần ít nhất một tiêu chí")),
        (r"must be one of .*", _noop("giá trị không hợp lệ")),
        (r'must be "emulation-criteria/1"', _noop("phải là «emulation-criteria/1»")),
    ]
)


def message(problem: Problem) -> str:
    return translate(problem.message, CRITERIA_PHRASES)


def where(problem: Problem, draft: Draft) -> str:
    """The place of a fault as the editor names it: "I.2 › Điểm tối đa", "Xếp loại 2 › min"."""
    place = place_of(problem.where)
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
    place = where(Problem(path, problem.message), draft)
    return f"{source} › {place}: {message(problem)}" if source else f"{place}: {message(problem)}"


@dataclass
class Faults:
    """The faults of a draft, sorted by where the editor shows them."""

    nodes: dict[Path, list[tuple[str, str]]] = field(default_factory=dict)  #: node → (field, message)
    node_rows: dict[Path, dict[str, dict[tuple[int, str], str]]] = field(default_factory=dict)
    set: list[tuple[str, str]] = field(default_factory=list)  #: (field, message)
    tables: dict[str, dict[tuple[int, str], str]] = field(default_factory=dict)


def sort_faults(problems: list[Problem]) -> Faults:
    faults = Faults()
    for problem in problems:
        place, text = place_of(problem.where), message(problem)
        if place.section == "node":
            faults.nodes.setdefault(place.node, []).append((place.field, text))
            if place.row is not None:
                rows = faults.node_rows.setdefault(place.node, {}).setdefault(place.field, {})
                rows[(place.row, place.detail)] = text
        elif place.section == "set":
            faults.set.append((place.field, text))
        else:
            faults.tables.setdefault(place.section, {})[(place.row or 0, place.field)] = text
    return faults
