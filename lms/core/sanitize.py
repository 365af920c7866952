"""The one sanitizer for text written by learners and coordinators (comments, notes, profile).

Everything such a person types passes through `clean_text` before it is stored, and templates
still escape it when they show it: two independent layers.
"""

import html

import bleach


def _strip_tags(text):
    stripped = bleach.clean(text, tags=set(), attributes={}, strip=True, strip_comments=True)
    # bleach escapes the <, > and & it leaves in text; keep the characters, templates escape them.
    return html.unescape(stripped)


def clean_text(value, *, max_length=None):
    """Plain text: tags removed (not escaped), also when hidden behind entities; control characters
    dropped; length bounded."""
    text = html.unescape(str(value or ""))
    for _round in range(5):  # unescaping can reveal new tags ("&lt;b&gt;"): repeat until stable
        cleaned = _strip_tags(text)
        if cleaned == text:
            break
        text = cleaned
    text = "".join(ch for ch in text if (ch.isprintable() and ch != "\ufffd") or ch in "\n\t").strip()
    return text[:max_length] if max_length else text
