"""The criteria interchange document (``emulation-criteria/1``): reading, checking, writing.

``parse_criteria`` takes the already-decoded JSON value (numbers as Decimal or int) and
returns ``(criteria_set, problems)``; every fault is named by its JSON path. ``to_document``
writes the same shape back, so a round trip gives the same document.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from typing import Any

from emulation.limits import MAX_TITLE_LENGTH
from emulation.scoring.clean_text import clean_text
from emulation.scoring.criteria import (
    ADJUSTMENTS,
    FORMAT,
    Aggregation,
    AwardRule,
    AwardSelector,
    Band,
    CriteriaSet,
    Criterion,
    Grade,
    GradesRule,
    HistoryRule,
    Kind,
    Level,
    MinTotalRule,
    Quota,
    TopRule,
    Veto,
    walk_nodes,
)
from emulation.scoring.history import HistoryNeed
from emulation.scoring.measures import MEASURABLE, Measure, measure_doc, parse_measure
from emulation.scoring.numbers import ZERO, plain, to_decimal
from emulation.scoring.problems import Param, Problem, problem

TOP_KEYS = (
    "format",
    "name",
    "version",
    "unit_kind",
    "movement",
    "max_total",
    "bonus_cap",
    "aggregation",
    "use_self_when_missing",
    "tie_breakers",
    "criteria",
    "grades",
    "vetoes",
    "quotas",
    "awards",
)
NODE_KEYS = (
    "code",
    "title",
    "kind",
    "max",
    "step",
    "unit",
    "target",
    "per_item",
    "bands",
    "levels",
    "guidance",
    "note",
    "measure",
    "children",
)
SCOPES = ("all", "parent", "cluster")


#: Fields whose text may run over several lines; every other text is one line.
_MULTILINE = ("guidance", "note")


class _Reader:
    """Collects problems while reading typed fields out of plain dicts."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def fault(self, path: str, code: str, /, **params: Param) -> None:
        self.problems.append(problem(path, code, **params))

    def obj(self, value: Any, path: str, allowed: tuple[str, ...]) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.fault(path, "json_not_object")
            return None
        for key in value:
            if key not in allowed:
                self.fault(_join(path, key), "json_unknown_key")
        return value

    def text(self, d: dict[str, Any], key: str, path: str, required: bool = True) -> str | None:
        value = d.get(key)
        if value is None:
            if required:
                self.fault(_join(path, key), "json_required")
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            self.fault(_join(path, key), "json_not_text")
            return None
        text, fault = clean_text(value, _join(path, key), MAX_TITLE_LENGTH, lines=key in _MULTILINE)
        if fault is not None:
            self.problems.append(fault)
        return text

    def number(
        self,
        d: dict[str, Any],
        key: str,
        path: str,
        *,
        required: bool = False,
        positive: bool = False,
        minimum: Decimal | None = ZERO,
    ) -> Decimal | None:
        value = d.get(key)
        where = _join(path, key)
        if value is None:
            if required:
                self.fault(where, "json_required")
            return None
        try:
            number = to_decimal(value)
        except (TypeError, ValueError):
            self.fault(where, "json_not_number")
            return None
        if positive and number <= 0:
            self.fault(where, "json_not_positive")
            return None
        if minimum is not None and number < minimum:
            self.fault(where, "json_below_minimum", minimum=_show(minimum))
            return None
        return number

    def array(self, d: dict[str, Any], key: str, path: str) -> list[Any]:
        value = d.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fault(_join(path, key), "json_not_list")
            return []
        return value


