# generated from generator/unasync_twins.py by make generate; do not edit
"""The sync twins of the async sources (see generator/unasync_twins.py)."""
