"""Demo content for `manage.py load_demo`, written in our own words from shared/domain/FACTS.md.

The content is plain data; `home.demo.builder` turns it into pages, images and documents, and
creates only what is missing, so loading twice changes nothing.

Format
------
A *stream* (the body of a lesson or toolkit unit) is a list of (block type, value) pairs, using the
block types of lms.learning.blocks.LearningStreamBlock:

    ("heading", {"text": "…", "level": "h2" | "h3"})
    ("paragraph", "<p>…</p><ul><li>…</li></ul>")                 # rich text (HTML)
    ("image", {"image": IMAGE_KEY, "alt": "…", "caption": "…"})  # IMAGE_KEY from images.IMAGES
    ("video", {"title": "…", "url": "https://…", "duration": "6 min", "transcript": "<p>…</p>"})
                                      # "url" names the clip (home.demo.video) the builder makes;
                                      # translations keep the English value: same clip, captions in
                                      # the page's language
    ("document", {"document": DOC_KEY, "title": "…", "description": "…"})  # DOC_KEY from images.DOCUMENTS
    ("key_takeaway", {"text": "<p>…</p>"})
    ("case_study", {"title": "…", "country": "HR", "institution": "…", "practice": "<p>…</p>",
                    "outcome": "<p>…</p>"})
    ("reflection", {"prompt": "…", "guidance": "<ul><li>…</li></ul>"})
    ("knowledge_check", {"question": "…", "kind": "single" | "multiple",
                         "options": [{"text": "…", "is_correct": bool, "feedback": "…"}, …]})

A *page* is a dict with "slug" and "title" and the fields of its page type (see toolkit.py and
courses.py). Translations map a source page's slug ("working-across-cultures"; "index" for the index page) to the
translated fields; untranslated fields keep the source text.
"""