def _show(value: Decimal) -> str:
    """A number as a Vietnamese reader writes it: ``0,25``."""
    return str(plain(value)).replace(".", ",")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def parse_criteria(doc: Any) -> tuple[CriteriaSet | None, list[Problem]]:
    """Read and check a criteria document; a set comes back only when there is no fault."""
    r = _Reader()
    d = r.obj(doc, "", TOP_KEYS)
    if d is None:
        return None, [problem("$", "json_document_not_object")]
    if d.get("format") != FORMAT:
        r.fault("format", "json_wrong_format", format=FORMAT)
    name = r.text(d, "name", "")
    max_total = r.number(d, "max_total", "", required=True, positive=True)
    bonus_cap = r.number(d, "bonus_cap", "")
    aggregation = _aggregation(r, d.get("aggregation"))
    use_self = d.get("use_self_when_missing", False)
    if not isinstance(use_self, bool):
        r.fault("use_self_when_missing", "json_not_boolean")
        use_self = False
    raw_nodes = r.array(d, "criteria", "")
    if not raw_nodes and "criteria" not in d:
        r.fault("criteria", "json_required")
    elif not raw_nodes:
        r.fault("criteria", "criteria_none")
    nodes = _nodes(r, raw_nodes, "criteria")
    grades = _grades(r, r.array(d, "grades", ""))
    grade_names = [g.name for g in grades]
    vetoes = _vetoes(r, r.array(d, "vetoes", ""), grade_names)
    quotas = _quotas(r, r.array(d, "quotas", ""), grade_names)
    awards = _awards(r, r.array(d, "awards", ""), grade_names)
    tie_breakers = _tie_breakers(r, r.array(d, "tie_breakers", ""), nodes)
    version = r.text(d, "version", "", required=False)
    unit_kind = r.text(d, "unit_kind", "", required=False)
    movement = r.text(d, "movement", "", required=False)
    if max_total is not None and nodes:
        base_max = sum((n.max_points for n in nodes if n.kind not in ADJUSTMENTS), ZERO)
        if base_max < max_total:
            r.fault("max_total", "criteria_sum_below_max", total=_show(base_max), max=_show(max_total))
    if r.problems or name is None or max_total is None:
        return None, r.problems
    return CriteriaSet(
        name=name,
        version=version,
        unit_kind=unit_kind,
        movement=movement,
        max_total=max_total,
        bonus_cap=bonus_cap,
        aggregation=aggregation,
        use_self_when_missing=use_self,
        tie_breakers=tie_breakers,
        criteria=nodes,
        grades=grades,
        vetoes=vetoes,
        quotas=quotas,
        awards=awards,
    ), []


def _aggregation(r: _Reader, value: Any) -> Aggregation:
    if value is None:
        return Aggregation.MEAN
    try:
        return Aggregation(value)
    except ValueError:
        r.fault("aggregation", "json_not_one_of", choices=", ".join(a.value for a in Aggregation))
        return Aggregation.MEAN


def _nodes(r: _Reader, raw: list[Any], path: str) -> tuple[Criterion, ...]:
    nodes: list[Criterion] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        where = _join(path, i)
        node = _node(r, item, where)
        if node is None:
            continue
        if node.code in seen:
            r.fault(_join(where, "code"), "code_twice_at_level", code=node.code)
        seen.add(node.code)
        nodes.append(node)
    return tuple(nodes)


def _node(r: _Reader, item: Any, path: str) -> Criterion | None:
    d = r.obj(item, path, NODE_KEYS)
    if d is None:
        return None
    code = r.text(d, "code", path)
    if code is not None and (code != code.strip() or "." in code):
        r.fault(_join(path, "code"), "code_has_dot_or_spaces")
    title = r.text(d, "title", path)
    kind = _kind(r, d, path)
    children: tuple[Criterion, ...] = ()
    if kind is Kind.GROUP:
        raw_children = r.array(d, "children", path)
        if not raw_children:
            r.fault(_join(path, "children"), "group_without_children")
        children = _nodes(r, raw_children, _join(path, "children"))
    elif "children" in d:
        r.fault(_join(path, "children"), "kind_has_no_children", kind=str(kind))
    common = {
        "max": r.number(d, "max", path, positive=True),
        "unit": r.text(d, "unit", path, required=False),
        "guidance": r.text(d, "guidance", path, required=False),
        "note": r.text(d, "note", path, required=False),
    }
    if kind is None or code is None or title is None:
        return None
    node = Criterion(code=code, title=title, kind=kind, children=children, **common)  # type: ignore[arg-type]
    return _leaf_fields(r, d, path, node)


def _kind(r: _Reader, d: dict[str, Any], path: str) -> Kind | None:
    value = d.get("kind")
    if value is None:
        if "children" in d:
            return Kind.GROUP
        r.fault(_join(path, "kind"), "kind_required")
        return None
    try:
        return Kind(value)
    except ValueError:
        r.fault(_join(path, "kind"), "json_not_one_of", choices=", ".join(k.value for k in Kind))
        return None


_NEEDS_MAX = frozenset({Kind.POINTS, Kind.CHECK, Kind.RATIO, Kind.BONUS, Kind.PENALTY})
_ALLOWED = {
    Kind.GROUP: {"max"},
    Kind.POINTS: {"max", "step"},
    Kind.BONUS: {"max", "step"},
    Kind.CHECK: {"max"},
    Kind.RATIO: {"max", "target"},
    Kind.PENALTY: {"max", "per_item", "step"},
    Kind.BANDS: {"bands"},
    Kind.LEVELS: {"levels"},
}
_SPECIFIC = ("max", "step", "target", "per_item", "bands", "levels")


