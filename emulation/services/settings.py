"""Settings shown to people: issuer, signer, place, base salary… (the signing key is shown by its fingerprint)."""

from __future__ import annotations

from emulation.services.errors import InputError
from emulation.services.workspace import Workspace
from emulation.store import all_settings, record, set_setting
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
            raise InputError.single(key, "not a setting")
        value = nfc(value)
        if key == "base_salary":
            amount = parse_money(value)
            if amount is None or amount <= 0:
                raise InputError.single(key, f'"{value}" is not an amount of money')
            value = str(amount)
        clean[key] = value
    with ws.transaction() as session:
        for key, value in clean.items():
            old = set_setting(session, key, value)
            if old != value:
                record(session, who=ws.user, action="setting", entity="setting", field=key, old=old, new=value)
    return read_settings(ws)
