"""Demo content: es_courses (see the package docstring for the shape)."""

TRANSLATIONS = {}
