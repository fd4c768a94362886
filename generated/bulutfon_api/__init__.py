# generated from spec/bulutfon-v1.yaml by make generate; do not edit
"""A client library for accessing Bulutfon API v1"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
