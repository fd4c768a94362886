"""The spec's rules across fields, checked before a request is sent.

A rule that ties fields together (a redirection needs its destination, an automatic call plays
exactly one source) is stated once, in the spec, as the request schema's JSON Schema ``not``:
what a body must not look like. ``make generate`` copies those rules into
``bulutfon_api.rules`` as plain data, so checking them here needs no YAML and nothing at import
time; the fake checks the same rules from the spec itself. A changed rule in the spec changes
what the SDK refuses, with no edit here.

The error names the field to give (or to leave out) and when, worked out from the part of the
rule that matched: ``destination_type: required when redirection_type is ALWAYS``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from bulutfon_api import rules as spec
from bulutfon_ext._errors import ValidationError

_ABSENT: Mapping[str, Any] = {"not": {}}  # JSON Schema for "this property is not there"


def check_rule(schema: str, fields: Mapping[str, object]) -> None:
    """Raise :class:`ValidationError` when ``fields`` (None meaning 'not sent') break the rule
    the spec states on request schema ``schema``."""
    rule = spec.RULES[schema]
    if matches(fields, rule):
        field, reason = _explain(rule, fields)
        raise ValidationError(field, reason, names=tuple(_named(rule)))


def bounds(schema: str, field: str) -> tuple[int, int]:
    """The lowest and highest integer the spec allows in ``field`` of request schema ``schema``
    (the automatic call's ring time: 0 to 60), for the checks and the command line's help."""
    low, high = spec.BOUNDS[schema][field]
    return low, high


def sort_fields(operation_id: str, parameter: str) -> tuple[str, ...]:
    """The fields the spec lets ``parameter`` (``field,asc|desc``) of an operation sort by (a
    CDR list's ``order``: the properties of a CDR, its ``x-sortable``), for the check and the
    command line's help."""
    return tuple(spec.SORTABLE[operation_id][parameter])


def matches(
    value: object, schema: Mapping[str, Any], resolve: Callable[[Any], Any] | None = None
) -> bool:
    """Whether ``value`` satisfies ``schema``, for the keywords a rule is made of.

    ``{}`` matches anything and ``{"not": {}}`` nothing, so ``properties: {x: {not: {}}}`` says
    that ``x`` is absent (None). ``generator/spec_facts.py`` refuses a rule using other keywords.
    ``resolve`` follows ``$ref`` (the fake reads the rules from the spec itself, unresolved).
    """
    if resolve is not None:
        schema = resolve(schema)

    def each(part: Mapping[str, Any], item: object = value) -> bool:
        return matches(item, part, resolve)

    if "enum" in schema and not any(_same(value, allowed) for allowed in schema["enum"]):
        return False
    if "not" in schema and each(schema["not"]):
        return False
    if "anyOf" in schema and not any(each(part) for part in schema["anyOf"]):
        return False
    if "allOf" in schema and not all(each(part) for part in schema["allOf"]):
        return False
    if "oneOf" in schema and sum(each(part) for part in schema["oneOf"]) != 1:
        return False
    if isinstance(value, Mapping):
        if any(value.get(name) is None for name in schema.get("required", ())):
            return False
        for name, part in schema.get("properties", {}).items():
            if value.get(name) is not None and not each(part, value[name]):
                return False
    return True


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value


def _same(value: object, allowed: object) -> bool:
    value = _plain(value)
    # JSON keeps true and 1 apart; Python's == does not.
    return isinstance(value, bool) == isinstance(allowed, bool) and value == allowed


def _explain(rule: Mapping[str, Any], fields: Mapping[str, object]) -> tuple[str, str]:
    """The field to name and the fix, from the branch of ``rule`` that ``fields`` matched."""
    branch: Mapping[str, Any] = next((b for b in rule.get("anyOf", ()) if matches(fields, b)), {})
    constrained = {**rule.get("properties", {}), **branch.get("properties", {})}
    absent = [name for name, part in constrained.items() if part == _ABSENT]
    conditions = [
        f"{name} is {_plain(fields[name])}"
        for name, part in constrained.items()
        if part != _ABSENT and fields.get(name) is not None
    ]
    if len(absent) == 1:
        when = f" when {' and '.join(conditions)}" if conditions else ""
        return absent[0], f"required{when}"
    # "Exactly one of these" and the like: the spec's own words, and what was given.
    names = _named(rule)
    given = [name for name in names if fields.get(name) is not None]
    description = rule.get("description", f"the fields {', '.join(names)} do not go together")
    return names[0], f"{description} (got {', '.join(given) or 'none'})"


def _named(rule: Mapping[str, Any]) -> list[str]:
    """Every field a rule names, in the order it names them."""
    names: list[str] = []
    for part in [rule, *rule.get("anyOf", ()), *rule.get("allOf", ()), *rule.get("oneOf", ())]:
        names.extend(part.get("properties", {}))
        names.extend(part.get("required", ()))
    return list(dict.fromkeys(names))
