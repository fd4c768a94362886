"""The client's core, written once: the async code is here, by hand, and ``bulutfon_ext/_sync/``
is generated from it by ``make generate`` (never edit that one). See CONTRIBUTING.md."""
