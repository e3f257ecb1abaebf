"""Settings shown to people: issuer, signer, place, base salary… (the signing key is shown by its fingerprint)."""

from __future__ import annotations

from emulation.services.errors import InputError
from emulation.services.permissions import Action
from emulation.services.workspace import Workspace
from emulation.store import all_settings, get_setting, record, set_setting
from emulation.store.settings import DEFAULTS
from emulation.text import nfc, parse_money


def read_settings(ws: Workspace) -> dict[str, str]:
    with ws.transaction() as session:
        values = all_settings(session)
    values.pop("certificate_public_key", None)  # shown as its fingerprint (signing_keys)
    return values


def update_settings(ws: Workspace, changes: dict[str, str]) -> dict[str, str]:
    clean: dict[str, str] = {}
    for key, value in changes.items():
        if key not in DEFAULTS:
            raise InputError.single(key, "setting_unknown", key=key)
        value = nfc(value)
        if key == "base_salary":
            amount = parse_money(value)
            if amount is None or amount <= 0:
                raise InputError.single(key, "money_unreadable", value=value)
            value = str(amount)
        clean[key] = value
    with ws.transaction(Action.SETTINGS) as session:
        for key, value in clean.items():
            old = set_setting(session, key, value)
            if old != value:
                record(session, who=ws.user, action="setting", entity="setting", field=key, old=old, new=value)
    return read_settings(ws)


def interface_language(ws: Workspace) -> str:
    """The language setting, readable before anyone signs in (it is what the sign-in speaks)."""
    with ws.db.session() as session:
        return get_setting(session, "language") or DEFAULTS["language"]
