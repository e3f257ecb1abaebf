"""`emulation period create` with a criteria set that names no unit kind, over units of several
kinds: refused with the sentence the service gives, in Vietnamese and in English, until a kind is
chosen or every kind is confirmed."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from tests.cli.conftest import Run
from tests.cli.scenario import CRITERIA
from tests.data import SAMPLES

PERIOD = "Tháng 10/2026"


def without_kind(run: Run, tmp_path: Path) -> str:
    doc = copy.deepcopy(CRITERIA)
    doc.pop("unit_kind")
    path = tmp_path / "criteria.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert run("criteria", "import", str(path)).code == 0
    assert run("units", "import", str(SAMPLES / "don-vi-bao-yen.xlsx")).code == 0
    return str(doc["name"])


def test_a_mixed_list_needs_a_kind_or_a_confirmation(run: Run, tmp_path: Path) -> None:
    name = without_kind(run, tmp_path)
    refused = run("period", "create", PERIOD, "--criteria", name)
    assert refused.code == 2
    assert refused.err.startswith(
        "lỗi: --kind: bộ tiêu chí «Thôn sạch – thử nghiệm» không nêu loại đơn vị mà các đơn vị thuộc nhiều loại "
        "(11 thôn, ")
    assert refused.err.rstrip().endswith("chọn một loại (--kind), hoặc xác nhận lấy tất cả (--all-kinds)")
    english = run("--lang", "en", "period", "create", PERIOD, "--criteria", name)
    assert english.err.startswith("error: --kind: the criteria set “Thôn sạch – thử nghiệm” names no unit kind")
    assert run("period", "list").out.strip() == ""  # nothing was created
    villages = run("period", "create", PERIOD, "--criteria", name, "--kind", "thôn")
    assert villages.code == 0 and "11 đơn vị" in villages.out
    everything = run("period", "create", "Tháng 10/2026 – tất cả", "--criteria", name, "--all-kinds")
    assert everything.code == 0 and "19 đơn vị" in everything.out
