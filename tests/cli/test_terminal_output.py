"""Names already in a database with hidden characters (stored before imports refused them) are
spelled out on a terminal, never obeyed; output to a file or a pipe stays as stored."""

from __future__ import annotations

import io
import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

from emulation.cli_terminal import VisibleText
from emulation.text import visible

from .conftest import Run


def test_hidden_characters_are_spelled_out() -> None:
    assert visible("Thôn\x1b[2J Một\u202e") == "Thôn<U+001B>[2J Một<U+202E>"
    assert visible("Thôn Một\n\tHai") == "Thôn Một\n\tHai"
    stream = io.StringIO()
    VisibleText(stream).write("A\x07B")
    assert stream.getvalue() == "A<U+0007>B"


def test_a_stored_escape_sequence_is_shown_not_obeyed_on_a_terminal(run: Run, db: Path, tmp_path: Path) -> None:
    table = tmp_path / "don-vi.csv"
    table.write_text("Mã,Tên\nT1,Thôn Một\n", "utf-8")
    assert run("units", "import", str(table)).code == 0
    with sqlite3.connect(db) as con:  # as an older version, or another program, could have stored it
        con.execute("UPDATE units SET name = ? WHERE code = 'T1'", ("Thôn\x1b[2J Một",))
    program = "import sys; from emulation.cli import main; sys.exit(main())"
    command = [sys.executable, "-c", program, "--db", str(db), "units", "list"]
    piped = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "Thôn\x1b[2J Một" in piped.stdout  # data to a pipe stays as stored
    leader, follower = pty.openpty()
    shown = subprocess.run(command, stdout=follower, stderr=subprocess.PIPE, check=True,
                           env={**os.environ, "EMULATION_USER": "thư ký"})
    os.close(follower)
    text = os.read(leader, 65536).decode("utf-8")
    os.close(leader)
    assert shown.returncode == 0
    assert "Thôn<U+001B>[2J Một" in text and "\x1b" not in text
