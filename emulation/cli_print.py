"""`emulation print …`, `emulation verify …` and `emulation period decision …` over the services."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from emulation.i18n import say
from emulation.scoring.problems import problem
from emulation.services import printing
from emulation.services.errors import InputError
from emulation.services.printing_output import serial_ranges
from emulation.services.revocations import export_revocations
from emulation.services.signing_keys import (
    create_key,
    export_public_key,
    key_fingerprint,
    load_public_key,
    private_key_from,
)
from emulation.services.workspace import Workspace
from emulation.text import format_date, parse_date

if TYPE_CHECKING:
    from emulation.services.printing_verify import Verified


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
        ws, args.period, out, award=args.award, overlay=args.overlay, calibration=calibration,
        signer=None if calibration else signer_from(args),
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


def signer_from(args: argparse.Namespace) -> Ed25519PrivateKey | None:
    """The private key named by ``--key`` (or ``EMULATION_SIGNING_KEY``), unlocked with the
    passphrase in ``EMULATION_KEY_PASSPHRASE`` or typed at the prompt; None when none is named."""
    path = getattr(args, "key", None) or os.environ.get("EMULATION_SIGNING_KEY")
    if not path:
        return None
    return private_key_from(Path(path), lambda: passphrase(say("key_passphrase_prompt", file=path)))


def passphrase(prompt: str) -> str:
    given = os.environ.get("EMULATION_KEY_PASSPHRASE")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise InputError([problem("EMULATION_KEY_PASSPHRASE", "key_passphrase_needed")])
    return getpass.getpass(prompt)


def verified_line(item: Verified) -> str:
    """"Giấy khen hợp lệ: số vào sổ 12 — Thôn Nà Khương — Tháng 09/2026 — Giấy khen — Quyết định số …"."""
    decision = item.decision_number or "?"
    if item.decision_date:
        decision = say("verify_decision_dated", number=decision, date=format_date(item.decision_date))
    return say("verify_genuine", serial=item.serial or 0, name=item.unit_name or "?", period=item.period or "?",
               award=item.award or "?", decision=decision, unit=item.unit_code or "?")


def do_verify(ws: Workspace | None, args: argparse.Namespace) -> None:
    key = load_public_key(Path(args.key)) if getattr(args, "key", None) else None
    revocations = Path(args.revocations) if getattr(args, "revocations", None) else None
    result = printing.verify(ws, args.target, public_key=key, revocations=revocations)
    if result.revocations_made_at is not None:
        made = result.revocations_made_at.astimezone()
        print(say("verify_revocations_as_of", date=format_date(made.date()), time=made.strftime("%H:%M")))
    for item in result.certificates:
        where = say("verify_page", page=item.page) + " " if item.page else ""
        if item.genuine:
            print(where + verified_line(item))
            if item.note:
                print("  " + item.note)
    if not result.genuine:
        bad = [item for item in result.certificates if not item.genuine]
        reasons = [f"{say('verify_page', page=i.page)} {i.reason}" if i.page else str(i.reason) for i in bad]
        raise InputError([problem("", "verify_invalid", reasons="; ".join(reasons or [str(result.why_not)]))])


def do_keys(ws: Workspace, args: argparse.Namespace) -> None:
    """`emulation keys create FILE | export FILE | show`."""
    if args.action == "create":
        typed = passphrase(say("key_passphrase_new"))
        done = create_key(ws, Path(args.file), typed)
        print(say("key_created", file=args.file, fingerprint=done))
    elif args.action == "export":
        print(say("key_exported", file=args.file, fingerprint=export_public_key(ws, Path(args.file))))
    else:
        shown = key_fingerprint(ws)
        print(say("key_fingerprint", fingerprint=shown) if shown else say("signing_key_missing"))


def do_revocations(ws: Workspace, args: argparse.Namespace) -> None:
    """`emulation revocations export FILE --key KEY.pem`: the list signed with the committee's key."""
    ws.signer = signer_from(args) or ws.signer
    print(say("revocations_exported", file=args.file, count=export_revocations(ws, Path(args.file))))


def do_decision(ws: Workspace, args: argparse.Namespace) -> None:
    on = None
    if args.date:
        on = parse_date(args.date)
        if on is None:
            raise InputError.single("--date", "date_unreadable", value=args.date)
    number, when = printing.set_decision(ws, args.period, args.number, on)
    print(say("cli_decision_recorded", period=args.period, number=number, date=format_date(when)))
