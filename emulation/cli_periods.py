"""`emulation period rename|add-units|remove-units|relink|delete …`: correcting a period."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from emulation.i18n import say
from emulation.scoring.problems import problem
from emulation.services.errors import InputError

if TYPE_CHECKING:
    from emulation.services.workspace import Workspace


def add_parsers(pe: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rn = pe.add_parser("rename", help=say("cli_help.period_rename"))
    rn.add_argument("period")
    rn.add_argument("new_name")
    for action, code in (("add-units", "cli_help.add_units"), ("remove-units", "cli_help.remove_units")):
        pu = pe.add_parser(action, help=say(code))
        pu.add_argument("period")
        pu.add_argument("units", nargs="+", metavar="UNIT_CODE")
    rl = pe.add_parser("relink", help=say("cli_help.period_relink"))
    rl.add_argument("period")
    rl.add_argument("--criteria", help=say("cli_help.relink_criteria"))
    rl.add_argument("--revision", type=int, help=say("cli_help.relink_revision"))
    rl.add_argument("--yes", action="store_true", help=say("cli_help.relink_yes"))
    de = pe.add_parser("delete", help=say("cli_help.period_delete"))
    de.add_argument("period")
    de.add_argument("--yes", action="store_true", help=say("cli_help.delete_yes"))


def do_correct(ws: Workspace, args: argparse.Namespace) -> None:
    HANDLERS[args.action](ws, args)


def _rename(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import period_edit, periods

    old = periods.period_info(ws, args.period).name
    info = period_edit.rename_period(ws, args.period, args.new_name)
    print(say("period_renamed", old=old, new=info.name))


def _units(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import period_edit

    change = period_edit.add_period_units if args.action == "add-units" else period_edit.remove_period_units
    info = change(ws, args.period, list(args.units))
    print(say("period_units_changed", period=info.name, units=info.units))


def _relink(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import period_edit

    plan = period_edit.relink_preview(ws, args.period, args.criteria, args.revision)
    print(
        say(
            "relink_plan",
            period=plan.period,
            criteria=plan.criteria,
            revision=plan.revision,
            kept=len(plan.kept_leaves),
            dropped=len(plan.dropped_leaves),
        )
    )
    for s in plan.dropped_scores:
        print(say("relink_dropped_score", unit=s.unit_code, leaf=s.leaf_code, role=s.role, scorer=s.scorer,
                  value=s.value))
    for unit, veto in plan.dropped_vetoes:
        print(say("relink_dropped_veto", unit=unit, veto=veto))
    if (plan.dropped_scores or plan.dropped_vetoes) and not args.yes:
        raise InputError([problem("--yes", "relink_confirm_hint")])
    done = period_edit.relink_period(ws, args.period, args.criteria, args.revision)
    print(say("relink_done", period=done.period, criteria=done.criteria, revision=done.revision))


def _delete(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import period_edit

    c = period_edit.deletion_preview(ws, args.period)
    print(say("delete_plan", period=c.period, units=c.units, scores=c.scores, vetoes=c.vetoes,
              decisions=c.decisions))
    if not args.yes:
        raise InputError([problem("--yes", "delete_confirm_hint")])
    period_edit.delete_period(ws, args.period)
    print(say("period_deleted", period=c.period))


HANDLERS = {
    "rename": _rename,
    "add-units": _units,
    "remove-units": _units,
    "relink": _relink,
    "delete": _delete,
}
