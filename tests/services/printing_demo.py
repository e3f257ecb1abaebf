"""The demo district as printing tests use it: built once, copied for each test."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from emulation.services.demo import build_demo
from emulation.services.printing import set_decision
from emulation.services.signing_keys import create_key, load_private_key
from emulation.services.workspace import Workspace
from emulation.store import Certificate

VILLAGES = "Tháng 09/2026 – Thôn, tổ dân phố"
OFFICES = "Tháng 09/2026 – Công sở"
DECISION = "05/QĐ-UBND"
ON = date(2026, 11, 5)
DECISION_LINE = "Quyết định số 05/QĐ-UBND ngày 05/11/2026"
DATE_LINE = "Bảo Yên, ngày 05 tháng 11 năm 2026"


_built: dict[str, Path] = {}


def build_demo_file(factory: pytest.TempPathFactory) -> Path:
    """The demo district in a closed SQLite file, ready to be copied; built once per test run."""
    if "demo" not in _built:
        path = factory.mktemp("demo") / "demo.sqlite"
        ws = Workspace.open(str(path), user="thư ký")
        build_demo(ws)
        ws.close()
        _built["demo"] = path
    return _built["demo"]


def copy_demo(source: Path, target: Path) -> Path:
    """A copy of the demo database at ``target`` (its folder is made)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal"):
        part = source.with_name(source.name + suffix)
        if part.exists():
            shutil.copy(part, target.with_name(target.name + suffix))
    return target


PASSPHRASE = "mật khẩu ký giấy khen"


def open_with_decision(path: Path) -> Workspace:
    """The workspace on ``path``, with the decision of the villages' September period recorded
    and the committee's signing key made and unlocked."""
    workspace = Workspace.open(str(path), user="thư ký")
    set_decision(workspace, VILLAGES, DECISION, ON)
    unlock_signing_key(workspace, path.parent / "khoa-ky.pem")
    return workspace


def unlock_signing_key(ws: Workspace, key_file: Path) -> Path:
    """Make the database's signing key in ``key_file`` and unlock it for ``ws``."""
    create_key(ws, key_file, PASSPHRASE)
    ws.signer = load_private_key(key_file, PASSPHRASE)
    return key_file


def register_serials(ws: Workspace) -> list[int]:
    with ws.transaction() as session:
        return sorted(session.scalars(select(Certificate.serial)))
