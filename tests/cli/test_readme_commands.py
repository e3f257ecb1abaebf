"""The README's command-line section runs as it is written, in its order, on the shipped examples.

Each line of the section's ``sh`` block is a command a new user copies from the repository root;
here they run in a temporary folder holding a copy of ``examples/``, so the repository stays as
it was. What they print may change language, so the test holds them to their exit codes and to
the files they write.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from emulation.cli import main

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
PREFIX = ["uv", "run", "emulation"]


def readme_commands() -> list[list[str]]:
    """The argument lists of the ``sh`` block under "## Command line", in order."""
    text = README.read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block is not None, "the README's command-line section has no sh block"
    commands = [shlex.split(line, comments=True) for line in block.group(1).splitlines() if line.strip()]
    return [c for c in commands if c]


def repository_listing() -> set[str]:
    return {p.name for p in ROOT.iterdir()} | {f"examples/{p.name}" for p in (ROOT / "examples").iterdir()}


def test_every_line_is_an_emulation_command_on_the_shipped_examples() -> None:
    commands = readme_commands()
    assert len(commands) >= 20
    for argv in commands:
        assert argv[:3] == PREFIX, argv
        for arg in argv:
            if arg.startswith("examples/"):
                assert (ROOT / arg).is_file(), f"{arg} is named in the README but not shipped"


def test_the_readme_commands_run_in_order_from_a_fresh_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = repository_listing()
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EMULATION_DB", raising=False)
    monkeypatch.setenv("EMULATION_KEY_PASSPHRASE", "mật khẩu của khóa ký")  # what the prompt would be answered
    for argv in readme_commands():
        code = main(argv[len(PREFIX):])
        captured = capsys.readouterr()
        assert code == 0, f"{shlex.join(argv)} exited {code}:\n{captured.err}"

    for name in ("x.sqlite", "demo.sqlite", "mau-thang-10.xlsx", "xep-hang.xlsx"):
        assert (tmp_path / name).stat().st_size > 0, name
    certificates = PdfReader(tmp_path / "giay-khen.pdf")
    assert len(certificates.pages) == 3  # the first of each commune and the town: Giấy khen, top 1 per parent
    assert "Thôn Đông Lai" in certificates.pages[0].extract_text()
    award_list = PdfReader(tmp_path / "danh-sach.pdf").pages[0].extract_text()
    assert "Khu dân cư Nặm Mèng" in award_list and "2.130.000" in award_list
    assert PdfReader(tmp_path / "bao-cao.pdf").pages
    assert repository_listing() == before, "the commands left files in the repository"


def test_the_examples_give_the_ranking_the_readme_promises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two members' workbooks averaged, the self-score kept apart, the veto capping Tổng Kim."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    for argv in readme_commands():
        if argv[5:7] == ["rank", "Tháng 10/2026"]:
            break
        if "demo" not in argv:
            assert main(argv[len(PREFIX):]) == 0
    capsys.readouterr()
    assert main(["--db", "x.sqlite", "rank", "Tháng 10/2026", "--json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    assert len(rows) == 11  # the villages and residential groups only: the criteria are for "thôn"
    assert rows["VY-TK"]["rank"] == 1 and rows["VY-TK"]["grade"] == "Khá" and rows["VY-TK"]["vetoes"] == ["K1"]
    assert rows["ND-ĐL"]["total"] == 103.85
    assert not any(r["incomplete"] for r in rows.values())
