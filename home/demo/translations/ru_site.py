"""Demo content: ru_site (see the package docstring for the shape)."""

TRANSLATIONS = {}
