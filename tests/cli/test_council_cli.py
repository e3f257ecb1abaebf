"""A period's month on the command line: candidates, ballots, tally, threshold, minutes, decision, history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from emulation.i18n.audit import action_name
from tests.cli.conftest import Run
from tests.reports.pdfs import page_texts_pypdf
from tests.services.printing_demo import VILLAGES, build_demo_file, copy_demo

PERIOD = VILLAGES


@pytest.fixture
def demo(db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_demo(build_demo_file(tmp_path_factory), db)


def _flat(path: Path) -> str:
    return " ".join(" ".join(page_texts_pypdf(path)).split())


def test_from_the_ranking_to_the_signed_decision(demo: Path, run: Run, tmp_path: Path) -> None:
    for name, position in (("Hoàng Văn Thành", "Chủ tịch Hội đồng"), ("Lê Thị Hoa", "Phó Chủ tịch Hội đồng"),
                           ("Nguyễn Văn An", "Ủy viên"), ("Trần Thị Bình", "Thư ký Hội đồng")):
        assert run("council", "members", "add", name, "--position", position).code == 0
    threshold = run("council", "threshold", "Giấy khen", "70%", "--of", "attending")
    assert (threshold.code, threshold.out.strip()) == (0, "Giấy khen: cần từ 70,00 % số thành viên có mặt đồng ý")
    opened = run("council", "open", PERIOD, "--present", "Hoàng Văn Thành,Lê Thị Hoa,Trần Thị Bình",
                 "--date", "30/10/2026")
    assert opened.out.strip() == f"đã mở phiên họp xét kỳ “{PERIOD}”: 3 tập thể được đề nghị"
    assert run("council", "remove", PERIOD, "ND-T4", "--reason", "Có đơn thư phản ánh").code == 0
    ballots = run("council", "ballots", PERIOD, "-o", str(tmp_path / "phieu.pdf"))
    assert ballots.out.strip() == f"{tmp_path / 'phieu.pdf'}: 3 phiếu biểu quyết"
    assert len(page_texts_pypdf(tmp_path / "phieu.pdf")) == 3

    shown = run("council", "tally", PERIOD, "PR-T3=3/0", "VY-T1=2/1")
    assert shown.code == 0, shown.err
    assert "PR-T3  Tổ dân phố 3  Giấy khen  3/0  100,00 %  Đạt" in shown.out
    assert "VY-T1  Thôn Tổng Kim  Giấy khen  2/1  66,67 %  Không đạt" in shown.out
    state = run("council", "show", PERIOD, "--json").json()
    assert [(c["code"], c["percent"], c["approved"]) for c in state["candidates"] if not c["removed"]] == [
        ("PR-T3", 100.0, True), ("VY-T1", 66.67, False)]

    assert run("council", "minutes", PERIOD, "-o", str(tmp_path / "bb.pdf")).code == 0
    minutes = _flat(tmp_path / "bb.pdf")
    assert "Hội đồng có 4 thành viên; có mặt 3 thành viên, vắng 1 thành viên (Nguyễn Văn An)" in minutes
    assert "Thôn Tổng Kim Giấy khen 2 1 66,67 % Không đạt" in minutes

    issued = run("decision", PERIOD, "07", "--docx", str(tmp_path / "qd.docx"), "--pdf", str(tmp_path / "qd.pdf"))
    today = date.today().strftime("%d/%m/%Y")
    assert issued.code == 0, issued.err
    assert issued.out.startswith(f"Quyết định số 07/QĐ-UBND ngày {today}: 1 tập thể, 710.000 đ")
    decision = _flat(tmp_path / "qd.pdf")
    assert "Số: 07/QĐ-UBND" in decision and "Tặng Giấy khen cho 1 tập thể" in decision
    assert f"(Kèm theo Quyết định số 07/QĐ-UBND ngày {today})" in decision
    doc = Document(str(tmp_path / "qd.docx"))
    assert [c.text for c in doc.tables[-1].rows[1].cells][1] == "Tổ dân phố 3"
    assert len(doc.tables[-1].rows) == 3  # heading, one awardee, total

    history = run("history", "unit", "PR-T3")
    assert history.out.strip() == "2026  PR-T3  Tổ dân phố 3  Giấy khen, Xuất sắc  07/QĐ-UBND"
    log = run("audit", PERIOD).out
    for action in ("council_open", "council_remove", "council_tally", "decision_issue"):
        assert action_name(action) in log and action_name(action) != action


def test_faults_name_their_place_and_exit_2(demo: Path, run: Run) -> None:
    no_members = run("council", "open", PERIOD)
    assert (no_members.code, no_members.err.strip()) == (
        2, "lỗi: Hội đồng: Hội đồng chưa có thành viên nào (emulation council members add …)")
    run("council", "members", "add", "Hoàng Văn Thành")
    run("council", "open", PERIOD)
    bad = run("council", "tally", PERIOD, "PR-T3=3")
    assert bad.code == 2 and "phải có dạng MÃ=ĐỒNG_Ý/KHÔNG_ĐỒNG_Ý" in bad.err
    too_many = run("council", "tally", PERIOD, "PR-T3=2/0")
    assert too_many.err.strip() == "lỗi: PR-T3: 2 phiếu nhiều hơn 1 thành viên có mặt"
    assert run("lock", PERIOD).code == 0
    locked = run("council", "tally", PERIOD, "PR-T3=1/0")
    assert locked.code == 2 and "đã khóa" in locked.err


def test_history_import_and_report(demo: Path, run: Run, tmp_path: Path) -> None:
    csv = tmp_path / "cu.csv"
    csv.write_text("Năm;Mã;Hình thức\n2024;PR-T3;Giấy khen\n2025;PR-T3;Giấy khen\n2025;VY-T1;Giấy khen\n",
                   encoding="utf-8")
    assert run("history", "import", str(csv)).out.strip() == "3 khen thưởng đã thêm, 0 đã có từ trước"
    report = run("history", "report", "--json").json()["rows"]
    assert [(r["year"], r["award"], r["parent"], r["count"]) for r in report] == [
        (2025, "Giấy khen", "Thị trấn Phố Ràng", 1), (2025, "Giấy khen", "Xã Vĩnh Yên", 1),
        (2024, "Giấy khen", "Thị trấn Phố Ràng", 1)]
    csv.write_text("Năm;Mã;Hình thức\n2024;KHÔNG-CÓ;Giấy khen\n", encoding="utf-8")
    bad = run("history", "import", str(csv))
    assert (bad.code, bad.err.strip()) == (2, "lỗi: cu.csv › CSV › A2: không có đơn vị “KHÔNG-CÓ”")
