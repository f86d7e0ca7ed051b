# Emitted by `make regen` (scripts/emit_resources.py) from openapi.json: do not edit.
"""The resource classes, emitted from the spec: see ``scripts/emit_resources.py``."""
