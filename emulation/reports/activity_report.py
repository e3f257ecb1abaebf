"""The activity report (báo cáo kết quả công tác dân vận), A4 portrait: models by field and by
unit against the base year, activity totals per type and unit, dossiers, indicators."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from emulation.reports.activity_figures import (
    ActivityReport,
    ActivityTable,
    activity_sentence,
    change,
    dossier_sentence,
    indicator_text,
    models_sentence,
    number,
    rate_text,
)
from emulation.reports.document import CentredLines, Line, Output, build, esc, make_doc, national_header, signer_block
from emulation.reports.layout import PORTRAIT
from emulation.reports.models import Issuer
from emulation.reports.styles import GRID, HEADER_FILL, cell, style, table_style
from emulation.text import document_date_line

SIZE = 10.5


def _p(text: str, *, bold: bool = False, align: str = "left") -> Paragraph:
    return Paragraph(esc(text), cell(SIZE, bold=bold, align=align))


def _section(text: str) -> Paragraph:
    return Paragraph(esc(text), style("activity-section", size=13, bold=True, space_after=3))


def _body(text: str) -> Paragraph:
    return Paragraph(esc(text), style("activity-body", size=12.5, space_after=4))


def grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A bordered table: header row shaded, numbers right-aligned, the last row bold when it is a total."""
    data = [[_p(h, bold=True, align="center") for h in header]]
    for r in rows:
        bold = r[0] == "Tổng cộng"
        data.append([_p(r[0], bold=bold), *(_p(v, bold=bold, align="right") for v in r[1:])])
    table = Table(data, colWidths=list(widths), repeatRows=1)
    table.setStyle(table_style(
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ))
    return table


def _split(width: float, first: float, n: int) -> list[float]:
    return [first, *([(width - first) / n] * n)]


def _models(r: ActivityReport, width: float) -> list[Flowable]:
    field_rows = [[f.field, number(f.base), number(f.now), change(f.now, f.base)] for f in r.by_field]
    field_rows.append(["Tổng cộng", number(r.models_base), number(r.models_now), change(r.models_now, r.models_base)])
    unit_rows = [[u.unit, *(number(n) for n in u.by_field), number(u.total), change(u.total, u.base_total)]
                 for u in r.by_unit]
    totals = [sum(u.by_field[i] for u in r.by_unit) for i in range(len(r.fields))]
    unit_rows.append(["Tổng cộng", *(number(n) for n in totals), number(sum(totals)),
                      change(sum(totals), sum(u.base_total for u in r.by_unit))])
    return [
        _section("I. Mô hình “Dân vận khéo”"),
        _body(models_sentence(r)),
        grid(["Lĩnh vực", f"Năm {r.base_year}", f"Năm {r.year}", f"So với năm {r.base_year}"], field_rows,
             _split(width, width * 0.4, 3)),
        Spacer(1, 3 * mm),
        grid(["Đơn vị", *r.fields, "Tổng số", f"So với năm {r.base_year}"], unit_rows,
             _split(width, width * 0.24, len(r.fields) + 2)),
    ]


def _activity(t: ActivityTable, width: float) -> list[Flowable]:
    rows = [[a.unit, number(a.count), *(number(v) for v in a.sums)] for a in (*t.rows, t.total)]
    return [KeepTogether([_body(activity_sentence(t)),
                          grid(["Đơn vị", "Số lần", *t.columns], rows, _split(width, width * 0.3, len(t.columns) + 1)),
                          Spacer(1, 3 * mm)])]


def _dossiers(r: ActivityReport, width: float) -> list[Flowable]:
    rows = [[d.unit, number(d.received), number(d.processed), rate_text(d.rate), number(d.in_progress),
             number(d.overdue)] for d in (*r.dossiers, r.dossier_total)]
    return [KeepTogether([
        _section("III. Giải quyết thủ tục hành chính"),
        _body(dossier_sentence(r.dossier_total)),
        grid(["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Tỷ lệ", "Đang giải quyết", "Quá hạn"], rows,
             _split(width, width * 0.3, 5)),
    ])]


def _indicators(r: ActivityReport, width: float) -> list[Flowable]:
    rows = [[i.unit, f"{i.met}/{i.total}", f"{i.exceeded}/{i.total}", indicator_text(i)] for i in r.indicators]
    return [KeepTogether([
        _section(f"IV. Thực hiện chỉ tiêu năm {r.year}"),
        grid(["Đơn vị", "Đạt", "Vượt", "Kết quả"], rows, [width * 0.3, width * 0.12, width * 0.12, width * 0.46]),
    ])]


def render_activity_report(out: Output, r: ActivityReport, issuer: Issuer, generated_on: date,
                           invariant: bool = False) -> int:
    page = PORTRAIT
    doc = make_doc(out, page, title=r.title, author=issuer.issuer, subject=str(r.year), invariant=invariant)
    width = page.frame_width
    story: list[Flowable] = [
        national_header(issuer, width, number=None, date_line=document_date_line(issuer.place, generated_on)),
        Spacer(1, 5 * mm),
        CentredLines([Line(r.title, size=14, bold=True), Line(f"Năm {r.year}", size=13.5, bold=True)]),
        Spacer(1, 4 * mm),
        *_models(r, width),
        Spacer(1, 4 * mm),
        _section(f"II. Kết quả hoạt động {r.dates}"),
    ]
    for t in r.activities:
        story += _activity(t, width)
    if r.dossiers:
        story += _dossiers(r, width)
    if r.indicators:
        story += [Spacer(1, 4 * mm), *_indicators(r, width)]
    story += [Spacer(1, 6 * mm), KeepTogether([signer_block(issuer, width)])]
    return build(doc, story, page)