def _leaf_fields(r: _Reader, d: dict[str, Any], path: str, node: Criterion) -> Criterion | None:
    kind = node.kind
    for key in _SPECIFIC:
        if key in d and key not in _ALLOWED[kind]:
            r.fault(_join(path, key), "key_not_for_kind", kind=str(kind))
    if kind in _NEEDS_MAX and node.max is None and "max" not in d:
        r.fault(_join(path, "max"), "json_required")
    step = r.number(d, "step", path, positive=True)
    target = r.number(d, "target", path, positive=True)
    per_item = r.number(d, "per_item", path, positive=True)
    if kind is Kind.RATIO and "target" not in d:
        r.fault(_join(path, "target"), "json_required")
    if step is not None and node.max is not None and node.max % step:
        r.fault(_join(path, "step"), "max_not_multiple_of_step", max=_show(node.max), step=_show(step))
    bands = _bands(r, r.array(d, "bands", path), _join(path, "bands")) if kind is Kind.BANDS else ()
    levels = _levels(r, r.array(d, "levels", path), _join(path, "levels")) if kind is Kind.LEVELS else ()
    if kind is Kind.GROUP and node.max is not None and node.children:
        total = sum((c.max_points for c in node.children if c.kind not in ADJUSTMENTS), ZERO)
        if total < node.max:
            r.fault(_join(path, "max"), "children_sum_below_max", total=_show(total), max=_show(node.max))
    measure = _measure(r, d, path, kind)
    return Criterion(
        code=node.code,
        title=node.title,
        kind=kind,
        max=node.max,
        step=step,
        unit=node.unit,
        target=target,
        per_item=per_item,
        bands=bands,
        levels=levels,
        guidance=node.guidance,
        note=node.note,
        children=node.children,
        measure=measure,
    )


def _measure(r: _Reader, d: dict[str, Any], path: str, kind: Kind) -> Measure | None:
    if "measure" not in d:
        return None
    where = _join(path, "measure")
    if kind not in MEASURABLE:
        r.problems.append(problem(where, "measure_wrong_kind", kind=kind.value))
        return None
    return parse_measure(d["measure"], where, r.problems)


def _bands(r: _Reader, raw: list[Any], path: str) -> tuple[Band, ...]:
    if not raw:
        r.fault(path, "bands_none")
    bands: list[Band] = []
    for i, item in enumerate(raw):
        where = _join(path, i)
        d = r.obj(item, where, ("min", "points"))
        if d is None:
            continue
        low = r.number(d, "min", where, required=True, minimum=None)
        points = r.number(d, "points", where, required=True)
        if low is None or points is None:
            continue
        if bands and low >= bands[-1].min:
            r.fault(_join(where, "min"), "bands_not_descending")
        bands.append(Band(low, points))
    return tuple(bands)


def _levels(r: _Reader, raw: list[Any], path: str) -> tuple[Level, ...]:
    from emulation.text import match_key

    if not raw:
        r.fault(path, "levels_none")
    levels: list[Level] = []
    seen: set[str] = set()
    for i, item in enumerate(raw):
        where = _join(path, i)
        d = r.obj(item, where, ("label", "points"))
        if d is None:
            continue
        label = r.text(d, "label", where)
        points = r.number(d, "points", where, required=True)
        if label is None or points is None:
            continue
        if match_key(label) in seen:
            r.fault(_join(where, "label"), "listed_twice", value=label)
        seen.add(match_key(label))
        levels.append(Level(label, points))
    return tuple(levels)


def _grades(r: _Reader, raw: list[Any]) -> tuple[Grade, ...]:
    grades: list[Grade] = []
    for i, item in enumerate(raw):
        where = _join("grades", i)
        d = r.obj(item, where, ("name", "min"))
        if d is None:
            continue
        name = r.text(d, "name", where)
        low = r.number(d, "min", where, required=True)
        if name is None or low is None:
            continue
        if any(g.name == name for g in grades):
            r.fault(_join(where, "name"), "listed_twice", value=name)
        if grades and low >= grades[-1].min:
            r.fault(_join(where, "min"), "grades_not_descending")
        grades.append(Grade(name, low))
    return tuple(grades)


def _grade_ref(r: _Reader, value: Any, where: str, grade_names: list[str]) -> str | None:
    if value not in grade_names:
        r.fault(where, "not_a_grade", value=json.dumps(value, ensure_ascii=False, default=str))
        return None
    return str(value)


