"""The sentences of the commendation decision, written once for the .docx and the PDF."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from emulation.reports.award_list import attached_line
from emulation.reports.council_values import DecisionText
from emulation.reports.models import AwardListRow, Decision, Issuer
from emulation.services.award_terms import bases_lines
from emulation.text import format_date, format_thousands

LIST_TITLE = "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG"
DEFAULT_BUDGET = "nguồn kinh phí thi đua, khen thưởng theo quy định"


def decision_text(
    *, decision: Decision, issuer: Issuer, period: str, movement: str, rows: Sequence[AwardListRow],
    settings: Mapping[str, str], award_bases: Mapping[str, list[str]], held_on: date,
) -> DecisionText:
    awards = list(dict.fromkeys(r.award for r in rows))
    counts = Counter(r.award for r in rows)
    achievement = f"đã có thành tích xuất sắc trong phong trào “{movement}”, {period}"
    bases = [*bases_lines(settings.get("decision_bases", ""))]
    for award in awards:
        bases.extend(b for b in award_bases.get(award, []) if b not in bases)
    bases.append(f"Theo đề nghị của Hội đồng Thi đua - Khen thưởng tại Biên bản họp ngày {format_date(held_on)}.")
    given = ", ".join(f"{a} cho {counts[a]} tập thể" for a in awards)
    executors = settings.get("decision_executors", "").strip() or "Các tập thể có tên tại Điều 1"
    articles = (
        ("Điều 1.", f"Tặng {given} {achievement} (có danh sách kèm theo)."),
        ("Điều 2.", _money(rows, awards, settings.get("decision_budget", "").strip() or DEFAULT_BUDGET)),
        ("Điều 3.", f"{executors} chịu trách nhiệm thi hành Quyết định này. "
                    "Quyết định có hiệu lực kể từ ngày ký."),
    )
    authority = issuer.certificate_title or f"{issuer.signer_title} {issuer.issuer}".strip()
    return DecisionText(
        number=decision.number, on=decision.date,
        subject=f"Về việc khen thưởng tập thể có thành tích xuất sắc trong phong trào “{movement}”, {period}",
        authority=authority.upper(), bases=tuple(bases), articles=articles,
        recipients=tuple(line.lstrip("-– ").strip() for line in bases_lines(settings.get("decision_recipients", ""))),
        rows=tuple(rows), list_title=LIST_TITLE, list_subtitle=f"Phong trào “{movement}” — {period}",
        attached=attached_line(decision),
    )


def _money(rows: Sequence[AwardListRow], awards: list[str], budget: str) -> str:
    each: dict[str, int] = {}
    for r in rows:
        each.setdefault(r.award, r.amount_vnd)
    paid = [a for a in awards if each.get(a)]
    if not paid:
        return f"Các tập thể tại Điều 1 được tặng thưởng theo quy định; kinh phí chi từ {budget}."
    parts = "; ".join(f"mỗi tập thể được tặng {a} kèm theo tiền thưởng {format_thousands(each[a])} đồng"
                      for a in paid)
    total = sum(r.amount_vnd for r in rows)
    return (f"{parts[0].upper()}{parts[1:]}. Tổng số tiền thưởng: {format_thousands(total)} đồng. "
            f"Kinh phí chi từ {budget}.")
