"""The scoring core is pure: no Qt, SQL, spreadsheets, PDFs or file access."""

import ast
import subprocess
import sys
from pathlib import Path

import emulation.scoring

CORE = Path(emulation.scoring.__file__).parent
FORBIDDEN = (
    "PySide6",
    "sqlalchemy",
    "alembic",
    "openpyxl",
    "reportlab",
    "pypdf",
    "emulation.store",
    "emulation.excel",
    "emulation.reports",
    "emulation.services",
    "emulation.ui",
    "emulation.cli",
    "pathlib",
    "os",
    "io",
    "shutil",
    "sqlite3",
    "tempfile",
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_of_the_core_imports_a_forbidden_one() -> None:
    files = [*CORE.glob("*.py"), CORE.parent / "text.py"]
    for path in files:
        for name in imported_modules(path):
            assert not any(name == f or name.startswith(f + ".") for f in FORBIDDEN), f"{path.name} imports {name}"


def test_no_builtin_open_in_the_core() -> None:
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
        assert not [c for c in calls if c.func.id == "open"], path.name  # type: ignore[attr-defined]


def test_importing_the_core_loads_no_heavy_library() -> None:
    modules = [f"emulation.scoring.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + (
            "bad=[m for m in sys.modules if m.split('.')[0] in "
            "('PySide6','sqlalchemy','openpyxl','reportlab','pypdf')]\nprint(','.join(bad))"
        )
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
