"""The commendation decision as an editable Word document (.docx), the award list attached.

The same sentences as the PDF (:class:`DecisionText`), laid out after Nghị định 30/2020/NĐ-CP:
A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New Roman 14.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from emulation.reports.award_list import HEADINGS
from emulation.reports.council_values import DecisionText
from emulation.reports.document import MOTTO, NATION, PARTY, number_line
from emulation.reports.models import Issuer
from emulation.text import document_date_line, format_decimal, format_thousands

FONT = "Times New Roman"
CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT


def write_decision_docx(path: Path, issuer: Issuer, d: DecisionText) -> None:
    doc: Any = Document()
    _page(doc)
    _header(doc, issuer, d.number, document_date_line(issuer.place, d.on))
    _para(doc, "QUYẾT ĐỊNH", bold=True, align=CENTER, before=12)
    _para(doc, d.subject, bold=True, align=CENTER)
    _para(doc, d.authority, bold=True, align=CENTER, before=12)
    for b in d.bases:
        _para(doc, b, italic=True, align=JUSTIFY, first_line=True)
    _para(doc, "QUYẾT ĐỊNH:", bold=True, align=CENTER, before=6)
    for head, text in d.articles:
        p = _para(doc, "", align=JUSTIFY, first_line=True)
        _run(p, head + " ", bold=True)
        _run(p, text)
    _closing(doc, issuer, d)
    doc.add_page_break()
    _header(doc, issuer, None, None)
    _para(doc, d.list_title, bold=True, align=CENTER, before=12)
    _para(doc, d.list_subtitle, bold=True, align=CENTER)
    _para(doc, d.attached, italic=True, align=CENTER)
    _award_list(doc, d)
    doc.save(str(path))


def _page(doc: Any) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    normal.paragraph_format.space_after = Pt(3)


def _run(p: Any, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None) -> Any:
    run = p.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    run.font.name = FONT
    if size:
        run.font.size = Pt(size)
    return run


def _para(target: Any, text: str, *, bold: bool = False, italic: bool = False, align: Any = LEFT,
          size: float | None = None, before: float = 0, first_line: bool = False) -> Any:
    p = target.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_before = Pt(before)
    if first_line:
        p.paragraph_format.first_line_indent = Mm(10)
    if text:
        _run(p, text, bold=bold, italic=italic, size=size)
    return p


def _cell_lines(cell: Any, lines: list[tuple[str, bool, bool, float]], *, underline_last: bool = False) -> None:
    """Fill a table cell with centred lines: (text, bold, italic, size); the last one underlined when asked
    (the rule under the motto and under the issuer, Nghị định 30/2020)."""
    cell.paragraphs[0].alignment = CENTER
    for i, (text, bold, italic, size) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = CENTER
        p.paragraph_format.space_after = Pt(0)
        run = _run(p, text, bold=bold, italic=italic, size=size)
        if underline_last and i == len(lines) - 1:
            run.underline = True


def _header(doc: Any, issuer: Issuer, number: str | None, date_line: str | None) -> None:
    table = doc.add_table(rows=2 if number or date_line else 1, cols=2)
    left = [(issuer.parent_body, False, False, 13.0), (issuer.issuer, True, False, 13.0)]
    right = ([(PARTY, True, False, 14.0)] if issuer.party
             else [(NATION, True, False, 12.0), (MOTTO, True, False, 13.0)])
    _cell_lines(table.cell(0, 0), [x for x in left if x[0]], underline_last=not issuer.party)
    _cell_lines(table.cell(0, 1), right, underline_last=True)
    if number or date_line:
        _cell_lines(table.cell(1, 0), [(number_line(issuer, number), False, False, 13.0)] if number else [])
        _cell_lines(table.cell(1, 1), [(date_line, False, True, 14.0)] if date_line else [])
    for row in table.rows:
        row.cells[0].width, row.cells[1].width = Mm(70), Mm(95)


def _closing(doc: Any, issuer: Issuer, d: DecisionText) -> None:
    table = doc.add_table(rows=1, cols=2)
    left = table.cell(0, 0)
    left.paragraphs[0].paragraph_format.space_after = Pt(0)
    _run(left.paragraphs[0], "Nơi nhận:", bold=True, italic=True, size=12)
    for r in d.recipients:
        p = left.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        _run(p, "- " + r, size=11)
    signer = [(issuer.signer_acting, True, False, 14.0)] if issuer.signer_acting else []
    signer += [(issuer.signer_title, True, False, 14.0), ("", False, False, 14.0), ("", False, False, 14.0),
               ("", False, False, 14.0), (issuer.signer_name, True, False, 14.0)]
    _cell_lines(table.cell(0, 1), signer)


def _award_list(doc: Any, d: DecisionText) -> None:
    table = doc.add_table(rows=1, cols=len(HEADINGS))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADINGS, strict=True):
        _cell_lines(cell, [(text, True, False, 12.0)])
    for i, row in enumerate(d.rows, start=1):
        values = (str(i), row.name, row.parent or "", format_decimal(row.total), str(row.rank), row.award,
                  format_thousands(row.amount_vnd))
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.paragraphs[0].paragraph_format.space_after = Pt(0)
            _run(cell.paragraphs[0], text, size=12)
    total = table.add_row().cells
    merged = total[0].merge(total[len(HEADINGS) - 2])
    _run(merged.paragraphs[0], f"Tổng cộng ({len(d.rows)} tập thể)", bold=True, size=12)
    _run(total[-1].paragraphs[0], format_thousands(sum(r.amount_vnd for r in d.rows)), bold=True, size=12)