def _vetoes(r: _Reader, raw: list[Any], grade_names: list[str]) -> tuple[Veto, ...]:
    vetoes: list[Veto] = []
    for i, item in enumerate(raw):
        where = _join("vetoes", i)
        d = r.obj(item, where, ("code", "title", "cap_grade"))
        if d is None:
            continue
        code = r.text(d, "code", where)
        title = r.text(d, "title", where)
        cap = d.get("cap_grade")
        if cap is not None:
            cap = _grade_ref(r, cap, _join(where, "cap_grade"), grade_names)
        if code is not None and any(v.code == code for v in vetoes):
            r.fault(_join(where, "code"), "code_twice", code=code)
        if code is not None and title is not None:
            vetoes.append(Veto(code, title, cap))
    return tuple(vetoes)


def _quotas(r: _Reader, raw: list[Any], grade_names: list[str]) -> tuple[Quota, ...]:
    quotas: list[Quota] = []
    for i, item in enumerate(raw):
        where = _join("quotas", i)
        d = r.obj(item, where, ("grade", "max_share", "of"))
        if d is None:
            continue
        grade = _grade_ref(r, d.get("grade"), _join(where, "grade"), grade_names)
        of = _grade_ref(r, d.get("of", d.get("grade")), _join(where, "of"), grade_names)
        share = r.number(d, "max_share", where, required=True)
        if share is not None and not ZERO < share <= 1:
            r.fault(_join(where, "max_share"), "share_out_of_range")
            share = None
        if grade and of and grade_names.index(of) < grade_names.index(grade):
            r.fault(_join(where, "of"), "quota_of_above_grade", grade=grade)
        if grade is not None and of is not None and share is not None:
            quotas.append(Quota(grade, share, of))
    return tuple(quotas)


def _awards(r: _Reader, raw: list[Any], grade_names: list[str]) -> tuple[AwardRule, ...]:
    awards: list[AwardRule] = []
    for i, item in enumerate(raw):
        where = _join("awards", i)
        d = r.obj(item, where, ("name", "rule", "amount"))
        if d is None:
            continue
        name = r.text(d, "name", where)
        amount = r.number(d, "amount", where)
        rule = _rule(r, d.get("rule"), _join(where, "rule"), grade_names)
        if name is not None and rule is not None:
            awards.append(AwardRule(name, rule, amount))
    return tuple(awards)


def _rule(r: _Reader, value: Any, where: str, grade_names: list[str]) -> AwardSelector | None:
    d = r.obj(value, where, ("top", "per", "grades", "min_total", "history"))
    if d is None:
        return None
    if "history" in d:
        need = _history_need(r, d["history"], _join(where, "history"), grade_names)
        rest = {k: v for k, v in d.items() if k != "history"}
        base = _base_rule(r, rest, where, grade_names) if rest else None
        if need is None or (rest and base is None):
            return None
        assert not isinstance(base, HistoryRule)
        return HistoryRule(need, base)
    return _base_rule(r, d, where, grade_names)


def _history_need(r: _Reader, value: Any, where: str, grade_names: list[str]) -> HistoryNeed | None:
    """``{"award": "Giấy khen", "years": 2}`` or ``{"grade": "Hoàn thành xuất sắc", "years": 2}``."""
    d = r.obj(value, where, ("award", "grade", "years"))
    if d is None:
        return None
    years = d.get("years")
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= 10:
        r.fault(_join(where, "years"), "history_years_range")
        return None
    award, grade = d.get("award"), d.get("grade")
    if (award is None) == (grade is None):
        r.fault(where, "history_award_or_grade")
        return None
    if grade is not None:
        grade = _grade_ref(r, grade, _join(where, "grade"), grade_names)
        return HistoryNeed(years, grade=grade) if grade else None
    if not isinstance(award, str) or not award.strip():
        r.fault(_join(where, "award"), "history_award_name")
        return None
    return HistoryNeed(years, award=award.strip())


def _base_rule(
    r: _Reader, d: dict[str, Any], where: str, grade_names: list[str]
) -> TopRule | GradesRule | MinTotalRule | None:
    if "top" in d:
        top = d["top"]
        per = d.get("per", "all")
        if isinstance(top, bool) or not isinstance(top, int) or top < 1:
            r.fault(_join(where, "top"), "top_not_whole")
            return None
        if per not in SCOPES:
            r.fault(_join(where, "per"), "per_not_scope")
            return None
        return TopRule(top, per)
    if "grades" in d:
        names = d["grades"]
        if not isinstance(names, list) or not names:
            r.fault(_join(where, "grades"), "grades_none_chosen")
            return None
        refs = [_grade_ref(r, n, _join(_join(where, "grades"), i), grade_names) for i, n in enumerate(names)]
        return GradesRule(tuple(x for x in refs if x)) if all(refs) else None
    if "min_total" in d:
        low = r.number(d, "min_total", where, required=True)
        return MinTotalRule(low) if low is not None else None
    r.fault(where, "rule_kind_missing")
    return None


