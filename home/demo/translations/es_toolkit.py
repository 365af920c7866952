"""Demo content: es_toolkit (see the package docstring for the shape)."""

TRANSLATIONS = {}
