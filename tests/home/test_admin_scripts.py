"""Wagtail's inline initialisers turned into data for relais/static/js/admin-init.js
(relais/middleware.py), so the admin needs no inline script."""

import json
import re
from html.parser import HTMLParser

from relais.middleware import script_free_admin

DATA = re.compile(
    r"""<script type="application/json" data-admin-init="(\w+)" data-args='([^']*)'></script>"""
)


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def converted(html):
    out = script_free_admin(html)
    assert "<script>" not in out
    return [
        (
            name,
            json.loads(
                args.replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
            ),
        )
        for name, args in DATA.findall(out)
    ]


def test_date_pickers_and_choosers_become_data():
    """The admin's inline initialisers of date pickers and choosers become JSON data, naming the
    initialiser and its arguments, for the admin's own script to run."""
    html = (
        '<input id="id_go_live_at"><script>initDateTimeChooser("id_go_live_at", {"dayOfWeekStart": 0, '
        '"format": "Y-m-d H:i"});</script>'
        '<div><script>new ImageChooser("id_cover_image", {"modalUrl": "/admin/images/chooser/"});'
        "</script></div>"
        '<script>createTaskChooser("id_task");</script>'
    )
    assert converted(html) == [
        ("initDateTimeChooser", ["id_go_live_at", {"dayOfWeekStart": 0, "format": "Y-m-d H:i"}]),
        ("ImageChooser", ["id_cover_image", {"modalUrl": "/admin/images/chooser/"}]),
        ("createTaskChooser", ["id_task"]),
    ]


def test_an_inline_panel_keeps_its_options():
    """An inline panel's options survive the conversion unchanged."""
    options = json.dumps({"formsetPrefix": "id_activities", "emptyChildFormPrefix": "activities-__prefix__"})
    escaped = "".join(f"\\u{ord(c):04X}" if c in "\"'<>&=-;\\" else c for c in options)  # as escapejs does
    html = f"""<script>
        (function() {{
            var panel = new InlinePanel(JSON.parse("{escaped}"));
        }})();
    </script>"""
    assert converted(html) == [("InlinePanel", [json.loads(options)])]


def test_a_new_inline_form_is_numbered_as_before():
    """Wagtail numbers a new inline form by replacing "__prefix__" up to the next quote: the
    arguments keep their double quotes."""
    out = script_free_admin(
        '<script>initDateChooser("id_activities-__prefix__-date", {"format": "Y-m-d"});</script>'
    )
    assert '"id_activities-__prefix__-date"' in out


def test_markup_cannot_escape_the_attribute():
    """Markup inside an initialiser's options stays inside the attribute."""
    out = script_free_admin(
        """<script>initDateChooser("id_x", {"format": "'><img src=x onerror=alert(1)>"});</script>"""
    )
    parser = Tags()
    parser.feed(out)
    assert parser.tags == [
        (
            "script",
            {
                "type": "application/json",
                "data-admin-init": "initDateChooser",
                "data-args": '["id_x", {"format": "\'><img src=x onerror=alert(1)>"}]',
            },
        )
    ]


def test_other_inline_scripts_are_left_for_the_policy_to_refuse():
    """Scripts that are not a known initialiser are left as they are, for the content security
    policy to refuse."""
    for script in [
        "<script>alert(1)</script>",
        '<script>fetch("/admin/"); initDateChooser("x", {});</script>',
        '<script>new Function("alert(1)")();</script>',
        '<script>initDateChooser("x", {}); fetch("/x");</script>',
    ]:
        assert script_free_admin(script) == script
