"""Settings stored in the database, with their defaults."""

from __future__ import annotations

from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from emulation.store.models import Setting

KEY_LENGTH = 64

DEFAULTS = MappingProxyType(
    {
        "issuer": "ỦY BAN NHÂN DÂN XÃ",
        "parent_body": "",
        "place": "",
        "signer_title": "CHỦ TỊCH",
        "signer_name": "",
        "base_salary": "2340000",
        "language": "vi",
        "logo_path": "",
        "page_size": "A4",
        "decision_prefix": "QĐ-UBND",
        # printing: empty means "use the built-in default"
        "signer_acting": "",
        "certificate_title": "",
        "decision_by": "",
        "party": "",
        "achievement_template": "",
        "certificate_layout": "",
        # the decision (Quyết định khen thưởng): one line each, "Căn cứ …"
        "decision_bases": "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n"
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
        "thi hành một số điều của Luật Thi đua, khen thưởng;",
        "decision_budget": "",
        "decision_executors": "Các bộ phận có liên quan và các tập thể có tên tại Điều 1",
        "decision_recipients": "Như Điều 3;\nLưu: VT.",
    }
)
"""Known keys and their values until someone sets them."""

KNOWN_KEYS = tuple(DEFAULTS)


def get_setting(session: Session, key: str) -> str:
    """The stored value, else the default.

    Raises ``KeyError`` for a key that is neither stored nor known.
    """
    row = session.get(Setting, key)
    if row is not None:
        return row.value
    return DEFAULTS[key]


def set_setting(session: Session, key: str, value: str) -> str | None:
    """Store ``value`` under ``key``; return the value stored before, if any."""
    if not key or len(key) > KEY_LENGTH:
        raise ValueError(f"setting key must be 1 to {KEY_LENGTH} characters: {key!r}")
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
        return None
    old, row.value = row.value, value
    return old


def all_settings(session: Session) -> dict[str, str]:
    """Every known setting (defaults filled in) and every stored one."""
    values = {key: get_setting(session, key) for key in KNOWN_KEYS}
    for row in session.scalars(select(Setting)):
        values[row.key] = row.value
    return values

