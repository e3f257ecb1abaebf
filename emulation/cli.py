"""The command line: automation and acceptance contract (DESIGN §7) over the services.

Each command imports the services it runs when it runs, so that a command pays only for what it
uses and the help, or a refusal of the command line, loads neither SQLAlchemy nor the models.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emulation import cli_accounts, cli_records
from emulation.cli_accounts import signed_in
from emulation.cli_argparse import speak
from emulation.cli_council import add_parsers as add_council_parsers
from emulation.cli_council import do_council, do_decision_issue, do_history
from emulation.cli_language import choose_language, split_language
from emulation.cli_periods import HANDLERS as CORRECTIONS
from emulation.cli_periods import add_parsers as add_correction_parsers
from emulation.cli_periods import do_correct
from emulation.cli_terminal import guarded_terminal
from emulation.i18n import LANGUAGES, render, say
from emulation.i18n.audit import action_name, detail_text
from emulation.last_resort import report_unexpected
from emulation.remembered_language import remember_language
from emulation.scoring.period_kinds import KINDS, guess_kind
from emulation.scoring.problems import ProblemsError, problem
from emulation.scoring.roles import Role
from emulation.services.errors import InputError
from emulation.store import StoreError

if TYPE_CHECKING:
    from emulation.services.units_plan import UnitsImported
    from emulation.services.workspace import Workspace

Handler = Callable[["Workspace", argparse.Namespace], None]


def main(argv: Sequence[str] | None = None) -> int:
    lang, rest = split_language(list(sys.argv[1:] if argv is None else argv))
    speak(choose_language(lang))
    parser = build_parser()
    try:
        args = parser.parse_args(rest)
    except SystemExit as done:  # --help shown, or the command line refused with its usage line
        return done.code if isinstance(done.code, int) else 2
    args.lang = lang
    if args.command is None:
        args.command = "gui"
    with guarded_terminal():
        return run_reporting(args)


def run_reporting(args: argparse.Namespace) -> int:
    """Run the command; a refusal is told in one line, an unexpected fault without a stack trace."""
    try:
        return run(args)
    except ProblemsError as exc:
        for problem in exc.problems:
            refuse(render(problem))
        return 2
    except StoreError as exc:
        refuse(render(exc.problem))
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last line of defence: a clear message, details on request
        return report_unexpected(exc)


def refuse(text: str) -> None:
    """One refusal line on stderr: ``lỗi: …`` (``error: …`` in English)."""
    print(f"{say('error_prefix')}: {text}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    if args.command == "gui":
        from emulation.gui_entry import launch

        return launch(args.db, demo=args.demo)
    if args.command == "verify" and args.key:  # the public key alone: no database at all
        choose_language(args.lang, None)
        _printing().do_verify(None, args)
        return 0
    if args.command == "units" and args.action == "import" and import_units_directly(args):
        return 0
    from emulation.services.workspace import Workspace

    ws = signed_in(Workspace.open(args.db))
    try:
        choose_language(args.lang, ws)
        HANDLERS[args.command](ws, args)
    finally:
        ws.close()
    return 0


def import_units_directly(args: argparse.Namespace) -> bool:
    """``units import`` into a SQLite file that is up to date and has no accounts, over the driver
    without loading SQLAlchemy and the models; False (nothing done) for a database that needs the
    full opening: a new file, one to migrate or refuse, PostgreSQL, a database with accounts."""
    from emulation.services.operator import current_user
    from emulation.services.units_direct import import_units_direct, open_for_units
    from emulation.store.location import database_url
    from emulation.store.plain_sqlite import stored_setting

    connection = open_for_units(database_url(args.db))
    if connection is None:
        return False
    try:
        choose_language(args.lang, stored=stored_setting(connection, "language"))
        imported = import_units_direct(connection, Path(args.file), current_user())
    finally:
        connection.close()
    _units_imported(imported)
    return True


def tell(code: str, /, **params: object) -> None:
    """One result line on stdout, from the catalogue."""
    print(say(code, **params))  # type: ignore[arg-type]


def show(text: str) -> None:
    """Data as it is (tables, JSON, CSV, names)."""
    print(text)


# --- handlers -------------------------------------------------------------------------------


def do_demo(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services.demo import build_demo

    tell("cli_demo_ready", summary=build_demo(ws))


def do_criteria(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import criteria

    if args.action == "import":
        info = criteria.import_criteria(ws, Path(args.file), args.name)
        tell("cli_criteria_imported", name=info.name, revision=info.revision, leaves=info.leaves,
             max=str(info.max_total))
    elif args.action == "export":
        cs, renumbered = criteria.export_criteria(ws, args.name, Path(args.file))
        tell("cli_criteria_exported", name=cs.name, file=args.file)
        if renumbered:
            tell("cli_criteria_renumbered", changes=", ".join(f"{a} → {b}" for a, b in renumbered.items()))
    else:
        for i in criteria.list_criteria(ws):
            where = say("cli_revision", revision=i.revision) if i.stored else say("cli_builtin_template")
            tell("cli_criteria_line", name=i.name, where=where, leaves=i.leaves, max=str(i.max_total),
                 periods=i.periods)


def _units_imported(imported: UnitsImported) -> None:
    tell("cli_units_imported", added=imported.added, changed=imported.changed, unchanged=imported.unchanged)


def do_units(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import units

    if args.action == "import":
        _units_imported(units.import_units(ws, Path(args.file)))
        return
    if args.action == "export":
        from emulation.services.units_export import export_units

        tell("cli_units_written", file=args.file, units=export_units(ws, Path(args.file)))
        return
    rows = units.list_units(ws)
    if args.json:
        show(json.dumps({"rows": [asdict(r) for r in rows]}, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            extra = ", ".join(x for x in (r.kind, r.effective_cluster) if x)
            show(f"{'  ' * r.depth}{r.code}  {r.name}" + (f"  ({extra})" if extra else ""))


def do_period(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import periods

    if args.action == "decision":
        from emulation.cli_print import do_decision

        do_decision(ws, args)
        return
    if args.action in CORRECTIONS:
        do_correct(ws, args)
        return
    if args.action == "create":
        sources = [s.strip() for s in args.sources.split(",") if s.strip()] if args.sources else None
        p = periods.create_period(
            ws,
            args.name,
            criteria=args.criteria,
            kind=args.type or guess_kind(args.name),
            unit_kind=args.kind,
            all_kinds=args.all_kinds,
            under=args.under,
            sources=sources,
            skip_missing=args.skip_missing,
        )
        tell("cli_period_created", period=p.name, units=p.units, criteria=p.criteria)
        return
    for p in periods.list_periods(ws):
        state = say("cli_state_locked") if p.locked else say("cli_state_open")
        kind = say("cli_summary_of", periods=", ".join(p.sources)) if p.is_summary else say(KIND_CODES[p.kind])
        tell("cli_period_line", period=p.name, kind=kind, units=p.units, criteria=p.criteria, state=state)


def do_scores(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import scores

    if args.action == "template":
        n = scores.write_template(ws, args.period, Path(args.file), under=args.under, sheet_per_parent=args.per_parent)
        tell("cli_units_written", file=args.file, units=n)
        return
    r = scores.import_scores(ws, args.period, Path(args.file), role=Role(args.role), scorer=args.scorer)
    tell("cli_scores_imported", units=r.units, added=r.added, changed=r.changed, unchanged=r.unchanged)


def do_veto(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import vetoes

    changed = vetoes.set_veto(ws, args.period, args.unit, args.veto, on=not args.off)
    if args.off:
        tell("cli_veto_cleared" if changed else "cli_veto_already_cleared", veto=args.veto, unit=args.unit)
    else:
        tell("cli_veto_set" if changed else "cli_veto_already_set", veto=args.veto, unit=args.unit)


def do_rank(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation import cli_output as out
    from emulation.services import results_summarised

    if args.xlsx:
        from emulation.services.exports import export_ranking

        tell("cli_units_written", file=args.xlsx, units=export_ranking(ws, args.period, Path(args.xlsx)))
        return
    ranking, made = results_summarised.rank_summarised(ws, args.period)
    show(
        out.rank_json(ranking)
        if args.json
        else out.rank_csv(ranking).rstrip("\n")
        if args.csv
        else out.rank_table(ranking)
    )
    results_summarised.keep(ws, args.period, made)  # once the output is made: keeping it never changes it


def do_awards(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation import cli_output as out
    from emulation.services import council_awards, results_summarised

    _, lines, made = results_summarised.awards_summarised(ws, args.period)
    if args.json:
        show(out.awards_json(lines))
    else:
        show(out.awards_table(lines, council_awards.awards_source(ws, args.period)))
    results_summarised.keep(ws, args.period, made)  # once the output is made: keeping it never changes it


def do_award(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import awards

    if args.action == "include":
        count = awards.include_units(ws, args.period, list(args.unit), reason=args.reason or "", award_name=args.award)
        tell("awards_added", count=count)
        return
    include = {"exclude": False, "clear": None}[args.action]
    if not args.unit:
        raise InputError([problem("unit", "period_units_missing")])
    for unit in args.unit:
        awards.set_override(ws, args.period, unit, include=include, reason=args.reason or "", award_name=args.award)
        tell(AWARD_CODES[args.action], unit=unit)


def do_lock(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import periods

    p = periods.set_locked(ws, args.period, args.command == "lock", getattr(args, "reason", None) or "")
    tell("cli_period_locked" if p.locked else "cli_period_unlocked", period=p.name)


def do_audit(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import audit

    lines = audit.audit_log(ws, args.period)
    if args.json:
        rows = [{**asdict(line), "at": line.at.isoformat(), "detail": detail_text(line.detail) or None}
                for line in lines]
        show(json.dumps({"rows": rows}, ensure_ascii=False, indent=2))
        return
    for line in lines:
        change = f"{line.old or '∅'} → {line.new or '∅'}" if (line.old or line.new) else ""
        parts = [
            line.at.strftime("%d/%m/%Y %H:%M"),
            line.who,
            action_name(line.action),
            line.period or "",
            line.unit or "",
            line.field or "",
            change,
            detail_text(line.detail),
        ]
        show("  ".join(p for p in parts if p))


def do_settings(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import settings

    if args.action == "set":
        stored = settings.update_settings(ws, {args.key: args.value})
        if args.key == "language":  # the application's next first window speaks it
            remember_language(stored["language"])
    for key, value in settings.read_settings(ws).items():
        show(f"{key} = {value}")


KIND_CODES = {"month": "period_kind.month", "quarter": "period_kind.quarter", "year": "period_kind.year",
              "other": "period_kind.other"}
AWARD_CODES = {"include": "cli_award_included", "exclude": "cli_award_excluded", "clear": "cli_award_cleared"}

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
    "council": do_council,
    "decision": do_decision_issue,
    "history": do_history,
    "keys": lambda ws, args: _printing().do_keys(ws, args),
    "revocations": lambda ws, args: _printing().do_revocations(ws, args),
    **cli_accounts.HANDLERS,
    **cli_records.HANDLERS,
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
    p = argparse.ArgumentParser(prog="emulation", description=say("cli_help.description"))
    p.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=say("cli_help.db", default=_default_file()),
    )
    p.add_argument("--demo", action="store_true", help=say("cli_help.demo_flag"))
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=say("cli_help.lang"),
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help=say("cli_help.gui"))
    sub.add_parser("demo", help=say("cli_help.demo"))

    c = sub.add_parser("criteria", help=say("cli_help.criteria")).add_subparsers(dest="action", required=True)
    ci = c.add_parser("import", help=say("cli_help.criteria_import"))
    ci.add_argument("file")
    ci.add_argument("--name")
    ce = c.add_parser("export", help=say("cli_help.criteria_export"))
    ce.add_argument("name")
    ce.add_argument("file")
    c.add_parser("list")

    u = sub.add_parser("units", help=say("cli_help.units")).add_subparsers(dest="action", required=True)
    u.add_parser("import").add_argument("file")
    u.add_parser("list").add_argument("--json", action="store_true")
    u.add_parser("export", help=say("cli_help.units_export")).add_argument("file")

    pe = sub.add_parser("period", help=say("cli_help.period")).add_subparsers(dest="action", required=True)
    pc = pe.add_parser("create")
    pc.add_argument("name")
    pc.add_argument("--criteria")
    pc.add_argument("--kind", metavar="UNIT_KIND", help=say("cli_help.period_kind"))
    pc.add_argument("--type", choices=KINDS, help=say("cli_help.period_type"))
    pc.add_argument("--all-kinds", action="store_true",
                    help=say("cli_help.period_all_kinds"))
    pc.add_argument("--under", metavar="CODE")
    pc.add_argument("--from", dest="sources", metavar="P1,P2")
    pc.add_argument("--skip-missing", action="store_true", help=say("cli_help.period_skip_missing"))
    pe.add_parser("list")
    pd = pe.add_parser("decision", help=say("cli_help.period_decision"))
    pd.add_argument("period")
    pd.add_argument("number", help=say("cli_help.decision_number"))
    pd.add_argument("--date", metavar="dd/mm/yyyy", help=say("cli_help.decision_date"))
    add_correction_parsers(pe)

    s = sub.add_parser("scores", help=say("cli_help.scores")).add_subparsers(dest="action", required=True)
    st = s.add_parser("template")
    st.add_argument("period")
    st.add_argument("file")
    st.add_argument("--under", metavar="CODE")
    st.add_argument("--per-parent", action="store_true", help=say("cli_help.per_parent"))
    si = s.add_parser("import")
    si.add_argument("period")
    si.add_argument("file")
    si.add_argument("--role", default="member", choices=[r.value for r in Role])
    si.add_argument("--scorer")

    veto = sub.add_parser("veto", help=say("cli_help.veto")).add_subparsers(dest="action", required=True)
    v = veto.add_parser("set", help=say("cli_help.veto_set"))
    v.add_argument("period")
    v.add_argument("unit")
    v.add_argument("veto")
    v.add_argument("--off", action="store_true")

    r = sub.add_parser("rank", help=say("cli_help.rank"))
    r.add_argument("period")
    fmt = r.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", action="store_true")
    fmt.add_argument("--xlsx", metavar="FILE.xlsx", help=say("cli_help.rank_xlsx"))

    a = sub.add_parser("awards", help=say("cli_help.awards"))
    a.add_argument("period")
    a.add_argument("--json", action="store_true")

    aw = sub.add_parser("award", help=say("cli_help.award"))
    aw.add_argument("action", choices=["include", "exclude", "clear"])
    aw.add_argument("period")
    aw.add_argument("unit", nargs="*", metavar="UNIT_CODE")
    aw.add_argument("--reason")
    aw.add_argument("--award")

    pr = sub.add_parser("print", help=say("cli_help.print"))
    pr.add_argument("what", choices=["certificates", "award-list", "report", "score-forms"])
    pr.add_argument("period")
    pr.add_argument("-o", "--output", required=True)
    pr.add_argument("--award")
    pr.add_argument("--overlay", action="store_true", help=say("cli_help.overlay"))
    pr.add_argument("--calibration", action="store_true", help=say("cli_help.calibration"))
    pr.add_argument("--key", metavar="KEY.pem", help=say("cli_help.print_key"))

    sub.add_parser("lock", help=say("cli_help.lock")).add_argument("period")
    ul = sub.add_parser("unlock", help=say("cli_help.unlock"))
    ul.add_argument("period")
    ul.add_argument("--reason", help=say("cli_help.unlock_reason"))
    au = sub.add_parser("audit", help=say("cli_help.audit"))
    au.add_argument("period", nargs="?")
    au.add_argument("--json", action="store_true")
    ve = sub.add_parser("verify", help=say("cli_help.verify"))
    ve.add_argument("target", metavar="PAYLOAD|FILE.pdf")
    ve.add_argument("--key", metavar="PUBLIC.pem", help=say("cli_help.verify_key"))
    ve.add_argument("--revocations", metavar="FILE.json", help=say("cli_help.verify_revocations"))
    ke = sub.add_parser("keys", help=say("cli_help.keys")).add_subparsers(dest="action", required=True)
    ke.add_parser("create", help=say("cli_help.keys_create")).add_argument(
        "file")
    ke.add_parser("export", help=say("cli_help.keys_export")).add_argument("file")
    ke.add_parser("show", help=say("cli_help.keys_show"))
    rv = sub.add_parser("revocations", help=say("cli_help.revocations")).add_subparsers(dest="action", required=True)
    rx = rv.add_parser("export", help=say("cli_help.revocations_export"))
    rx.add_argument("file")
    rx.add_argument("--key", metavar="KEY.pem", help=say("cli_help.revocations_key"))
    se = sub.add_parser("settings", help=say("cli_help.settings")).add_subparsers(
        dest="action", required=True
    )
    se.add_parser("show")
    ss = se.add_parser("set")
    ss.add_argument("key")
    ss.add_argument("value")
    add_council_parsers(sub)
    cli_accounts.add_parsers(sub)
    cli_records.add_parsers(sub)
    return p


if __name__ == "__main__":
    sys.exit(main())
