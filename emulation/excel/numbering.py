"""The committee's numbering (cột TT) turned into a tree of codes.

Tables number their rows the way official documents do: ``I, II…`` for the parts, ``1, 2…``
for criteria under the current part (or at the top when there are no parts), ``1.1, 2.3.1``
for sub-items of the current criterion (own code = the last number), ``a, a), a.`` for
sub-items of the current criterion or sub-item, ``-`` for a guidance line belonging to the row
above, and nothing at all for a row without a number. A trailing dot is ignored.

:func:`assign_codes` is pure: it takes the TT texts in order and returns each placed row's own
code, full code and parent, with a fault for every number it cannot place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from emulation.scoring.problems import Problem, problem
from emulation.text import nfc


class Mark(StrEnum):
    ROMAN = "roman"
    NUMBER = "number"
    DOTTED = "dotted"
    LETTER = "letter"
    GUIDANCE = "guidance"
    NONE = "none"


#: Numbering marks that make a node of the tree.
NODE_MARKS = frozenset({Mark.ROMAN, Mark.NUMBER, Mark.DOTTED, Mark.LETTER})

_ROMAN = re.compile(r"^(XXX|XX|X)?(IX|IV|V?I{0,3})$")
_INTEGER = re.compile(r"^\d{1,3}$")
_DOTTED = re.compile(r"^[0-9IVX]+(\.\d{1,3})+$")
_LETTER = re.compile(r"^\(?([a-zđ])\)?$")
_GUIDANCE = frozenset({"-", "–", "—", "+", "*", "•", "·"})


@dataclass(frozen=True, slots=True)
class NumberedRow:
    """A row's text in the TT column and where that cell is (for faults)."""

    number: str
    where: str


@dataclass(frozen=True, slots=True)
class CodedRow:
    """A placed row. For a guidance line, ``full_code`` is the node it belongs to."""

    index: int
    mark: Mark
    code: str | None
    full_code: str | None
    parent: str | None

    @property
    def is_node(self) -> bool:
        return self.mark in NODE_MARKS


def roman_value(text: str) -> int | None:
    """1…39 for a Roman numeral written in capitals, else None."""
    if not text or not _ROMAN.match(text):
        return None
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(text):
        value = values[ch]
        following = values[text[i + 1]] if i + 1 < len(text) else 0
        total += -value if value < following else value
    return total


def to_roman(number: int) -> str:
    """The Roman numeral for 1…39."""
    parts = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in parts:
        while number >= value:
            out += letters
            number -= value
    return out


def classify(number: str) -> tuple[Mark, str] | None:
    """The kind of a TT text and its cleaned form ("2." → NUMBER "2"); None when unknown."""
    text = nfc(number).replace(" ", "")
    if not text:
        return Mark.NONE, ""
    if text in _GUIDANCE:
        return Mark.GUIDANCE, text
    bare = text.rstrip(".")
    if roman_value(bare) is not None:
        return Mark.ROMAN, bare
    if _INTEGER.match(bare.removesuffix(")")):
        return Mark.NUMBER, str(int(bare.removesuffix(")")))
    if _DOTTED.match(bare):
        return Mark.DOTTED, bare
    letter = _LETTER.match(bare)
    if letter:
        return Mark.LETTER, letter.group(1)
    return None


@dataclass
class _State:
    """Where the numbering stands: the current part, criterion, sub-items and last node."""

    roman: str | None = None
    integer: str | None = None
    dotted: list[str] = field(default_factory=list)
    last_node: str | None = None
    seen: set[str] = field(default_factory=set)

    def integer_code(self) -> str | None:
        if self.integer is None:
            return None
        return _join(self.roman, self.integer)


def _join(prefix: str | None, code: str) -> str:
    return f"{prefix}.{code}" if prefix else code


def assign_codes(items: Sequence[NumberedRow]) -> tuple[list[CodedRow], list[Problem]]:
    """Place every row; rows that cannot be placed are left out and reported."""
    state = _State()
    rows: list[CodedRow] = []
    problems: list[Problem] = []
    for index, item in enumerate(items):
        found = classify(item.number)
        if found is None:
            problems.append(problem(item.where, "numbering_unknown", number=item.number.strip()))
            continue
        mark, text = found
        placed = _place(state, index, mark, text, item, problems)
        if placed is not None:
            rows.append(placed)
    return rows, problems


def _place(
    state: _State, index: int, mark: Mark, text: str, item: NumberedRow, problems: list[Problem]
) -> CodedRow | None:
    if mark is Mark.NONE:
        return CodedRow(index, mark, None, None, None)
    if mark is Mark.GUIDANCE:
        if state.last_node is None:
            problems.append(problem(item.where, "numbering_guidance_alone"))
            return None
        return CodedRow(index, mark, None, state.last_node, None)
    placed = _node(state, mark, text, item, problems)
    if placed is None:
        return None
    code, parent = placed
    full = _join(parent, code)
    state.last_node = full
    if full in state.seen:
        number = item.number.strip()
        problems.append(problem(item.where, "numbering_twice_under", number=number, parent=parent, code=full)
                        if parent else problem(item.where, "numbering_twice_at_top", number=number, code=full))
        return None
    state.seen.add(full)
    return CodedRow(index, mark, code, full, parent)


def _node(
    state: _State, mark: Mark, text: str, item: NumberedRow, problems: list[Problem]
) -> tuple[str, str | None] | None:
    """Own code and parent's full code, updating the state; None (reported) when misplaced."""
    if mark is Mark.ROMAN:
        state.roman, state.integer, state.dotted = text, None, []
        return text, None
    if mark is Mark.NUMBER:
        state.integer, state.dotted = text, []
        return text, state.roman
    if mark is Mark.DOTTED:
        return _dotted(state, text, item, problems)
    parent = _letter_parent(state)
    if parent is None:
        problems.append(problem(item.where, "numbering_letter_alone", number=item.number.strip()))
    return (text, parent) if parent is not None else None


def _letter_parent(state: _State) -> str | None:
    integer = state.integer_code()
    if integer is not None:
        return ".".join([integer, *state.dotted])
    return state.roman


def _dotted(
    state: _State, text: str, item: NumberedRow, problems: list[Problem]
) -> tuple[str, str | None] | None:
    parts = text.split(".")
    if roman_value(parts[0]) is not None:
        if parts[0] != state.roman:
            problems.append(problem(item.where, "numbering_wrong_part", number=text, part=parts[0],
                                    current=state.roman or "—"))
            return None
        parts = parts[1:]
        if len(parts) == 1:
            return _node(state, Mark.NUMBER, str(int(parts[0])), item, problems)
    parts = [str(int(p)) for p in parts]
    expected = [state.integer, *state.dotted][: len(parts) - 1]
    if state.integer is None or parts[:-1] != expected:
        owner = ".".join(parts[:-1])
        problems.append(problem(item.where, "numbering_no_owner", number=item.number.strip(), owner=owner))
        return None
    state.dotted = [*state.dotted[: len(parts) - 2], parts[-1]]
    parent = ".".join([p for p in [state.roman, *parts[:-1]] if p])
    return parts[-1], parent
