"""Checks request values against the spec's schemas, and reads form-encoded values into types.

Only the part of JSON Schema that the spec's request schemas use is understood: objects with
``required``, ``additionalProperties: false`` and a ``not`` rule across fields (the automatic
call's one sound source), strings with ``minLength``, ``pattern``, ``enum`` and the
``email``/``uri`` formats, integers with bounds (``27564.0`` is an integer, as JSON Schema says),
booleans, arrays, and ``anyOf``/``oneOf`` of those (a number as an integer or a string of
digits). A schema the fake does not understand is a bug in the fake, so it fails loudly.

Values are read as a Rails server reads its ``params`` (:func:`read_fields`): ``"true"`` and
``"7"`` become a boolean and an integer where the schema wants one, a ``null`` or empty
optional field is absent, and a field the schema does not name is ignored (and reported, for
the request log) rather than refused. Shipped clients send all of these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from bulutfon_ext._rules import matches
from bulutfon_ext.fake._spec import resolve

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S*$")
_INTEGER = re.compile(r"^-?[0-9]+(\.0+)?$")
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


class Invalid(Exception):
    """A request value the fake refuses, with the status and ``{"error", "code"}`` to answer."""

    def __init__(self, status: int, error: str, code: str | int | None = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.code = code

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.error}
        if self.code is not None:
            body["code"] = self.code
        return body


def missing(name: str) -> Invalid:
    """Rails' wording for a required parameter that is absent or empty."""
    return Invalid(400, f"param is missing or the value is empty: {name}")


