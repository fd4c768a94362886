"""The ergonomic layer of the bulutfon SDK, on top of the generated ``bulutfon_api`` client."""

__version__ = "0.1.0"
