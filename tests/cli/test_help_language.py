"""The command line's own words — `--help`, the usage line and argparse's refusals of a command
line — in Vietnamese by default and in English with `--lang en`."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from emulation.cli import _default_file, build_parser
from emulation.cli_argparse import speak
from emulation.i18n import say, set_language
from emulation.i18n.catalogue import domain_sentences, sentences

from .conftest import Run


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from parsers(child)


@pytest.fixture(params=["vi", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    speak(set_language(request.param))
    yield request.param
    speak(set_language("vi"))


def test_every_help_page_is_in_the_language(lang: str) -> None:
    helps = {say(code, default=_default_file()) for code in sentences(lang) if code.startswith("cli_help.")}
    foreign = {"vi": "show this help message", "en": "xem hướng dẫn"}[lang]
    for parser in parsers(build_parser()):
        page = parser.format_help()  # every page renders: a stray % in a help text would raise here
        assert foreign not in page, parser.prog
        for action in parser._actions:
            if action.help and action.help != argparse.SUPPRESS and action.dest != "help":
                assert action.help in helps, f"{parser.prog}: {action.help!r} is not from the catalogue"
            for choice in getattr(action, "_choices_actions", []):
                assert choice.help in helps, f"{parser.prog} {choice.dest}: {choice.help!r}"


def test_argparse_words_keep_their_fields() -> None:
    for msgid, text in domain_sentences("vi", "argparse").items():
        fields = sorted(part for part in msgid.split("%")[1:])
        assert sorted(part[:1] for part in text.split("%")[1:]) == sorted(f[:1] for f in fields), msgid


def test_a_command_line_mistake_is_refused_in_vietnamese(run: Run) -> None:
    missing = run("period", "create")
    assert missing.code == 2
    assert missing.err.startswith("cách dùng: emulation period create")
    assert missing.err.rstrip().endswith("emulation period create: lỗi: còn thiếu tham số: name")
    unknown = run("perod", "list")
    assert "lỗi: tham số COMMAND: không có lựa chọn 'perod' (chọn một trong: 'gui'," in unknown.err
    extra = run("period", "list", "--nothing")
    assert extra.err.rstrip().endswith("lỗi: không hiểu các tham số: --nothing")
    english = run("--lang", "en", "period", "create")
    assert english.err.rstrip().endswith("emulation period create: error: the following arguments are required: name")


def test_help_is_vietnamese_and_english_on_request(run: Run) -> None:
    vi = run("rank", "--help")
    assert vi.code == 0
    assert vi.out.startswith("cách dùng: emulation rank")
    assert "tùy chọn:" in vi.out and "ghi bảng xếp hạng ra tệp Excel" in vi.out
    en = run("--lang", "en", "council", "--help")
    assert en.code == 0
    assert en.out.startswith("usage: emulation council") and "e.g. 70%" in en.out