def _tie_breakers(r: _Reader, raw: list[Any], nodes: tuple[Criterion, ...]) -> tuple[str, ...]:
    codes = {code for code, _ in walk_nodes(nodes)}
    result: list[str] = []
    for i, item in enumerate(raw):
        if item == "penalty" or item in codes:
            result.append(item)
        else:
            r.fault(_join("tie_breakers", i), "tie_breaker_unknown", value=json.dumps(item, ensure_ascii=False))
    return tuple(result)


# --- writing -------------------------------------------------------------------------------


def to_document(cs: CriteriaSet) -> dict[str, Any]:
    """The interchange document for a set; numbers are int or float with the exact text."""
    doc: dict[str, Any] = {"format": FORMAT, "name": cs.name}
    _put(doc, "version", cs.version)
    _put(doc, "unit_kind", cs.unit_kind)
    _put(doc, "movement", cs.movement)
    doc["max_total"] = plain(cs.max_total)
    _put(doc, "bonus_cap", cs.bonus_cap)
    doc["aggregation"] = cs.aggregation.value
    doc["use_self_when_missing"] = cs.use_self_when_missing
    doc["tie_breakers"] = list(cs.tie_breakers)
    doc["criteria"] = [_node_doc(n) for n in cs.criteria]
    doc["grades"] = [{"name": g.name, "min": plain(g.min)} for g in cs.grades]
    doc["vetoes"] = [{"code": v.code, "title": v.title, "cap_grade": v.cap_grade} for v in cs.vetoes]
    doc["quotas"] = [{"grade": q.grade, "max_share": plain(q.max_share), "of": q.of} for q in cs.quotas]
    doc["awards"] = [_award_doc(a) for a in cs.awards]
    return doc


def _put(d: dict[str, Any], key: str, value: object) -> None:
    if value is not None:
        d[key] = plain(value) if isinstance(value, Decimal) else value


def _node_doc(node: Criterion) -> dict[str, Any]:
    d: dict[str, Any] = {"code": node.code, "title": node.title}
    if not node.is_group:
        d["kind"] = node.kind.value
    _put(d, "max", node.max)
    _put(d, "step", node.step)
    _put(d, "target", node.target)
    _put(d, "per_item", node.per_item)
    _put(d, "unit", node.unit)
    if node.bands:
        d["bands"] = [{"min": plain(b.min), "points": plain(b.points)} for b in node.bands]
    if node.levels:
        d["levels"] = [{"label": lv.label, "points": plain(lv.points)} for lv in node.levels]
    _put(d, "guidance", node.guidance)
    _put(d, "note", node.note)
    if node.measure is not None:
        d["measure"] = measure_doc(node.measure)
    if node.is_group:
        d["children"] = [_node_doc(c) for c in node.children]
    return d


def _award_doc(a: AwardRule) -> dict[str, Any]:
    d: dict[str, Any] = {"name": a.name, "rule": _rule_doc(a.rule)}
    _put(d, "amount", a.amount)
    return d


def _rule_doc(sel: AwardSelector | None) -> dict[str, Any]:
    if sel is None:
        return {}
    if isinstance(sel, TopRule):
        return {"top": sel.top, "per": sel.per}
    if isinstance(sel, GradesRule):
        return {"grades": list(sel.grades)}
    if isinstance(sel, MinTotalRule):
        return {"min_total": plain(sel.min_total)}
    need: dict[str, Any] = {"award": sel.need.award} if sel.need.award else {"grade": sel.need.grade}
    return {**_rule_doc(sel.base), "history": {**need, "years": sel.need.years}}


def dumps(cs: CriteriaSet) -> str:
    return json.dumps(to_document(cs), ensure_ascii=False, indent=2) + "\n"


def loads(text: str) -> Any:
    """Decode JSON text keeping every number exact."""
    return json.loads(text, parse_float=Decimal)


def fingerprint(cs: CriteriaSet) -> str:
    """A short stable hash of what scoring depends on (titles included: they are printed)."""
    canonical = json.dumps(to_document(cs), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
