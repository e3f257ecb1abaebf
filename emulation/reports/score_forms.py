"""Blank score forms (phiếu chấm điểm), one per unit, for scoring on paper."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from emulation.reports.document import (
    CentredLines,
    Line,
    Output,
    build,
    make_doc,
    national_header,
    no_page_number,
)
from emulation.reports.fonts import ITALIC
from emulation.reports.form_rows import criteria_table
from emulation.reports.layout import PORTRAIT, PageLayout
from emulation.reports.models import FormUnit, Issuer
from emulation.reports.styles import table_style
from emulation.scoring.criteria import CriteriaSet

UnitLike = FormUnit | tuple[str, str, str | None]


class FormStart(Flowable):
    """Marks where a unit's form begins, for the form's own page numbers."""

    def __init__(self, unit: FormUnit) -> None:
        super().__init__()
        self.unit = unit

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


class FormDoc(SimpleDocTemplate):
    """Numbers the pages of each form from its own first page (the first carries none)."""

    form: FormUnit | None = None
    form_page = 1

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, FormStart):
            self.form, self.form_page = flowable.unit, self.page

    def afterPage(self) -> None:
        number = self.page - self.form_page + 1
        if self.form is None or number < 2:
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(ITALIC, 11)
        width = self.pagesize[0]
        centre = (self.leftMargin + width - self.rightMargin) / 2
        canvas.drawCentredString(centre, self.pagesize[1] - self.topMargin / 2 - 4,
                                 f"{self.form.name} — trang {number}")
        canvas.restoreState()


def _unit(value: UnitLike) -> FormUnit:
    return value if isinstance(value, FormUnit) else FormUnit(*value)


def _signatures(width: float) -> Table:
    def block(title: str) -> CentredLines:
        return CentredLines([Line(title, size=13, bold=True),
                             Line("(Ký, ghi rõ họ tên)", size=12, italic=True)])

    table = Table([[block("ĐẠI DIỆN ĐƠN VỊ"), block("NGƯỜI CHẤM")]],
                  colWidths=[width / 2, width / 2])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "TOP")))
    return table


def _form(unit: FormUnit, period_name: str, criteria: CriteriaSet, issuer: Issuer,
          width: float) -> list[Flowable]:
    blank_date = f"{issuer.place}, ngày ..... tháng ..... năm ........"
    lines = [Line("PHIẾU CHẤM ĐIỂM", size=15, bold=True, space_before=6),
             Line(criteria.name, size=13, bold=True, max_lines=3),
             Line(f"Kỳ chấm điểm: {period_name}", size=13),
             Line(f"Đơn vị: {unit.name}", size=14, bold=True, space_before=4)]
    if unit.parent_name:
        lines.append(Line(f"Thuộc: {unit.parent_name}", size=13))
    return [
        FormStart(unit),
        national_header(issuer, width, number=None, date_line=blank_date),
        Spacer(1, 4 * mm),
        CentredLines(lines),
        Spacer(1, 4 * mm),
        criteria_table(criteria, width),
        Spacer(1, 6 * mm),
        KeepTogether([_signatures(width)]),
    ]


def render_score_forms(
    out: Output, *, period_name: str, criteria: CriteriaSet, units: Sequence[UnitLike],
    issuer: Issuer, page: PageLayout = PORTRAIT, invariant: bool = False,
) -> int:
    """Write one blank form per unit (each starting on a new page); the number of pages."""
    if not units:
        raise ValueError("no unit to print a form for")
    doc = make_doc(out, page, title=f"Phiếu chấm điểm — {period_name}", author=issuer.issuer,
                   subject=criteria.name, invariant=invariant, cls=FormDoc)
    story: list[Flowable] = []
    for i, unit in enumerate(units):
        if i:
            story.append(PageBreak())
        story += _form(_unit(unit), period_name, criteria, issuer, page.frame_width)
    return build(doc, story, page, on_later=no_page_number)

