"""Service messages (written in English for the log and the command line) as the user reads them.

Each known message shape maps to a Vietnamese sentence through ``tr``; an unknown message is
shown as it is rather than hidden.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from emulation.scoring.problems import Problem
from emulation.ui.qt import QtCore

CONTEXT = "ServiceMessages"


def _noop(text: str) -> str:
    """Marks a source text for the translation tools; translated when shown."""
    return text


Phrase = tuple[re.Pattern[str], str]


def phrases(pairs: Iterable[tuple[str, str]]) -> tuple[Phrase, ...]:
    return tuple((re.compile(f"^{pattern}$", re.DOTALL), template) for pattern, template in pairs)


ENTRY_PHRASES = phrases(
    [
        (r'"(?P<v>.*)" is not a number', _noop("«{v}» không phải là số")),
        (r"(?P<v>\S+) is above the max (?P<m>\S+)", _noop("{v} vượt quá điểm tối đa {m}")),
        (r"(?P<v>\S+) is not on the step of (?P<s>\S+)", _noop("{v} không đúng bước chấm {s}")),
        (r"(?P<v>\S+) is below 0", _noop("{v} nhỏ hơn 0")),
        (r"(?P<v>\S+) is not a whole count", _noop("{v} không phải là số lần (số nguyên)")),
        (r'"(?P<v>.*)" is not a yes/no answer .*', _noop("«{v}» không phải là có/không (x, có, không, 1, 0)")),
        (r'"(?P<v>.*)" is not one of the levels: (?P<l>.*)', _noop("«{v}» không phải là một mức: {l}")),
        (r'"(?P<v>.*)" is not one of the levels', _noop("«{v}» không phải là một mức của tiêu chí")),
        (r"expected a number, not yes/no", _noop("cần nhập một số, không phải có/không")),
        (r"expected a number", _noop("cần nhập một số")),
        (r"expected yes \(1\) or no \(0\)", _noop("cần nhập có (1) hoặc không (0)")),
        (r"no such criterion in this period", _noop("kỳ này không có tiêu chí đó")),
        (
            r'"(?P<p>.*)" is locked \(by (?P<who>.*) on (?P<when>.*)\); unlock it first',
            _noop("Kỳ «{p}» đã khóa ({who}, {when}): mở khóa kỳ trước khi sửa"),
        ),
        (r'unit "(?P<u>.*)" is not scored in this period', _noop("đơn vị «{u}» không được chấm trong kỳ này")),
        (r'unit "(?P<u>.*)" is not scored in "(?P<p>.*)"', _noop("đơn vị «{u}» không được chấm trong kỳ «{p}»")),
        (
            r'"(?P<p>.*)" is a summary period.*',
            _noop("«{p}» là kỳ tổng hợp: điểm lấy từ các kỳ thành phần, không chấm trực tiếp"),
        ),
        (r'there is no period named "(?P<p>.*)".*', _noop("không có kỳ chấm điểm «{p}»")),
    ]
)


def translate(message: str, table: Sequence[Phrase] = ENTRY_PHRASES) -> str:
    """``message`` in the user's language when its shape is known, else unchanged."""
    for pattern, template in table:
        match = pattern.match(message)
        if match:
            return QtCore.QCoreApplication.translate(CONTEXT, template).format(**match.groupdict())
    return message


def problem_text(problem: Problem, table: Sequence[Phrase] = ENTRY_PHRASES) -> str:
    message = translate(problem.message, table)
    return f"{problem.where}: {message}" if problem.where else message


def problems_text(problems: Iterable[Problem], table: Sequence[Phrase] = ENTRY_PHRASES) -> str:
    return "\n".join(problem_text(p, table) for p in problems)
