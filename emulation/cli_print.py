"""`emulation print …`, `emulation verify …` and `emulation period decision …` over the services."""

from __future__ import annotations

import argparse
from pathlib import Path

from emulation.i18n import render, say
from emulation.scoring.problems import placed
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
        "award-list": (printing.print_award_list, "cli_printed_award_list"),
        "report": (printing.print_report, "cli_printed_report"),
        "score-forms": (printing.print_score_forms, "cli_printed_score_forms"),
    }
    write, code = documents[args.what]
    done = write(ws, args.period, out)
    print(say(code, path=str(done.path), pages=done.pages, count=done.units))


def _certificates(ws: Workspace, args: argparse.Namespace, out: Path) -> None:
    calibration = bool(getattr(args, "calibration", False))
    done = printing.print_certificates(
        ws, args.period, out, award=args.award, overlay=args.overlay, calibration=calibration
    )
    if calibration:
        print(say("cli_printed_calibration", path=str(done.path)))
        return
    serials = serial_ranges(list(done.serials))
    params: dict[str, str | int] = {"path": str(done.path), "pages": done.pages, "serials": serials, "new": done.new}
    if done.reprinted:
        print(say("cli_printed_certificates_again", reprinted=done.reprinted, **params))
    else:
        print(say("cli_printed_certificates", **params))


def verified_line(item: Verified) -> str:
    """"Giấy khen hợp lệ: số vào sổ 12 — Thôn Nà Khương — Tháng 09/2026 — Giấy khen — Quyết định số …"."""
    if item.decision_date:
        decision = say("cli_decision_dated", number=item.decision_number or "?", date=format_date(item.decision_date))
    else:
        decision = say("cli_decision", number=item.decision_number or "?")
    parts = [say("cli_serial", serial=item.serial or "?"), item.unit_name, item.period, item.award, decision]
    return say("cli_certificate_genuine", details=" — ".join(p or "?" for p in parts), unit=item.unit_code or "?")


def do_verify(ws: Workspace, args: argparse.Namespace) -> None:
    result = printing.verify(ws, args.target)
    for item in result.certificates:
        if item.genuine:
            line = verified_line(item)
            print(say("cli_on_page", page=item.page, text=line) if item.page else line)
    if not result.genuine:
        bad = [item for item in result.certificates if not item.genuine and item.reason is not None]
        if not bad and result.why_not is not None:
            raise InputError([placed(result.why_not, args.target)])
        raise InputError.single(args.target, "cli_certificate_not_genuine", reasons="; ".join(
            say("cli_on_page", page=i.page, text=render(i.reason)) if i.page and i.reason else render(i.reason)
            for i in bad if i.reason is not None
        ))


def do_decision(ws: Workspace, args: argparse.Namespace) -> None:
    on = None
    if args.date:
        on = parse_date(args.date)
        if on is None:
            raise InputError.single("--date", "date_unreadable", value=args.date)
    number, when = printing.set_decision(ws, args.period, args.number, on)
    print(say("cli_decision_recorded", period=args.period, number=number, date=format_date(when)))
