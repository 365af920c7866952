"""Demo content: ru_toolkit (see the package docstring for the shape)."""

TRANSLATIONS = {}
