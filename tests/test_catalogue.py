"""The one catalogue: every code the program uses has a Vietnamese and an English sentence with
the same fields, the .po files parse with Babel, and nothing is left untranslated."""

from __future__ import annotations

import ast
import re
import string
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from emulation.i18n import render, say, set_language
from emulation.i18n.catalogue import sentences
from emulation.scoring.criteria_doc import NODE_KEYS, TOP_KEYS
from emulation.scoring.problems import problem

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "emulation"
LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("vi", "en")

#: Calls whose argument at this position is a catalogue code.
CODE_ARGUMENT = {
    "problem": 1,
    "single": 1,
    "say": 0,
    "fault": 1,
    "_fault": 0,
    "WorkbookRefused": 1,
    "LayoutFault": 1,
    "StoreError": 0,
    "TemplateFault": 0,
    "tell": 0,
    "__init__": 0,  # a fault class handing its code to its base: super().__init__("database_newer", …)
}


def catalogue(lang: str):  # type: ignore[no-untyped-def]
    with (LOCALE / lang / "LC_MESSAGES" / "emulation.po").open("rb") as handle:
        return read_po(handle, locale=lang, domain="emulation")


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


CODE_LIKE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


def _strings(arg: ast.expr) -> list[ast.expr]:
    return [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]


@cache
def _trees() -> tuple[tuple[Path, ast.Module], ...]:
    return tuple((path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(PACKAGE.rglob("*.py")))


def _calls() -> list[tuple[Path, ast.Call, int]]:
    found = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and (index := CODE_ARGUMENT.get(_name(node.func) or "")) is not None:
                found.append((path, node, index))
    return found


def used_codes() -> dict[str, str]:
    """Every literal code in the package: code → the first place it is used. A code is a literal
    argument of a fault or sentence call, or a value of a ``…_CODES`` table."""
    found: dict[str, str] = {}
    literals: list[tuple[Path, ast.expr]] = []
    for path, call, _ in _calls():
        literals.extend((path, s) for arg in call.args for s in _strings(arg))
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id.lstrip("_").endswith(("CODES", "MISSING", "DIFFERS", "HINTS"))
                for t in node.targets
            ):
                values = node.value.values if isinstance(node.value, ast.Dict) else [node.value]
                literals.extend((path, n) for v in values if v is not None for n in ast.walk(v))
    for path, literal in literals:
        if isinstance(literal, ast.Constant) and isinstance(literal.value, str) and CODE_LIKE.match(literal.value):
            if "_" in literal.value or "." in literal.value:
                found.setdefault(literal.value, f"{path.relative_to(ROOT)}:{literal.lineno}")
    return found


def test_no_sentence_is_passed_where_a_code_belongs() -> None:
    sentences_as_codes = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for path, call, index in _calls()
        if len(call.args) > index
        for s in _strings(call.args[index])
        if isinstance(s, ast.JoinedStr) or (isinstance(s, ast.Constant) and isinstance(s.value, str)
                                             and not CODE_LIKE.match(s.value))
    ]
    assert sentences_as_codes == []


def test_the_scan_finds_the_codes_of_every_layer() -> None:
    codes = used_codes()
    for code in ("json_not_number", "entry_above_max", "file_is_pdf", "grid_period_missing", "period_locked",
                 "database_newer", "cli_demo_ready", "audit_action.print", "undo.edit_field", "set_field.awards",
                 "period_kind.other", "verify_register_differs"):
        assert code in codes, code
    assert len(codes) > 250


def test_every_code_in_use_has_both_sentences_with_the_same_fields() -> None:
    vi, en = sentences("vi"), sentences("en")
    known = [code for code in used_codes() if code in vi or "field." + code in vi]
    assert len(known) > 250
    places = {*TOP_KEYS, *NODE_KEYS}  # JSON paths a fault is placed at, not codes
    missing = [f"{code} ({where})" for code, where in used_codes().items()
               if (code not in vi or code not in en) and "field." + code not in vi and code not in places]
    assert missing == []
    differ = [code for code in vi if fields(vi[code]) != fields(en.get(code, ""))]
    assert differ == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_catalogues_parse_and_are_fully_translated(lang: str) -> None:
    messages = [m for m in catalogue(lang) if m.id]
    assert messages
    assert [m.id for m in messages if not m.string] == []
    assert [m.id for m in messages if "fuzzy" in m.flags] == []
    for m in messages:
        str(m.string).format(**{name: "x" for name in fields(str(m.string))})  # every sentence fills


def test_both_catalogues_hold_the_same_codes() -> None:
    assert {m.id for m in catalogue("vi") if m.id} == {m.id for m in catalogue("en") if m.id}


def test_vietnamese_sentences_are_nfc() -> None:
    import unicodedata

    assert [c for c, s in sentences("vi").items() if unicodedata.normalize("NFC", s) != s] == []


def test_a_fault_reads_in_vietnamese_by_default_and_english_on_request() -> None:
    fault = problem("diem.xlsx › Điểm › D5", "entry_above_max", value="12", max="5")
    assert render(fault) == "diem.xlsx › Điểm › D5: 12 vượt quá điểm tối đa 5"
    set_language("en")
    assert render(fault) == "diem.xlsx › Điểm › D5: 12 is above the max 5"
    assert render(problem("period", "period_unknown", period="X")).startswith("Period: there is no period")


def test_an_unknown_code_is_never_a_silent_fallback(missing_sentences: list[str]) -> None:
    assert say("no_such_code", n=1) == "no_such_code {'n': 1}"
    assert say("entry_above_max", value="1") == "entry_above_max {'value': '1'}"  # a field left out
    assert len(missing_sentences) == 2 and "no_such_code" in missing_sentences[0]
    missing_sentences.clear()
