"""Demo content: fr_courses (see the package docstring for the shape)."""

TRANSLATIONS = {}
