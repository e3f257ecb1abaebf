"""The command line of records, the models register, indicators and measures."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emulation.i18n import render, say
from emulation.scoring.problems import problem
from emulation.services.errors import InputError
from emulation.text import format_date, format_decimal, parse_date

if TYPE_CHECKING:
    from emulation.services.workspace import Workspace

VERDICT_CODES = {"exceeded": "verdict_exceeded", "met": "verdict_met", "missed": "verdict_missed"}


def _print(text: str) -> None:
    print(text)


def _date(text: str | None, where: str) -> date | None:
    if text is None:
        return None
    parsed = parse_date(text)
    if parsed is None:
        raise InputError([problem(where, "records_not_a_date", value=text)])
    return parsed


def _json(data: Any) -> None:
    _print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


# --- records -------------------------------------------------------------------------------------


def do_records(ws: Workspace, args: argparse.Namespace) -> None:
    RECORD_ACTIONS[args.action](ws, args)


def _types(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.scoring.activity_types import type_to_doc
    from emulation.services import activity_types

    types = activity_types.list_types(ws)
    if args.json:
        _json({"types": [type_to_doc(t) for t in types]})
        return
    for t in types:
        _print(f"{t.code}  {t.name}: " + ", ".join(f"{f.label} ({f.code})" for f in t.fields))


def _type_save(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.scoring.criteria_doc import loads
    from emulation.services import activity_types

    path = Path(args.file)
    try:
        doc = loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise InputError([problem(path.name, "type_file_unreadable")]) from None
    t = activity_types.save_type(ws, doc)
    _print(say("record_type_saved_line", type=t.code, name=t.name, fields=len(t.fields)))


def _add(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import activity_records

    on = _date(args.date, "date")
    assert on is not None
    values: dict[str, object] = {}
    for item in args.values:
        key, sep, value = item.partition("=")
        if not sep:
            raise InputError([problem(item, "record_value_form")])
        values[key.strip()] = value
    rid = activity_records.add_record(ws, args.type, args.unit, on, values, args.note)
    _print(say("record_added_line", id=rid))


def _list(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import activity_records

    lines = activity_records.list_records(ws, type_name=args.type, unit_code=args.unit,
                                          starts_on=_date(args.start, "--from"), ends_on=_date(args.end, "--to"))
    if args.json:
        _json({"rows": [{"id": x.id, "type": x.type_code, "unit": x.unit_code, "date": format_date(x.on),
                         "values": x.values, "note": x.note} for x in lines]})
        return
    for x in lines:
        values = ", ".join(f"{k}={v}" for k, v in x.values.items())
        _print(f"{x.id}  {format_date(x.on)}  {x.unit_code}  {x.type_name}  {values}")


def _import(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import activity_records

    r = activity_records.import_records(ws, Path(args.file))
    _print(say("records_imported_line", added=r.added, unchanged=r.unchanged))


def _export(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import activity_records

    n = activity_records.export_records(ws, Path(args.file), starts_on=_date(args.start, "--from"),
                                        ends_on=_date(args.end, "--to"), type_names=args.type or ())
    _print(say("records_exported_line", file=args.file, count=n))


def _delete(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import activity_records

    activity_records.delete_record(ws, args.id)
    _print(say("record_deleted_line", id=args.id))


def _report(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import activity_report

    r = activity_report.write_report(ws, Path(args.output), args.year, args.base_year,
                                     _date(args.start, "--from"), _date(args.end, "--to"))
    _print(say("report_written_line", file=args.output, models=r.models_now))


RECORD_ACTIONS = {"types": _types, "type-save": _type_save, "add": _add, "list": _list, "import": _import,
                  "export": _export, "delete": _delete, "report": _report}


# --- models register and indicators --------------------------------------------------------------


def do_models(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import models_register

    if args.action == "import":
        r = models_register.import_models(ws, Path(args.file))
        _print(say("models_imported_line", added=r.added, changed=r.changed, unchanged=r.unchanged))
        return
    lines = models_register.list_models(ws)
    if args.json:
        _json({"rows": [{"name": m.entry.name, "unit": m.entry.unit_code, "field": m.entry.field,
                         "year": m.entry.year, "status": m.entry.status.value,
                         "stopped_year": m.entry.stopped_year, "evidence": m.entry.evidence} for m in lines]})
        return
    from emulation.scoring.register import STATUS_LABELS

    for m in lines:
        _print(f"{m.entry.year}  {m.entry.unit_code}  {m.entry.name}  ({m.entry.field}; "
               f"{STATUS_LABELS[m.entry.status]})")


def do_indicators(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import indicator_status

    if args.action == "set":
        indicator_status.set_indicator(ws, args.unit, args.year, args.name, args.target, args.achieved)
        _print(say("indicator_set_line", unit=args.unit, name=args.name))
        return
    lines = indicator_status.list_indicators(ws, args.year)
    for line in lines:
        verdict = say(VERDICT_CODES[line.verdict.value]) if line.verdict else "–"
        achieved = format_decimal(line.achieved) if line.achieved is not None else "–"
        _print(f"{line.year}  {line.unit_code}  {line.name}: {format_decimal(line.target)} / {achieved}  {verdict}")
    for year in sorted({x.year for x in lines}):
        for unit, t in indicator_status.tallies(lines, year).items():
            _print(say("indicator_tally_line", year=year, unit=unit, met=t.met, exceeded=t.exceeded, total=t.total))


# --- measures ------------------------------------------------------------------------------------


def do_measures(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import measure_overrides, period_spans

    if args.action == "dates":
        start, end = _date(args.start, "start"), _date(args.end, "end")
        assert start is not None and end is not None
        period_spans.set_span(ws, args.period, start, end)
        _print(say("period_dates_line", period=args.period, start=format_date(start), end=format_date(end)))
    elif args.action in ("override", "clear"):
        value = args.value if args.action == "override" else None
        measure_overrides.set_override(ws, args.period, args.unit, args.leaf, value, args.reason or "")
        _print(say("measure_override_line" if value is not None else "measure_override_cleared_line",
                   unit=args.unit, leaf=args.leaf))
    else:
        _show(ws, args)


def _show(ws: Workspace, args: argparse.Namespace) -> None:
    from emulation.services import measures

    rows = [m for m in measures.period_measures(ws, args.period) if not args.unit or m.unit_code == args.unit]
    if args.json:
        _json({"rows": [{"unit": m.unit_code, "leaf": m.leaf_code,
                         "measured": float(m.value) if m.value is not None else None,
                         "value": float(m.raw) if m.raw is not None and not isinstance(m.raw, str) else m.raw,
                         "source": render(m.source), "records": list(m.records),
                         "override": ({"reason": m.override.reason, "by": m.override.by} if m.override else None)}
                        for m in rows]})
        return
    for m in rows:
        shown = format_decimal(m.value) if m.value is not None else "–"
        line = f"{m.unit_code}  {m.leaf_code}  {shown}  ({render(m.source)})"
        if m.override:
            line += "  " + say("measure_overridden_note", value=str(m.override.raw), reason=m.override.reason)
        _print(line)


# --- parser --------------------------------------------------------------------------------------


def add_parsers(sub: Any) -> None:
    r = sub.add_parser("records", help=say("cli_help.records")).add_subparsers(
        dest="action", required=True)
    r.add_parser("types", help=say("cli_help.record_types")).add_argument("--json", action="store_true")
    r.add_parser("type-save", help=say("cli_help.record_type_save")).add_argument("file")
    ra = r.add_parser("add", help=say("cli_help.records_add"))
    ra.add_argument("type")
    ra.add_argument("unit")
    ra.add_argument("date")
    ra.add_argument("values", nargs="*", metavar="FIELD=VALUE")
    ra.add_argument("--note")
    rl = r.add_parser("list")
    rl.add_argument("--type")
    rl.add_argument("--unit")
    _dates(rl)
    rl.add_argument("--json", action="store_true")
    r.add_parser("import", help=say("cli_help.records_import")).add_argument("file")
    re_ = r.add_parser("export", help=say("cli_help.records_export"))
    re_.add_argument("file")
    re_.add_argument("--type", action="append")
    _dates(re_)
    r.add_parser("delete").add_argument("id", type=int)
    rr = r.add_parser("report", help=say("cli_help.records_report"))
    rr.add_argument("-o", "--output", required=True)
    rr.add_argument("--year", type=int, required=True)
    rr.add_argument("--base-year", type=int, required=True)
    _dates(rr)

    m = sub.add_parser("models", help=say("cli_help.models")).add_subparsers(
        dest="action", required=True)
    m.add_parser("import").add_argument("file")
    m.add_parser("list").add_argument("--json", action="store_true")

    i = sub.add_parser("indicators", help=say("cli_help.indicators")).add_subparsers(
        dest="action", required=True)
    iset = i.add_parser("set")
    for name in ("unit", "year", "name", "target"):
        iset.add_argument(name, type=int if name == "year" else str)
    iset.add_argument("achieved", nargs="?")
    i.add_parser("list").add_argument("--year", type=int)

    me = sub.add_parser("measures", help=say("cli_help.measures")).add_subparsers(
        dest="action", required=True)
    md = me.add_parser("dates", help=say("cli_help.period_dates"))
    for name in ("period", "start", "end"):
        md.add_argument(name)
    ms = me.add_parser("show")
    ms.add_argument("period")
    ms.add_argument("--unit")
    ms.add_argument("--json", action="store_true")
    for action in ("override", "clear"):
        mo = me.add_parser(action)
        mo.add_argument("period")
        mo.add_argument("unit")
        mo.add_argument("leaf")
        if action == "override":
            mo.add_argument("value")
        mo.add_argument("--reason", required=True)


def _dates(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", metavar="dd/mm/yyyy")
    p.add_argument("--to", dest="end", metavar="dd/mm/yyyy")


HANDLERS = {"records": do_records, "models": do_models, "indicators": do_indicators, "measures": do_measures}
