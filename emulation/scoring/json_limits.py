"""Decoding a JSON document from someone else within limits, naming every fault by its path.

Nesting is measured before decoding (a document nested 100.000 deep would exhaust the
decoder's recursion); numbers are decoded exactly (``Decimal``) and one with too many digits,
too large a magnitude, or ``NaN``/``Infinity`` is refused by its JSON path.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from emulation import limits
from emulation.scoring.problems import Problem, problem

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},]')


class _BadNumber:
    """A number the decoder met that no document may hold; found again by its path afterwards."""

    def __init__(self, text: str) -> None:
        self.text = text


def load_json(text: str) -> tuple[Any, list[Problem]]:
    """The decoded document and no problem, or None and the problems (``json.JSONDecodeError``
    still rises for text that is no JSON at all)."""
    deep = too_deep(text)
    if deep is not None:
        return None, [problem(deep, "json_too_deep", max=limits.MAX_JSON_DEPTH)]
    doc = json.loads(text, parse_float=_decimal, parse_int=_integer, parse_constant=_BadNumber)
    bad = list(_bad_numbers(doc, ""))
    if bad:
        return None, [_number_problem(path, number.text) for path, number in bad]
    return doc, []


def too_deep(text: str) -> str | None:
    """The JSON path where nesting first passes :data:`~emulation.limits.MAX_JSON_DEPTH`."""
    stack: list[list[Any]] = []  # [kind, key or index, expecting a key]
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            stack.append([token, None if token == "{" else 0, token == "{"])
            if len(stack) > limits.MAX_JSON_DEPTH:
                return _path(stack[:-1])
        elif token in "]}":
            if stack:
                stack.pop()
        elif token == ",":
            if stack and stack[-1][0] == "[":
                stack[-1][1] += 1
            elif stack:
                stack[-1][2] = True
        elif stack and stack[-1][0] == "{" and stack[-1][2]:
            stack[-1][1], stack[-1][2] = _key(token), False
    return None


def _key(token: str) -> str:
    try:
        return str(json.loads(token))
    except ValueError:
        return token.strip('"')


def _path(stack: list[list[Any]]) -> str:
    path = ""
    for kind, label, _ in stack:
        if kind == "[":
            path = f"{path}[{label}]"
        elif label is not None:
            path = f"{path}.{label}" if path else str(label)
    return path or "$"


def _digits(text: str) -> int:
    return sum(ch.isdigit() for ch in text.lower().partition("e")[0])


def _integer(text: str) -> int | _BadNumber:
    if _digits(text) > limits.MAX_NUMBER_DIGITS or abs(int(text)) > limits.MAX_NUMBER:
        return _BadNumber(text)
    return int(text)


def _decimal(text: str) -> Decimal | _BadNumber:
    if _digits(text) > limits.MAX_NUMBER_DIGITS:
        return _BadNumber(text)
    try:
        value = Decimal(text)
    except InvalidOperation:
        return _BadNumber(text)
    if not value.is_finite() or abs(value) > limits.MAX_NUMBER:
        return _BadNumber(text)
    return value


def _bad_numbers(value: Any, path: str) -> Any:
    if isinstance(value, _BadNumber):
        yield path or "$", value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _bad_numbers(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _bad_numbers(item, f"{path}[{index}]")


def _number_problem(path: str, text: str) -> Problem:
    shown = text if len(text) <= 20 else text[:17] + "…"
    return problem(path, "json_number_out_of_range", value=shown, max=limits.MAX_NUMBER,
                   digits=limits.MAX_NUMBER_DIGITS)
