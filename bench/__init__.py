"""Benchmarks, run on demand (see README)."""
