"""Choosing the credentials, and the per-recording hash for browser players.

Explicit arguments win over the environment; a token together with email/password is an
error, as is no credential at all.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping

import attrs

from bulutfon_ext._env import ENV_BASE_URL, ENV_EMAIL, ENV_PASSWORD, ENV_TOKEN
from bulutfon_ext._errors import ValidationError

DEFAULT_BASE_URL = "https://api.bulutfon.com"


@attrs.frozen(repr=False)
class Credentials:
    """Either a master token, or an email and password. The repr never shows them."""

    access_token: str | None = None
    email: str | None = None
    password: str | None = None

    @property
    def kind(self) -> str:
        return "access_token" if self.access_token else "email+password"

    def params(self) -> dict[str, str]:
        """The query parameters that carry these credentials."""
        if self.access_token:
            return {"access_token": self.access_token}
        return {"email": self.email or "", "password": self.password or ""}

    def __repr__(self) -> str:
        return f"Credentials({self.kind}=REDACTED)"


def _pick(
    access_token: str | None, email: str | None, password: str | None, where: str
) -> Credentials:
    if access_token and (email or password):
        raise ValidationError(
            "access_token",
            f"give either access_token or email and password ({where}), not both",
        )
    if access_token:
        return Credentials(access_token=access_token)
    if email and password:
        return Credentials(email=email, password=password)
    missing = "password" if email else "email"
    raise ValidationError(
        missing, f"email and password go together ({where}); {missing} is missing"
    )


MAX_CREDENTIAL = 1024


def _checked(value: object, field: str) -> str | None:
    """A credential must be text: an int or bytes would be sent as its repr, or crash later."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a str, not {type(value).__name__}")
    if len(value) > MAX_CREDENTIAL or not value.isprintable():
        raise ValidationError(
            field, f"must be printable text of at most {MAX_CREDENTIAL} characters"
        )
    return value


def resolve_credentials(
    access_token: str | None = None,
    email: str | None = None,
    password: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> Credentials:
    """Credentials from the arguments if any is given, else from the environment."""
    access_token = _checked(access_token, "access_token")
    email = _checked(email, "email")
    password = _checked(password, "password")
    if access_token or email or password:
        return _pick(access_token, email, password, "arguments")
    env = os.environ if environ is None else environ
    token = env.get(ENV_TOKEN) or None
    env_email = env.get(ENV_EMAIL) or None
    env_password = env.get(ENV_PASSWORD) or None
    if token:
        # The token is the documented default; stray email settings do not make it ambiguous.
        return Credentials(access_token=token)
    if env_email or env_password:
        return _pick(None, env_email, env_password, f"{ENV_EMAIL}/{ENV_PASSWORD}")
    raise ValidationError(
        "access_token",
        f"no credentials: pass access_token, or email and password, "
        f"or set {ENV_TOKEN} (or {ENV_EMAIL} and {ENV_PASSWORD})",
    )


def resolve_base_url(base_url: str | None, *, environ: Mapping[str, str] | None = None) -> str:
    if base_url is not None and not isinstance(base_url, str):
        raise ValidationError(
            "base_url",
            f"must be a str such as https://api.bulutfon.com, not {type(base_url).__name__}",
        )
    env = os.environ if environ is None else environ
    return (base_url or env.get(ENV_BASE_URL) or DEFAULT_BASE_URL).rstrip("/")


def recording_hash(access_token: str, uuid: str) -> str:
    """``sha1_hex(token + uuid)``: a credential valid for one call recording only."""
    return hashlib.sha1((access_token + uuid).encode()).hexdigest()
