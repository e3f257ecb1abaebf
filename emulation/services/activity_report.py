"""The activity report as the districts write it: models by field and by unit against a base
year, activity totals per type and unit for a period, dossier processing, indicators."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from emulation.reports.activity_figures import (
    ActivityReport,
    ActivityRow,
    ActivityTable,
    DossierRow,
    FieldCount,
    IndicatorRow,
    UnitModels,
)
from emulation.scoring.activity_types import ActivityType, numeric_value
from emulation.scoring.problems import problem
from emulation.scoring.register import field_key
from emulation.services.activity_records import RecordLine, records_in
from emulation.services.activity_types import all_type_rows, type_of
from emulation.services.errors import InputError
from emulation.services.indicator_status import indicator_lines, tallies
from emulation.services.models_register import ModelLine, committee_fields, model_lines
from emulation.services.workspace import Workspace
from emulation.text import vn_sorted

DOSSIER_TYPE = "ho-so"
DOSSIER_FIELDS = ("received", "processed", "in_progress", "overdue")
TITLE = "BÁO CÁO KẾT QUẢ CÔNG TÁC DÂN VẬN"


def build_report(session: Session, year: int, base_year: int, starts_on: date | None = None,
                 ends_on: date | None = None) -> ActivityReport:
    starts_on = starts_on or date(year, 1, 1)
    ends_on = ends_on or date(year, 12, 31)
    if ends_on < starts_on:
        raise InputError([problem("--to", "period_dates_reversed", start=str(starts_on), end=str(ends_on))])
    fields = committee_fields(session)
    models = model_lines(session)
    records = records_in(session, starts_on=starts_on, ends_on=ends_on)
    types = [type_of(r) for r in all_type_rows(session)]
    return ActivityReport(
        title=TITLE, year=year, base_year=base_year, starts_on=starts_on, ends_on=ends_on, fields=fields,
        by_field=tuple(_by_field(models, fields, year, base_year)),
        by_unit=tuple(_by_unit(models, fields, year, base_year)),
        activities=tuple(t for t in (_activity(records, ty) for ty in types if ty.code != DOSSIER_TYPE) if t.rows),
        dossiers=tuple(_dossiers(records)),
        indicators=tuple(_indicators(session, year)),
    )


def _count(models: list[ModelLine], year: int, field: str | None = None) -> int:
    key = field_key(field) if field else None
    return sum(1 for m in models if m.entry.active_in(year) and (key is None or field_key(m.entry.field) == key))


def _by_field(models: list[ModelLine], fields: tuple[str, ...], year: int, base: int) -> list[FieldCount]:
    return [FieldCount(f, _count(models, base, f), _count(models, year, f)) for f in fields]


def _by_unit(models: list[ModelLine], fields: tuple[str, ...], year: int, base: int) -> list[UnitModels]:
    by_unit: dict[str, list[ModelLine]] = defaultdict(list)
    for m in models:
        by_unit[m.unit_name].append(m)
    rows = [UnitModels(name, tuple(_count(ms, year, f) for f in fields), _count(ms, base))
            for name, ms in by_unit.items()]
    return vn_sorted([r for r in rows if r.total or r.base_total], key=lambda r: r.unit)


def _activity(records: list[RecordLine], t: ActivityType) -> ActivityTable:
    numeric = [f for f in t.fields if f.numeric]
    by_unit: dict[str, list[RecordLine]] = defaultdict(list)
    for r in records:
        if r.type_code == t.code:
            by_unit[r.unit_name].append(r)
    rows = [ActivityRow(name, len(rs), tuple(sum((numeric_value(r.values.get(f.code)) for r in rs), Decimal(0))
                                              for f in numeric))
            for name, rs in by_unit.items()]
    return ActivityTable(t.name, tuple(f.label for f in numeric), tuple(vn_sorted(rows, key=lambda r: r.unit)))


def _dossiers(records: list[RecordLine]) -> list[DossierRow]:
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0)] * len(DOSSIER_FIELDS))
    for r in records:
        if r.type_code == DOSSIER_TYPE:
            row = sums[r.unit_name]
            for i, code in enumerate(DOSSIER_FIELDS):
                row[i] += numeric_value(r.values.get(code))
    return vn_sorted([DossierRow(name, *values) for name, values in sums.items()], key=lambda r: r.unit)


def _indicators(session: Session, year: int) -> list[IndicatorRow]:
    lines = indicator_lines(session, year)
    names = {line.unit_code: line.unit_name for line in lines}
    rows = [IndicatorRow(names[code], t.total, t.met, t.exceeded) for code, t in tallies(lines, year).items()]
    return vn_sorted(rows, key=lambda r: r.unit)


def report_figures(ws: Workspace, year: int, base_year: int, starts_on: date | None = None,
                   ends_on: date | None = None) -> ActivityReport:
    with ws.transaction() as session:
        return build_report(session, year, base_year, starts_on, ends_on)


def write_report(ws: Workspace, path: Path, year: int, base_year: int, starts_on: date | None = None,
                 ends_on: date | None = None, *, generated_on: date | None = None) -> ActivityReport:
    """The report as ``.pdf`` or ``.xlsx`` (by the file's suffix)."""
    from emulation.services.printing_settings import issuer_of

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InputError([problem(str(path), "report_pdf_or_xlsx")])
    with ws.transaction() as session:
        report = build_report(session, year, base_year, starts_on, ends_on)
        issuer = issuer_of(session, signed=False) if suffix == ".pdf" else None
    if issuer is not None:
        from emulation.reports.activity_report import render_activity_report

        render_activity_report(path, report, issuer, generated_on or date.today())
    else:
        from emulation.excel.activity_report_file import write_activity_report

        write_activity_report(path, report)
    return report
