"""Demo content: ru_courses (see the package docstring for the shape)."""

TRANSLATIONS = {}
