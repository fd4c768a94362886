"""One module per API resource: the async class, written by hand, and its sync twin (generated
into ``bulutfon_ext/_sync/resources/`` by ``make generate``, imported here under its own name)."""
