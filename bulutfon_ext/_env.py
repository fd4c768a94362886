"""The environment variables the SDK reads, in a module of their own: the CLI names them in its
help without importing the client (and httpx) to do so."""

ENV_TOKEN = "BULUTFON_ACCESS_TOKEN"
ENV_EMAIL = "BULUTFON_EMAIL"
ENV_PASSWORD = "BULUTFON_PASSWORD"
ENV_BASE_URL = "BULUTFON_BASE_URL"

__all__ = ["ENV_BASE_URL", "ENV_EMAIL", "ENV_PASSWORD", "ENV_TOKEN"]
