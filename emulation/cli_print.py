"""`emulation print …`, `emulation verify …` and `emulation period decision …` over the services."""

from __future__ import annotations

import argparse
from pathlib import Path

from emulation.services import printing
from emulation.services.errors import InputError
from emulation.services.printing_output import serial_ranges
from emulation.services.printing_verify import Verified
from emulation.services.workspace import Workspace
from emulation.text import format_date, parse_date


def do_print(ws: Workspace, args: argparse.Namespace) -> None:
    out = Path(args.output)
    if args.what == "certificates":
        _certificates(ws, args, out)
        return
    documents = {
        "award-list": (printing.print_award_list, "awardees"),
        "report": (printing.print_report, "units"),
        "score-forms": (printing.print_score_forms, "forms"),
    }
    render, what = documents[args.what]
    done = render(ws, args.period, out)
    print(f"{done.path}: {done.pages} pages, {done.units} {what}")


def _certificates(ws: Workspace, args: argparse.Namespace, out: Path) -> None:
    calibration = bool(getattr(args, "calibration", False))
    done = printing.print_certificates(
        ws, args.period, out, award=args.award, overlay=args.overlay, calibration=calibration
    )
    if calibration:
        print(f"{done.path}: calibration page for pre-printed blanks (no serial taken)")
        return
    serials = serial_ranges(list(done.serials))
    again = f", {done.reprinted} reprinted with their serials" if done.reprinted else ""
    print(f"{done.path}: {done.pages} certificates, serials {serials} ({done.new} new{again})")


def verified_line(item: Verified) -> str:
    """"Giấy khen hợp lệ: số vào sổ 12 — Thôn Nà Khương — Tháng 09/2026 — Giấy khen — Quyết định số …"."""
    decision = f"Quyết định số {item.decision_number}"
    if item.decision_date:
        decision += f" ngày {format_date(item.decision_date)}"
    parts = [f"số vào sổ {item.serial}", item.unit_name, item.period, item.award, decision]
    return "Giấy khen hợp lệ: " + " — ".join(p or "?" for p in parts) + f" (mã đơn vị {item.unit_code})"


def do_verify(ws: Workspace, args: argparse.Namespace) -> None:
    result = printing.verify(ws, args.target)
    for item in result.certificates:
        where = f"trang {item.page}: " if item.page else ""
        if item.genuine:
            print(where + verified_line(item))
    if not result.genuine:
        bad = [item for item in result.certificates if not item.genuine]
        reasons = [f"trang {i.page}: {i.reason}" if i.page else str(i.reason) for i in bad] or [str(result.why_not)]
        raise InputError.single("", "KHÔNG hợp lệ: " + "; ".join(reasons))


def do_decision(ws: Workspace, args: argparse.Namespace) -> None:
    on = None
    if args.date:
        on = parse_date(args.date)
        if on is None:
            raise InputError.single("--date", f'"{args.date}" is not a date (dd/mm/yyyy)')
    number, when = printing.set_decision(ws, args.period, args.number, on)
    print(f'"{args.period}": Quyết định số {number} ngày {format_date(when)}')
