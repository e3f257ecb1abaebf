"""Faults as data: a code, its parameters and the place it was found.

The words are not here: one catalogue (:mod:`emulation.i18n`) renders a fault in the user's
language at the boundary (command line, application, log, PDF).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

Param = str | int
EMPTY: Mapping[str, Param] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Problem:
    """One fault: ``where`` is a JSON path, ``file › sheet › cell`` or a field's code;
    ``code`` names the fault in the catalogue and ``params`` fill its sentence."""

    where: str
    code: str
    params: Mapping[str, Param] = field(default_factory=lambda: EMPTY)

    def __hash__(self) -> int:
        return hash((self.where, self.code, tuple(sorted(self.params.items()))))

    def __str__(self) -> str:
        """A language-free form for logs and debugging; users see :func:`emulation.i18n.render`."""
        shown = f"{self.code} {dict(self.params)}" if self.params else self.code
        return f"{self.where}: {shown}" if self.where else shown


def problem(where: str, code: str, /, **params: Param) -> Problem:
    """``problem("criteria[0].max", "above_max", value="11", max="10")``."""
    return Problem(where, code, MappingProxyType(dict(params)) if params else EMPTY)


def placed(fault: Problem, where: str) -> Problem:
    """The same fault found at ``where`` (a cell, a field, a JSON path)."""
    return Problem(where, fault.code, fault.params)


def within(source: str, fault: Problem) -> Problem:
    """The fault named inside ``source`` (a file's name): ``source › where``."""
    return placed(fault, f"{source} › {fault.where}" if fault.where else source)


class ProblemsError(Exception):
    """Raised at a boundary (services, CLI) to carry every fault of one input at once."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InputError(ProblemsError):
    """Bad input: every fault with its place; nothing was written.

    The services raise it, and so do the readers of files that refuse a whole file (a workbook
    that is no workbook), so a service lets a reader's refusal through as it is.
    """

    @classmethod
    def single(cls, where: str, code: str, /, **params: Param) -> InputError:
        """One fault at ``where`` (a field, a file, a cell): its catalogue code and parameters."""
        return cls([problem(where, code, **params)])
