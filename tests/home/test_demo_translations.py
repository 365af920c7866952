"""The demo's course translations (home.demo.translations and those beside the English) keep the
English structure: every page of a translated course, the same blocks in the same order, the same
images, documents, video addresses and country codes, and the same answer keys. Plain data, no
database: a translation that drifts from its source fails here, before load_demo stores it."""

import pytest

from home.demo import courses, site, translations

TEXT_FIELDS = ("title", "summary", "audience", "learning_outcomes", "intro")
KEPT = ("image", "document", "url", "country", "kind", "level")
MAY_MATCH = ("duration",)  # "7 min" is French and Spanish too


def walk(children):
    for child in children:
        yield child
        if child["type"] == "module":
            yield from walk(child["children"])


def stream_problems(where, english, translated):
    if [kind for kind, _ in english] != [kind for kind, _ in translated]:
        return [f"{where}: blocks {[k for k, _ in english]} != {[k for k, _ in translated]}"]
    problems = []
    for i, ((kind, source), (_, value)) in enumerate(zip(english, translated, strict=True)):
        at = f"{where}[{i}:{kind}]"
        if not isinstance(source, dict):
            if source == value:
                problems.append(f"{at}: untranslated")
            continue
        if set(source) != set(value):
            problems.append(f"{at}: fields {sorted(source)} != {sorted(value)}")
        problems += [
            f"{at}: {key} changed" for key in KEPT if key in source and source[key] != value.get(key)
        ]
        problems += [
            f"{at}: {key} untranslated"
            for key, text in source.items()
            if key not in KEPT + MAY_MATCH and isinstance(text, str) and text == value.get(key)
        ]
        if kind == "knowledge_check":
            problems += option_problems(at, source["options"], value["options"])
    return problems


def option_problems(where, english, translated):
    if [o["is_correct"] for o in english] != [o["is_correct"] for o in translated]:
        return [f"{where}: answer key changed"]
    return [
        f"{where} option {i}: fields"
        for i, (a, b) in enumerate(zip(english, translated, strict=True))
        if set(a) != set(b)
    ]


def question_problems(where, english, translated):
    if len(english) != len(translated):
        return [f"{where}: {len(english)} questions != {len(translated)}"]
    problems = []
    for i, (source, value) in enumerate(zip(english, translated, strict=True)):
        at = f"{where} question {i}"
        if set(source) != set(value) or (source["kind"], source["points"]) != (
            value["kind"],
            value["points"],
        ):
            problems.append(f"{at}: fields, kind or points changed")
        problems += option_problems(at, source["options"], value["options"])
    return problems


def course_problems(course, translated):
    slug = course["slug"]
    problems = [
        f"{slug}: {name} untranslated"
        for name in TEXT_FIELDS
        if name in course and translated.get(name, course[name]) == course[name]
    ]
    pages = translated.get("pages", {})
    children = {child["slug"]: child for child in walk(course["children"])}
    problems += [f"{slug}/{name}: no such page" for name in set(pages) - set(children)]
    for name, child in children.items():
        page = pages.get(name)
        if page is None:
            problems.append(f"{slug}/{name}: missing")
            continue
        problems += [
            f"{slug}/{name}: {field} untranslated"
            for field in TEXT_FIELDS
            if child.get(field) and page.get(field, child[field]) == child[field]
        ]
        if "body" in child:
            problems += stream_problems(f"{slug}/{name}", child["body"], page.get("body", []))
        if "questions" in child:
            problems += question_problems(f"{slug}/{name}", child["questions"], page.get("questions", []))
    return problems


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_translated_courses_keep_the_english_structure(language):
    """Each course translated into `language` covers every page of the English course, block for
    block, with the same media, addresses, country codes and answer keys, and translated text."""
    translated = translations.merged(courses.COURSE_TRANSLATIONS, translations.COURSES, language)
    problems = []
    for course in courses.COURSES:
        if course["slug"] in translated:
            problems += course_problems(course, translated[course["slug"]])
    assert problems == []


def test_russian_courses_home_and_about_are_written():
    """Russian has the course index, all three courses, the home page and the whole About page."""
    russian = translations.COURSES["ru"]
    assert {"index", *(course["slug"] for course in courses.COURSES)} <= set(russian)
    about = translations.SITE["ru"]["about"]
    assert stream_problems("about", site.ABOUT["body"], about["body"]) == []
    assert translations.SITE["ru"]["home"]["title"] != site.HOME["title"]
