"""The emulation command: the application goes straight to its window, the command line never loads Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from emulation.start import AppRequest, application_request

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("argv", "request_"),
    [
        ([], AppRequest()),
        (["gui"], AppRequest()),
        (["--demo"], AppRequest(demo=True)),
        (["--db", "x.sqlite", "--demo", "gui"], AppRequest(db="x.sqlite", demo=True)),
        (["--db=postgresql+psycopg://thuky@may/thidua"], AppRequest(db="postgresql+psycopg://thuky@may/thidua")),
        (["gui", "--lang", "en"], AppRequest(lang="en")),
        (["--lang=vi", "--db", "a b.sqlite"], AppRequest(db="a b.sqlite", lang="vi")),
    ],
)
def test_the_application_is_recognised(argv: list[str], request_: AppRequest) -> None:
    assert application_request(argv) == request_


@pytest.mark.parametrize(
    "argv",
    [
        ["units", "list"],
        ["--help"],
        ["-h"],
        ["demo"],
        ["gui", "--demo"],  # the command gui has no options: the command line refuses it with its usage
        ["--dem"],  # an abbreviation: argparse's to accept
        ["--db"],
        ["--db", "--demo"],
        ["--lang", "fr"],
        ["gui", "gui"],
    ],
)
def test_anything_else_is_the_command_lines(argv: list[str]) -> None:
    assert application_request(argv) is None


def run_python(code: str, tmp_path: Path) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "EMULATION_USER": "thư ký"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


def test_the_first_window_is_shown_before_the_database_layer_is_loaded(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    seen = run_python(
        "import os, sys\n"
        "from PySide6 import QtCore, QtWidgets\n"
        "app = QtWidgets.QApplication(sys.argv)\n"
        "def look():\n"
        "    from emulation.ui.app import main_window\n"
        "    w = main_window()\n"
        "    heavy = ('sqlalchemy', 'emulation.store', 'emulation.services.workspace')\n"
        "    loaded = sorted(m for m in heavy if m in sys.modules)\n"
        "    print(w.isVisible(), repr(w.opening_text()), loaded, flush=True)\n"
        "    os._exit(0)\n"
        "QtCore.QTimer.singleShot(0, look)\n"
        "from emulation.start import main\n"
        f"main(['--db', {str(db)!r}])\n",
        tmp_path,
    )
    assert seen == "True 'Đang mở cơ sở dữ liệu…' []"


def test_the_command_line_does_not_load_qt(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite"
    seen = run_python(
        "import sys\n"
        "from emulation.start import main\n"
        f"code = main(['--db', {str(db)!r}, 'units', 'list'])\n"
        "print(code, sorted(m for m in ('PySide6', 'shiboken6') if m in sys.modules))\n",
        tmp_path,
    )
    assert seen == "0 []"


def test_importing_units_into_sqlite_loads_no_postgresql_dialect_and_a_known_catalogue_no_po_reader(
        tmp_path: Path) -> None:
    db, units = tmp_path / "t.sqlite", tmp_path / "units.csv"
    units.write_text("Mã,Tên,Loại,Thuộc,Cụm\nX01,Xã Đồng Tâm,xã,,Cụm 1\nT01,Thôn Nà Hu,thôn,X01,\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from emulation.start import main\n"
        f"code = main(['--db', {str(db)!r}, 'units', 'import', {str(units)!r}])\n"
        "heavy = ('sqlalchemy.dialects.postgresql', 'babel.messages', 'alembic', 'openpyxl', 'reportlab')\n"
        "print(code, sorted(m for m in heavy if m in sys.modules))\n"
    )
    created = f"from emulation.start import main\nprint(main(['--db', {str(db)!r}, 'units', 'list']))\n"
    assert run_python(created, tmp_path / "elsewhere") == "0"  # a new database: migrated, with Alembic
    assert run_python(code, tmp_path) == "0 ['babel.messages']"  # the first start reads the .po file
    assert run_python(code, tmp_path) == "0 []"  # the next ones its cached sentences


def test_the_help_loads_no_database_layer(tmp_path: Path) -> None:
    code = (
        "import contextlib, io, sys\n"
        "from emulation.start import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as shown:\n"
        "    code = main(['--help'])\n"
        "heavy = ('sqlalchemy', 'emulation.store.models', 'emulation.services.workspace', 'babel.messages')\n"
        "print(code, 'units' in shown.getvalue(), sorted(m for m in heavy if m in sys.modules))\n"
    )
    assert run_python(code, tmp_path) == "0 True ['babel.messages']"  # the first start reads the .po file
    assert run_python(code, tmp_path) == "0 True []"


def test_importing_units_into_an_up_to_date_file_loads_no_database_layer(tmp_path: Path) -> None:
    db, units = tmp_path / "t.sqlite", tmp_path / "units.csv"
    units.write_text("Mã,Tên,Loại,Thuộc,Cụm\nX01,Xã Đồng Tâm,xã,,Cụm 1\nT01,Thôn Nà Hu,thôn,X01,\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from emulation.start import main\n"
        f"code = main(['--db', {str(db)!r}, 'units', 'import', {str(units)!r}])\n"
        "heavy = ('sqlalchemy', 'emulation.store.models', 'emulation.services.workspace', 'alembic')\n"
        "print(code, sorted(m for m in heavy if m in sys.modules))\n"
    )
    new_file = ['alembic', 'emulation.services.workspace', 'emulation.store.models', 'sqlalchemy']
    assert run_python(code, tmp_path) == f"0 {new_file}"  # a new file is created and migrated the full way
    assert run_python(code, tmp_path) == "0 []"  # then it is up to date: the driver alone
    listed = f"from emulation.start import main\nprint(main(['--db', {str(db)!r}, 'units', 'list']))\n"
    assert run_python(listed, tmp_path) == "0"
