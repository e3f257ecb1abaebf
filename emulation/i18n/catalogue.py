"""Looking a code up in the catalogue of the current language and filling in its fields."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from functools import cache

from emulation.i18n.compiled import cached_sentences
from emulation.resources import resource_path
from emulation.scoring.problems import Param, Problem

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
DOMAIN = "emulation"
FIELD_PREFIX = "field."
#: a parameter whose value is a code with one of these prefixes is itself said in the language
NAMED_PREFIXES = (FIELD_PREFIX, "role.", "action.")

_current = [DEFAULT_LANGUAGE]
log = logging.getLogger(__name__)


def set_language(lang: str | None) -> str:
    """Make ``lang`` (``vi`` or ``en``) the language of every sentence; anything else means Vietnamese."""
    _current[0] = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    return _current[0]


def language() -> str:
    return _current[0]


def sentences(lang: str) -> dict[str, str]:
    """The catalogue of ``lang``: code → sentence (untranslated entries left out)."""
    return domain_sentences(lang, DOMAIN)


@cache
def domain_sentences(lang: str, domain: str) -> dict[str, str]:
    """The ``domain`` catalogue of ``lang``, read from its ``.po`` file (through the user's cache
    folder: :mod:`emulation.i18n.compiled`); empty when there is none."""
    try:
        path = resource_path("locale", lang, "LC_MESSAGES", f"{domain}.po")
    except FileNotFoundError:  # a domain a language does not translate (argparse's own English)
        return {}
    return cached_sentences(path, lang, domain)


def say(code: str, /, **params: Param) -> str:
    """The sentence of ``code`` in the current language, its ``{fields}`` filled in.

    A code missing from the catalogue, or a field missing from ``params``, is logged as an error
    and shown as the code with its parameters: never a silent fallback to another language.
    """
    template = sentences(language()).get(code)
    if template is None:
        log.error("no sentence for %r in the %s catalogue", code, language())
        return _raw(code, params)
    try:
        return template.format(**{k: _named(v) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        log.error("the %s sentence of %r does not fit its parameters %r", language(), code, params)
        return _raw(code, params)


def _raw(code: str, params: dict[str, Param]) -> str:
    return f"{code} {params}" if params else code


def _named(value: Param) -> Param:
    """A parameter that is itself a code (a field, a role, an action) is said in the language too."""
    if isinstance(value, str) and value.startswith(NAMED_PREFIXES):
        return say(value)
    return value


def place(where: str) -> str:
    """A place as the user reads it: a field's code becomes its name, a cell or JSON path stays."""
    name = sentences(language()).get(FIELD_PREFIX + where)
    return name if name is not None else where


def sentence(problem: Problem) -> str:
    """The fault's sentence alone, for a place that is already shown (a form field, a cell's row)."""
    return say(problem.code, **problem.params)


def render(problem: Problem) -> str:
    """``place: sentence`` in the current language."""
    text = say(problem.code, **problem.params)
    where = place(problem.where) if problem.where else ""
    return f"{where}: {text}" if where else text


def render_all(problems: Iterable[Problem]) -> list[str]:
    return [render(p) for p in problems]
