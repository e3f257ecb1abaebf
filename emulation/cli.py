"""The command line: automation and acceptance contract (DESIGN §7) over the services."""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from emulation import cli_output as out
from emulation.scoring.problems import ProblemsError
from emulation.scoring.scores import Role
from emulation.services import audit, awards, criteria, periods, results, scores, settings, units, vetoes
from emulation.services.workspace import Workspace
from emulation.store import StoreError

Handler = Callable[[Workspace, argparse.Namespace], None]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.command = "gui"
    try:
        return run(args)
    except ProblemsError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: a clear message, details on request
        print(f"unexpected error: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        if os.environ.get("EMULATION_DEBUG"):
            traceback.print_exc()
        else:
            print("(set EMULATION_DEBUG=1 to see the details)", file=sys.stderr)
        return 1


def run(args: argparse.Namespace) -> int:
    if args.command == "gui":
        from emulation.gui_entry import launch

        return launch(args.db, demo=args.demo)
    ws = Workspace.open(args.db)
    try:
        HANDLERS[args.command](ws, args)
    finally:
        ws.close()
    return 0


def say(text: str) -> None:
    print(text)


# --- handlers -------------------------------------------------------------------------------


def do_demo(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services.demo import build_demo

    summary = build_demo(ws)
    say(f"Demo district ready: {summary}")


def do_criteria(ws: Workspace, args: argparse.Namespace) -> None:
    if args.action == "import":
        info = criteria.import_criteria(ws, Path(args.file), args.name)
        say(f'"{info.name}" revision {info.revision}: {info.leaves} criteria, max {info.max_total}')
    elif args.action == "export":
        cs, renumbered = criteria.export_criteria(ws, args.name, Path(args.file))
        say(f'"{cs.name}" written to {args.file}')
        if renumbered:
            say("numbered for the table: " + ", ".join(f"{a} → {b}" for a, b in renumbered.items()))
    else:
        for i in criteria.list_criteria(ws):
            where = f"revision {i.revision}" if i.stored else "built-in template"
            say(f"{i.name}  ({where}; {i.leaves} criteria; max {i.max_total}; {i.periods} periods)")


def do_units(ws: Workspace, args: argparse.Namespace) -> None:
    if args.action == "import":
        imported = units.import_units(ws, Path(args.file))
        say(f"{imported.added} units added, {imported.changed} changed, {imported.unchanged} unchanged")
        return
    if args.action == "export":
        from emulation.services.units_export import export_units

        say(f"{args.file}: {export_units(ws, Path(args.file))} units")
        return
    rows = units.list_units(ws)
    if args.json:
        say(json.dumps({"rows": [asdict(r) for r in rows]}, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            extra = ", ".join(x for x in (r.kind, r.effective_cluster) if x)
            say(f"{'  ' * r.depth}{r.code}  {r.name}" + (f"  ({extra})" if extra else ""))


def do_period(ws: Workspace, args: argparse.Namespace) -> None:
    if args.action == "decision":
        from emulation.cli_print import do_decision

        do_decision(ws, args)
        return
    if args.action == "create":
        sources = [s.strip() for s in args.sources.split(",") if s.strip()] if args.sources else None
        p = periods.create_period(
            ws,
            args.name,
            criteria=args.criteria,
            kind=args.type or periods.guess_kind(args.name),
            unit_kind=args.kind,
            under=args.under,
            sources=sources,
            skip_missing=args.skip_missing,
        )
        say(f'period "{p.name}" created: {p.units} units, criteria "{p.criteria}"')
        return
    for p in periods.list_periods(ws):
        state = "locked" if p.locked else "open"
        kind = "summary of " + ", ".join(p.sources) if p.is_summary else p.kind
        say(f"{p.name}  ({kind}; {p.units} units; {p.criteria}; {state})")


def do_scores(ws: Workspace, args: argparse.Namespace) -> None:
    if args.action == "template":
        n = scores.write_template(ws, args.period, Path(args.file), under=args.under, sheet_per_parent=args.per_parent)
        say(f"{args.file}: {n} units")
        return
    r = scores.import_scores(ws, args.period, Path(args.file), role=Role(args.role), scorer=args.scorer)
    say(f"{r.units} units: {r.added} values added, {r.changed} changed, {r.unchanged} unchanged")


def do_veto(ws: Workspace, args: argparse.Namespace) -> None:
    changed = vetoes.set_veto(ws, args.period, args.unit, args.veto, on=not args.off)
    state = "cleared" if args.off else "set"
    say(f"veto {args.veto} {state} for {args.unit}" + ("" if changed else " (already so)"))


def do_rank(ws: Workspace, args: argparse.Namespace) -> None:
    if args.xlsx:
        from emulation.services.exports import export_ranking

        say(f"{args.xlsx}: {export_ranking(ws, args.period, Path(args.xlsx))} units")
        return
    ranking = results.rank(ws, args.period)
    say(
        out.rank_json(ranking)
        if args.json
        else out.rank_csv(ranking).rstrip("\n")
        if args.csv
        else out.rank_table(ranking)
    )


def do_awards(ws: Workspace, args: argparse.Namespace) -> None:
    _, lines = results.awards(ws, args.period)
    say(out.awards_json(lines) if args.json else out.awards_table(lines))


def do_award(ws: Workspace, args: argparse.Namespace) -> None:
    include = {"include": True, "exclude": False, "clear": None}[args.action]
    awards.set_override(ws, args.period, args.unit, include=include, reason=args.reason or "", award_name=args.award)
    say(f"{args.unit}: {args.action}d")


def do_lock(ws: Workspace, args: argparse.Namespace) -> None:
    p = periods.set_locked(ws, args.period, args.command == "lock")
    say(f'"{p.name}" is {"locked" if p.locked else "open"}')


def do_audit(ws: Workspace, args: argparse.Namespace) -> None:
    lines = audit.audit_log(ws, args.period)
    if args.json:
        rows = [{**asdict(line), "at": line.at.isoformat()} for line in lines]
        say(json.dumps({"rows": rows}, ensure_ascii=False, indent=2))
        return
    for line in lines:
        change = f"{line.old or '∅'} → {line.new or '∅'}" if (line.old or line.new) else ""
        parts = [
            line.at.strftime("%d/%m/%Y %H:%M"),
            line.who,
            line.action,
            line.period or "",
            line.unit or "",
            line.field or "",
            change,
            line.detail or "",
        ]
        say("  ".join(p for p in parts if p))


def do_settings(ws: Workspace, args: argparse.Namespace) -> None:
    if args.action == "set":
        settings.update_settings(ws, {args.key: args.value})
    for key, value in settings.read_settings(ws).items():
        say(f"{key} = {value}")


HANDLERS: dict[str, Handler] = {
    "demo": do_demo,
    "criteria": do_criteria,
    "units": do_units,
    "period": do_period,
    "scores": do_scores,
    "veto": do_veto,
    "rank": do_rank,
    "awards": do_awards,
    "award": do_award,
    "lock": do_lock,
    "unlock": do_lock,
    "audit": do_audit,
    "settings": do_settings,
    "print": lambda ws, args: _printing().do_print(ws, args),
    "verify": lambda ws, args: _printing().do_verify(ws, args),
}


def _printing() -> Any:
    """The printing commands, imported only when one runs (they bring in reportlab)."""
    from emulation import cli_print

    return cli_print




# --- parser ---------------------------------------------------------------------------------


def _default_file() -> str:
    from platformdirs import user_data_dir

    from emulation.store.location import APP_NAME, DATABASE_FILE

    return str(Path(user_data_dir(APP_NAME, appauthor=False)) / DATABASE_FILE)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="emulation", description="Chấm điểm thi đua — emulation scoring.")
    p.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"SQLite file or SQLAlchemy URL (default: EMULATION_DB, else {_default_file()})",
    )
    p.add_argument("--demo", action="store_true", help="open the application on the demo district")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the desktop application")
    sub.add_parser("demo", help="fill the database with the demo district")

    c = sub.add_parser("criteria", help="criteria sets").add_subparsers(dest="action", required=True)
    ci = c.add_parser("import", help="import a .json document or an .xlsx table")
    ci.add_argument("file")
    ci.add_argument("--name")
    ce = c.add_parser("export", help="export a criteria set")
    ce.add_argument("name")
    ce.add_argument("file")
    c.add_parser("list")

    u = sub.add_parser("units", help="units").add_subparsers(dest="action", required=True)
    u.add_parser("import").add_argument("file")
    u.add_parser("list").add_argument("--json", action="store_true")
    u.add_parser("export", help="write every unit to .xlsx or .csv (the layout import reads)").add_argument("file")

    pe = sub.add_parser("period", help="periods").add_subparsers(dest="action", required=True)
    pc = pe.add_parser("create")
    pc.add_argument("name")
    pc.add_argument("--criteria")
    pc.add_argument("--kind", metavar="UNIT_KIND", help="score only units of this kind (thôn, công sở, chi bộ…)")
    pc.add_argument("--type", choices=periods.KINDS, help="month, quarter, year (default: from the name)")
    pc.add_argument("--under", metavar="CODE")
    pc.add_argument("--from", dest="sources", metavar="P1,P2")
    pc.add_argument("--skip-missing", action="store_true", help="summary: a missing period does not count 0")
    pe.add_parser("list")
    pd = pe.add_parser("decision", help="record the commendation decision (number, date) of a period")
    pd.add_argument("period")
    pd.add_argument("number", help="e.g. 05/QĐ-UBND (digits alone take the decision_prefix setting)")
    pd.add_argument("--date", metavar="dd/mm/yyyy", help="the decision's date (default: today)")

    s = sub.add_parser("scores", help="score workbooks").add_subparsers(dest="action", required=True)
    st = s.add_parser("template")
    st.add_argument("period")
    st.add_argument("file")
    st.add_argument("--under", metavar="CODE")
    st.add_argument("--per-parent", action="store_true", help="one sheet per parent unit")
    si = s.add_parser("import")
    si.add_argument("period")
    si.add_argument("file")
    si.add_argument("--role", default="member", choices=[r.value for r in Role])
    si.add_argument("--scorer")

    veto = sub.add_parser("veto", help="mark a veto condition").add_subparsers(dest="action", required=True)
    v = veto.add_parser("set", help="mark that a veto holds for a unit (--off: that it does not)")
    v.add_argument("period")
    v.add_argument("unit")
    v.add_argument("veto")
    v.add_argument("--off", action="store_true")

    r = sub.add_parser("rank", help="the ranking of a period")
    r.add_argument("period")
    fmt = r.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    fmt.add_argument("--xlsx", metavar="FILE.xlsx", help="write the ranking as a workbook")

    a = sub.add_parser("awards", help="who is rewarded")
    a.add_argument("period")
    a.add_argument("--json", action="store_true")

    aw = sub.add_parser("award", help="include or exclude a unit by hand, with a reason")
    aw.add_argument("action", choices=["include", "exclude", "clear"])
    aw.add_argument("period")
    aw.add_argument("unit")
    aw.add_argument("--reason")
    aw.add_argument("--award")

    pr = sub.add_parser("print", help="certificates, award list, report or score forms as PDF")
    pr.add_argument("what", choices=["certificates", "award-list", "report", "score-forms"])
    pr.add_argument("period")
    pr.add_argument("-o", "--output", required=True)
    pr.add_argument("--award")
    pr.add_argument("--overlay", action="store_true", help="print only the fields, on pre-printed blanks")
    pr.add_argument("--calibration", action="store_true", help="certificates: a page to align pre-printed blanks")

    for name in ("lock", "unlock"):
        sub.add_parser(name).add_argument("period")
    au = sub.add_parser("audit", help="the audit log")
    au.add_argument("period", nargs="?")
    au.add_argument("--json", action="store_true")
    ve = sub.add_parser("verify", help="is this certificate genuine?")
    ve.add_argument("target", metavar="PAYLOAD|FILE.pdf")
    se = sub.add_parser("settings", help="issuer, signer, place, base salary…").add_subparsers(
        dest="action", required=True
    )
    se.add_parser("show")
    ss = se.add_parser("set")
    ss.add_argument("key")
    ss.add_argument("value")
    return p


if __name__ == "__main__":
    sys.exit(main())
