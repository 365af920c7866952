"""Demo content: fr_toolkit (see the package docstring for the shape)."""

TRANSLATIONS = {}
