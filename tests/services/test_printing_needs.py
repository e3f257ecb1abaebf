"""What printing needs is told before printing, and what the person fills in is saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from emulation.services.printing_needs import complete_for_print, print_needs
from emulation.services.settings import read_settings, update_settings
from emulation.services.workspace import Workspace
from tests.services.printing_demo import OFFICES, build_demo_file, copy_demo


def test_blank_settings_and_a_missing_decision_are_told_then_saved(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    ws = Workspace.open(str(copy_demo(build_demo_file(tmp_path_factory), tmp_path / "d.sqlite")), user="thư ký")
    update_settings(ws, {"place": "", "signer_name": ""})
    needs = print_needs(ws, OFFICES)
    assert needs.settings == ("place", "signer_name") and needs.decision and not needs.complete
    assert print_needs(ws, OFFICES, decision=False).decision is False
    done = complete_for_print(ws, OFFICES, {"place": "Bảo Yên", "signer_name": "Nguyễn Văn A"},
                              ("05", date(2026, 11, 5)))
    assert done.complete
    assert read_settings(ws)["place"] == "Bảo Yên"
    ws.close()
