"""The demo district with a council of five members, as the council and decision tests use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulation.services.council_members import set_member
from emulation.services.workspace import Workspace
from tests.services.printing_demo import VILLAGES, build_demo_file, copy_demo

PERIOD = VILLAGES
MEMBERS = (
    ("Hoàng Văn Thành", "Chủ tịch Hội đồng"),
    ("Lê Thị Hoa", "Phó Chủ tịch Hội đồng"),
    ("Nguyễn Văn An", "Ủy viên"),
    ("Lò Văn Dũng", "Ủy viên"),
    ("Trần Thị Bình", "Thư ký Hội đồng"),
)
PRESENT = ["Hoàng Văn Thành", "Lê Thị Hoa", "Nguyễn Văn An", "Trần Thị Bình"]


@pytest.fixture
def ws(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Workspace:
    """The demo district with its council; the villages' September period is open."""
    path = copy_demo(build_demo_file(tmp_path_factory), tmp_path / "db" / "council.sqlite")
    workspace = Workspace.open(str(path), user="thư ký")
    for name, position in MEMBERS:
        set_member(workspace, name, position)
    yield workspace
    workspace.close()
