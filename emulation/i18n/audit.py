"""The audit log's codes in words: actions, what they touched, the fields and values they changed."""

from __future__ import annotations

import json
import re

from emulation.i18n.catalogue import language, say, sentences
from emulation.scoring.problems import Param

ACTION_CODES = {
    "add": "audit_action.add",
    "edit": "audit_action.edit",
    "move": "audit_action.move",
    "create": "audit_action.create",
    "lock": "audit_action.lock",
    "unlock": "audit_action.unlock",
    "award": "audit_action.award",
    "setting": "audit_action.setting",
    "import": "audit_action.import",
    "score": "audit_action.score",
    "veto": "audit_action.veto",
    "unveto": "audit_action.unveto",
    "delete": "audit_action.delete",
    "print": "audit_action.print",
    "decision": "audit_action.decision",
    "password": "audit_action.password",
    "enable": "audit_action.enable",
    "disable": "audit_action.disable",
}
ENTITY_CODES = {
    "unit": "audit_entity.unit",
    "period": "audit_entity.period",
    "criteria": "audit_entity.criteria",
    "scores": "audit_entity.scores",
    "score": "audit_entity.score",
    "award": "audit_entity.award",
    "setting": "audit_entity.setting",
    "veto": "audit_entity.veto",
    "certificate": "audit_entity.certificate",
    "account": "audit_entity.account",
}
FIELD_CODES = {
    "code": "audit_field.code",
    "name": "audit_field.name",
    "kind": "audit_field.kind",
    "cluster": "audit_field.cluster",
    "parent": "audit_field.parent",
    "issuer": "audit_field.issuer",
    "parent_body": "audit_field.parent_body",
    "place": "audit_field.place",
    "signer_title": "audit_field.signer_title",
    "signer_name": "audit_field.signer_name",
    "base_salary": "audit_field.base_salary",
    "language": "audit_field.language",
    "logo_path": "audit_field.logo_path",
    "decision_prefix": "audit_field.decision_prefix",
    "decision": "audit_field.decision",
    "certificate_public_key": "audit_field.certificate_public_key",
}
ROLE_CODES = {"self": "role.self", "member": "role.member", "official": "role.official"}
VALUE_CODES = {"include": "audit_value.include", "exclude": "audit_value.exclude", "holds": "audit_value.holds"}

#: A score's field as the services log it: the leaf, then the role and the scorer in brackets.
_ROLE_IN_FIELD = re.compile(r"^(?P<leaf>.*) \((?P<role>self|member|official)(?: (?P<who>.*))?\)$")
_DECIMAL = re.compile(r"^-?[0-9]+\.[0-9]+$")


def action_name(action: str) -> str:
    """"print" → "In giấy khen, tài liệu"; an action this version does not know is shown as stored."""
    known = sentences(language())
    code = ACTION_CODES.get(action) or next((c for c in (f"audit.{action}", action) if c in known), None)
    return say(code) if code else action


def entity_name(entity: str) -> str:
    code = ENTITY_CODES.get(entity)
    return say(code) if code else entity


def field_name(field: str | None) -> str:
    """A logged field in words: "II.1 (member Lò Văn A)" → "II.1 (thành viên Lò Văn A)"."""
    code = FIELD_CODES.get(field or "")
    if code:
        return say(code)
    match = _ROLE_IN_FIELD.match(field or "")
    if match is None:
        return field or ""
    who = f" {match['who']}" if match["who"] else ""
    return f"{match['leaf']} ({say(ROLE_CODES[match['role']])}{who})"


def value_text(value: str | None) -> str:
    """A logged value in words: decisions and vetoes named, decimals with a comma."""
    if value is None:
        return ""
    code = VALUE_CODES.get(value)
    if code:
        return say(code)
    return value.replace(".", ",") if _DECIMAL.match(value) else value


#: A detail written as a sentence of the catalogue is stored as ``{"code": …, "params": {…}}``, so
#: that it reads in the language of whoever looks at the log; a free text (a reason) is stored as is.
_CODED = '{"code":'


def coded(code: str, /, **params: Param) -> str:
    """A log detail as a catalogue sentence, stored language-free."""
    return json.dumps({"code": code, "params": params}, ensure_ascii=False, separators=(",", ":"))


def detail_text(detail: str | None) -> str:
    """A stored detail in the current language (free texts as they were written)."""
    if not detail or not detail.startswith(_CODED):
        return detail or ""
    try:
        data = json.loads(detail)
        return say(str(data["code"]), **dict(data.get("params") or {}))
    except (ValueError, KeyError, TypeError, AttributeError):
        return detail