def refused(name: str, reason: str) -> Invalid:
    """A value of the right shape that the server will not take (422, as Rails validations)."""
    return Invalid(422, f"Validation failed: {name} {reason}", f"INVALID_{name.upper()}")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def check_value(name: str, value: Any, schema: Mapping[str, Any]) -> None:
    """Raise :class:`Invalid` unless ``value`` satisfies ``schema``."""
    schema = resolve(schema)
    if "allOf" in schema and "type" not in schema:
        # The spec wraps a $ref in allOf to give it its own description: every part must hold.
        for part in schema["allOf"]:
            check_value(name, value, part)
        return
    alternatives = schema.get("anyOf", schema.get("oneOf"))
    if alternatives is not None and "type" not in schema:
        _check_alternatives(name, value, alternatives, exactly_one="oneOf" in schema)
        return
    kind = schema.get("type")
    if "enum" in schema and value not in schema["enum"]:
        raise refused(name, f"must be one of {', '.join(map(str, schema['enum']))}")
    if kind == "string":
        _check_string(name, value, schema)
    elif kind == "integer":
        # bool is an int in Python but never in JSON.
        if not isinstance(value, int) or isinstance(value, bool):
            raise refused(name, "must be an integer")
        if "minimum" in schema and value < schema["minimum"]:
            raise refused(name, f"must be at least {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            raise refused(name, f"must be at most {schema['maximum']}")
    elif kind == "boolean":
        if not isinstance(value, bool):
            raise refused(name, "must be true or false")
    elif kind == "array":
        if not isinstance(value, list):
            raise refused(name, "must be a list")
        for item in value:
            check_value(name, item, schema.get("items", {}))
    elif kind == "object":
        check_object(value, schema)
    elif kind is not None or "enum" not in schema:
        raise NotImplementedError(f"the fake does not understand the schema of {name}: {schema}")


def _check_alternatives(
    name: str, value: Any, alternatives: list[Any], *, exactly_one: bool
) -> None:
    matched = 0
    for alternative in alternatives:
        try:
            check_value(name, value, alternative)
        except Invalid:
            continue
        matched += 1
    if matched == 0:
        raise _branch_complaint(name, value, alternatives)
    if exactly_one and matched > 1:
        raise refused(name, "matches more than one of its allowed forms")


def _branch_complaint(name: str, value: Any, alternatives: list[Any]) -> Invalid:
    # Report the branch of the value's own JSON type (a string's pattern, an integer's bounds).
    for alternative in alternatives:
        kind = resolve(alternative).get("type")
        if (kind == "string") == isinstance(value, str):
            try:
                check_value(name, value, alternative)
            except Invalid as invalid:
                return invalid
    return refused(name, "is not in the expected form")


def _check_string(name: str, value: Any, schema: Mapping[str, Any]) -> None:
    if not isinstance(value, str):
        raise refused(name, "must be a string")
    if len(value) < schema.get("minLength", 0):
        raise missing(name)
    pattern = schema.get("pattern")
    if pattern is not None and _compiled(pattern).search(value) is None:
        raise refused(name, "is not in the expected form")
    fmt = schema.get("format")
    if fmt == "email" and not _EMAIL.match(value):
        raise refused(name, "is not an email address")
    if fmt == "uri" and not _URI.match(value):
        raise refused(name, "is not a URL")


def check_object(body: Any, schema: Mapping[str, Any]) -> None:
    """Check a request body: required fields first (400), then unknown ones (400), then values."""
    schema = resolve(schema)
    if not isinstance(body, Mapping):
        raise Invalid(400, "the request body must be an object")
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", ()):
        if body.get(name) in (None, ""):
            raise missing(name)
    if schema.get("additionalProperties") is False:
        for name in body:
            if name not in properties:
                raise Invalid(400, f"found unpermitted parameter: {name}")
    for name, value in body.items():
        if name in properties:
            check_value(name, value, properties[name])
    check_rule(body, schema)


def check_rule(record: Mapping[str, Any], schema: Mapping[str, Any]) -> None:
    """Refuse ``record`` (422, the rule's description and ``x-error-code``) when it breaks the
    rule across fields that ``schema`` states as its ``not``."""
    rule = resolve(schema).get("not")
    if rule is not None and matches(record, rule, resolve):
        reason = rule.get("description", "the request breaks a rule of the spec")
        raise Invalid(422, f"Validation failed: {reason}", rule.get("x-error-code"))


def integral(value: Any, schema: Mapping[str, Any]) -> Any:
    """``value`` with each integral float that ``schema`` calls an integer as an int.

    JSON Schema counts ``27564.0`` as an integer; a client (or a JSON library) may send one.
    """
    schema = resolve(schema)
    kind = schema.get("type")
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        return int(value)
    alternatives = schema.get("anyOf", schema.get("oneOf", ()))
    # A number-like field (an integer or a string of digits) sent as 27564.0.
    if (
        kind is None
        and isinstance(value, float)
        and value.is_integer()
        and any(resolve(a).get("type") == "integer" for a in alternatives)
    ):
        return int(value)
    if "allOf" in schema and kind is None:
        for part in schema["allOf"]:
            value = integral(value, part)
        return value
    if kind == "array" and isinstance(value, list):
        return [integral(item, schema.get("items", {})) for item in value]
    if isinstance(value, dict):
        properties: Mapping[str, Any] = schema.get("properties", {})
        return {k: integral(v, properties[k]) if k in properties else v for k, v in value.items()}
    return value


def read_fields(
    body: Mapping[str, Any], schema: Mapping[str, Any]
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """The body's fields as a Rails server would take them, and the names it ignored.

    ``"true"``/``"false"`` and digit strings become booleans and integers where the schema
    wants them (form values always arrive as text; PHP clients send form input as JSON text
    too); a null or empty optional field is left out (Rails reads both as nil); names the
    schema does not declare are ignored: a Rails server that permits parameters drops them.
    """
    schema = resolve(schema)
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = set(schema.get("required", ()))
    fields: dict[str, Any] = {}
    ignored: list[str] = []
    for name, value in body.items():
        if name not in properties:
            ignored.append(name)
            continue
        if value is None or value == "":
            if name in required:
                fields[name] = value  # for check_object to answer "param is missing"
            continue
        prop = resolve(properties[name])
        if isinstance(value, str):
            value = _coerce(value, prop)
        elif isinstance(value, list) and prop.get("type") == "array":
            items = resolve(prop.get("items", {}))
            value = [_coerce(v, items) if isinstance(v, str) else v for v in value]
        fields[name] = value
    return fields, tuple(ignored)


def canonical(fields: Mapping[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """Checked fields with each number-like value in one type: digits as text, ids as int.

    A field the spec allows as "integer or string of digits" reaches the handlers as a string
    when it is a phone number (``RequestNumber``, ``Receivers``: leading zeros matter) and as
    an integer otherwise (ids, extension numbers, seconds).
    """
    properties: Mapping[str, Any] = resolve(schema).get("properties", {})
    out = dict(fields)
    for name, value in fields.items():
        kind = _number_kind(properties.get(name, {}))
        if kind == "digits" and isinstance(value, int):
            out[name] = str(value)
        elif kind == "int" and isinstance(value, str):
            out[name] = int(value)
    return out


_DIGIT_SCHEMAS = ("#/components/schemas/RequestNumber", "#/components/schemas/Receivers")


def _number_kind(schema: Mapping[str, Any]) -> str | None:
    refs = [part.get("$ref") for part in schema.get("allOf", [schema])]
    if any(ref in _DIGIT_SCHEMAS for ref in refs):
        return "digits"
    resolved = resolve(schema)
    for part in resolved.get("allOf", [resolved]):
        part = resolve(part)
        kinds = {resolve(a).get("type") for a in part.get("anyOf", part.get("oneOf", ()))}
        if {"integer", "string"} <= kinds:
            return "int"
    return None


def coerce_form(fields: Mapping[str, list[str]], schema: Mapping[str, Any]) -> dict[str, Any]:
    """Type form-encoded fields by the schema, as Rails does: ``"true"`` -> True, ``"7"`` -> 7.

    ``acl[]=a&acl[]=b`` arrives as ``{"acl[]": ["a", "b"]}`` and becomes ``{"acl": ["a", "b"]}``.
    A value that does not read as its type is kept as text, for :func:`check_object` to refuse.
    """
    properties: Mapping[str, Any] = resolve(schema).get("properties", {})
    typed: dict[str, Any] = {}
    for key, values in fields.items():
        name = key.removesuffix("[]")
        prop = resolve(properties.get(name, {}))
        if prop.get("type") == "array":
            typed[name] = [_coerce(v, resolve(prop.get("items", {}))) for v in values]
        else:
            typed[name] = _coerce(values[-1], prop)
    return typed


def _coerce(text: str, schema: Mapping[str, Any]) -> Any:
    schema = resolve(schema)
    if "allOf" in schema and "type" not in schema:
        for part in schema["allOf"]:
            typed = _coerce(text, part)
            if typed is not text:
                return typed
        return text
    kind = schema.get("type")
    if kind == "integer" and _INTEGER.match(text):
        return int(text.partition(".")[0])
    alternatives = schema.get("anyOf", schema.get("oneOf", ()))
    # "27565.0" for a number-like field (integer or digits); plain digits stay text, so a phone
    # number keeps its leading zeros.
    if (
        "." in text
        and _INTEGER.match(text)
        and any(resolve(a).get("type") == "integer" for a in alternatives)
    ):
        return int(text.partition(".")[0])
    if kind == "boolean" and text.lower() in _TRUE | _FALSE:
        return text.lower() in _TRUE
    return text


def coerce_query(text: str, schema: Mapping[str, Any]) -> Any:
    """Type one query-string value by its parameter schema."""
    return _coerce(text, resolve(schema))
