"""`emulation council …`, `emulation decision …` and `emulation history …` over the services."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from emulation.i18n import say
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.text import format_date, format_thousands, parse_date

if TYPE_CHECKING:
    from emulation.services.council_state import Candidate
    from emulation.services.workspace import Workspace


def do_council(ws: Workspace, args: argparse.Namespace) -> None:
    COUNCIL[args.action](ws, args)


def _members(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import council_members

    if args.change == "add":
        council_members.set_member(ws, args.name, args.position or "")
    elif args.change == "remove":
        council_members.remove_member(ws, args.name)
    for m in council_members.list_members(ws):
        print(f"{m.name}  ({m.position})" if m.position else m.name)


THRESHOLD_CODES = {"members": "council_threshold_set_members", "attending": "council_threshold_set_attending"}


def _threshold(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.reports.minutes import percent_text
    from emulation.services import award_terms

    t = award_terms.set_threshold(ws, args.award, args.share, args.of)
    code = THRESHOLD_CODES[t.base.value]
    print(say(code, award=args.award, share=percent_text(t.share * 100)))


def _bases(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import award_terms

    lines = award_terms.set_bases(ws, args.award, "\n".join(args.lines))
    print(say("council_bases_set", award=args.award, count=len(lines)))


def _open(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import council_session

    present = [n.strip() for n in args.present.split(",") if n.strip()] if args.present else None
    n = council_session.open_session(ws, args.period, present=present, held_on=_date(args.date))
    print(say("council_opened", period=args.period, candidates=n))


def _reset(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import council_session

    council_session.reset_session(ws, args.period)
    print(say("council_reset_done", period=args.period))


def _add(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import council_session

    council_session.add_candidate(ws, args.period, args.unit, args.award, args.reason or "")
    print(say("council_added", unit=args.unit, award=args.award))


def _remove(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import council_session

    council_session.remove_candidate(ws, args.period, args.unit, args.reason or "")
    print(say("council_removed", unit=args.unit))


def _tally(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import council_session

    entries = [_tally_entry(text, i) for i, text in enumerate(args.entries)]
    council_session.enter_tally(ws, args.period, entries)
    _show(ws, args)


def _tally_entry(text: str, index: int) -> tuple[str, int, int]:
    """"PR-T3=7/1" → ("PR-T3", 7, 1)."""
    code, _, votes = text.partition("=")
    yes, _, no = votes.partition("/")
    if not code.strip() or not yes.strip().isdigit() or not no.strip().isdigit():
        raise InputError([problem(f"[{index + 1}]", "council_tally_form", value=text)])
    return code.strip(), int(yes), int(no)


def _show(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services.council_state import council_state

    state = council_state(ws, args.period)
    if getattr(args, "json", False):
        print(json.dumps({"period": state.period, "held_on": state.held_on.isoformat(),
                          "members": state.members_count, "attending": state.attending,
                          "candidates": [_candidate_json(c) for c in state.candidates]}, ensure_ascii=False, indent=2))
        return
    print(say("council_summary", period=state.period, date=format_date(state.held_on),
              attending=state.attending, members=state.members_count))
    for c in state.candidates:
        print("  ".join(x for x in (c.unit_code, c.unit_name, c.award, _status(c)) if x))


def _candidate_json(c: Candidate) -> dict[str, object]:
    return {"code": c.unit_code, "name": c.unit_name, "award": c.award, "origin": c.origin, "removed": c.removed,
            "reason": c.reason, "yes": c.tally.yes if c.tally else None, "no": c.tally.no if c.tally else None,
            "percent": float(c.result.percent) if c.result else None, "approved": c.approved}


def _status(c: Candidate) -> str:
    from emulation.reports.minutes import percent_text

    if c.removed:
        return say("council_status_removed", reason=c.reason)
    if c.result is None:
        return say("council_status_untallied")
    word = say("council_status_approved" if c.approved else "council_status_rejected")
    return f"{c.result.tally.yes}/{c.result.tally.no}  {percent_text(c.result.percent)}  {word}"


def _ballots(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import council_print

    done = council_print.print_ballots(ws, args.period, Path(args.output))
    print(say("council_ballots_printed", path=str(done.path), pages=done.pages))


def _minutes(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import council_print

    done = council_print.print_minutes(ws, args.period, Path(args.output))
    print(say("council_minutes_printed", path=str(done.path), pages=done.pages))


COUNCIL = {
    "members": _members, "threshold": _threshold, "bases": _bases, "open": _open, "reset": _reset,
    "add": _add, "remove": _remove, "tally": _tally, "show": _show, "ballots": _ballots, "minutes": _minutes,
}


def do_decision_issue(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import decision

    done = decision.issue_decision(ws, args.period, args.number, docx=Path(args.docx), pdf=Path(args.pdf),
                                   on=_date(args.date))
    print(say("decision_issued", number=done.number, date=format_date(done.on), count=done.recipients,
              total=format_thousands(done.total_vnd), docx=str(done.docx), pdf=str(done.pdf)))


def do_history(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import decision, history

    if args.action == "import":
        r = history.import_history(ws, Path(args.file))
        print(say("history_imported", added=r.added, unchanged=r.unchanged))
        return
    if args.action == "record":
        print(say("history_recorded", period=args.period, count=decision.record_period_awards(ws, args.period)))
        return
    if args.action == "report":
        lines = history.history_report(ws, args.first, args.last)
        if args.json:
            print(json.dumps({"rows": [asdict(x) for x in lines]}, ensure_ascii=False, indent=2))
        for x in lines if not args.json else []:
            print(f"{x.year}  {x.award}  {x.parent or '—'}  {x.count}")
        return
    entries = history.unit_history(ws, args.unit) if args.action == "unit" else history.all_history(ws, args.year)
    if args.json:
        print(json.dumps({"rows": [asdict(e) for e in entries]}, ensure_ascii=False, indent=2))
        return
    for e in entries:
        what = ", ".join(x for x in (e.award, e.grade) if x)
        print("  ".join(x for x in (str(e.year), e.unit_code, e.unit_name, what, e.decision) if x))


def _date(text: str | None) -> date | None:
    if not text:
        return None
    when = parse_date(text)
    if when is None:
        raise InputError([problem("--date", "date_invalid", value=text)])
    return when


CANDIDATE_HELP_CODES = {"add": "cli_help.council_add", "remove": "cli_help.council_remove"}
PAPER_HELP_CODES = {"ballots": "cli_help.council_ballots", "minutes": "cli_help.council_minutes"}


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`council`, `decision` and `history` on the command line."""
    c = sub.add_parser("council", help=say("cli_help.council")).add_subparsers(dest="action", required=True)
    m = c.add_parser("members", help=say("cli_help.council_members"))
    m.add_argument("change", nargs="?", choices=["add", "remove"])
    m.add_argument("name", nargs="?")
    m.add_argument("--position")
    t = c.add_parser("threshold", help=say("cli_help.council_threshold"))
    t.add_argument("award")
    t.add_argument("share")
    t.add_argument("--of", default="members", choices=["members", "attending"])
    b = c.add_parser("bases", help=say("cli_help.council_bases"))
    b.add_argument("award")
    b.add_argument("lines", nargs="*")
    o = c.add_parser("open", help=say("cli_help.council_open"))
    o.add_argument("period")
    o.add_argument("--present", metavar="NAME1,NAME2", help=say("cli_help.council_present"))
    o.add_argument("--date", metavar="dd/mm/yyyy", help=say("cli_help.council_date"))
    c.add_parser("reset", help=say("cli_help.council_reset")).add_argument("period")
    for name in ("add", "remove"):
        a = c.add_parser(name, help=say(CANDIDATE_HELP_CODES[name]))
        a.add_argument("period")
        a.add_argument("unit")
        a.add_argument("--reason")
        if name == "add":
            a.add_argument("--award", required=True)
    ta = c.add_parser("tally", help=say("cli_help.council_tally"))
    ta.add_argument("period")
    ta.add_argument("entries", nargs="+", metavar="UNIT=YES/NO")
    sh = c.add_parser("show", help=say("cli_help.council_show"))
    sh.add_argument("period")
    sh.add_argument("--json", action="store_true")
    for name in ("ballots", "minutes"):
        p = c.add_parser(name, help=say(PAPER_HELP_CODES[name]))
        p.add_argument("period")
        p.add_argument("-o", "--output", required=True)
    d = sub.add_parser("decision", help=say("cli_help.decision"))
    d.add_argument("period")
    d.add_argument("number", help=say("cli_help.decision_number"))
    d.add_argument("--docx", required=True)
    d.add_argument("--pdf", required=True)
    d.add_argument("--date", metavar="dd/mm/yyyy", help=say("cli_help.decision_date"))
    h = sub.add_parser("history", help=say("cli_help.history")).add_subparsers(dest="action", required=True)
    h.add_parser("import", help=say("cli_help.history_import")).add_argument("file")
    h.add_parser("record", help=say("cli_help.history_record")).add_argument("period")
    hu = h.add_parser("unit", help=say("cli_help.history_unit"))
    hu.add_argument("unit")
    hu.add_argument("--json", action="store_true")
    hl = h.add_parser("list")
    hl.add_argument("--year", type=int)
    hl.add_argument("--json", action="store_true")
    hr = h.add_parser("report", help=say("cli_help.history_report"))
    hr.add_argument("--from", dest="first", type=int)
    hr.add_argument("--to", dest="last", type=int)
    hr.add_argument("--json", action="store_true")
