"""Images and documents of the demo, drawn locally with Pillow (nothing is downloaded).

Each image is a simple diagram in the site's palette: `motif` names the drawing in builder.py.
Each document is a short PDF whose lines are written here.
"""

IMAGES = {
    "cover-cultures": {"title": "Two groups joined by bridges", "motif": "bridge", "colour": "#0b4f6c"},
    "cover-adult-learning": {
        "title": "Speech bubbles between learners",
        "motif": "speech",
        "colour": "#1d6b3a",
    },
    "cover-session-design": {"title": "Timeline of a training day", "motif": "timeline", "colour": "#6a3d9a"},
    "cover-online": {
        "title": "Grid of screens in an online session",
        "motif": "screens",
        "colour": "#0f6e7a",
    },
    "cover-evaluation": {"title": "Bar chart rising", "motif": "chart", "colour": "#b8480d"},
    "cover-integration": {"title": "A route with stages", "motif": "route", "colour": "#2b5d9b"},
    "cover-vtt": {
        "title": "Training cascade over three generations",
        "motif": "cascade",
        "colour": "#7a4b0f",
    },
    "cover-comesa": {"title": "A border crossing with a barrier", "motif": "border", "colour": "#5b6b1f"},
    "workshop-circle": {
        "title": "Participants seated around a table",
        "motif": "people",
        "colour": "#0b4f6c",
    },
    "cascade-diagram": {
        "title": "One trainer, three multipliers, nine colleagues",
        "motif": "cascade",
        "colour": "#0f6e7a",
    },
    "evaluation-levels": {
        "title": "Four levels of training evaluation",
        "motif": "chart",
        "colour": "#6a3d9a",
    },
    "integration-stages": {
        "title": "Stages of an integration pathway",
        "motif": "route",
        "colour": "#1d6b3a",
    },
}

# Keys used in streams as ("image", {"image": KEY, …}); all are landscape 1600×900.

DOCUMENTS = {
    "session-plan-checklist": {
        "title": "Session plan checklist",
        "lines": [
            "Session plan checklist",
            "",
            "1. Who are the participants and what do they already do well?",
            "2. What should they be able to do at the end of the session?",
            "3. Which activity practises each objective?",
            "4. How long does each activity take, with time to debrief?",
            "5. Which materials, rooms and interpreters are needed?",
            "6. How will you know that the objectives were met?",
        ],
    },
    "cultural-briefing-guide": {
        "title": "Preparing a cultural briefing before deployment",
        "lines": [
            "Preparing a cultural briefing",
            "",
            "Before you travel, talk to the Action team and to a previous expert.",
            "Ask about hierarchy and who speaks first in meetings.",
            "Ask how decisions are confirmed: in writing, orally, or by a senior official.",
            "Ask which topics need care, and what humour is welcome.",
            "Write down three assumptions you hold and test them in the first days.",
        ],
    },
    "evaluation-form-template": {
        "title": "End-of-activity evaluation form (template)",
        "lines": [
            "End-of-activity evaluation form",
            "",
            "Rate from 1 (strongly disagree) to 5 (strongly agree):",
            "- The objectives were clear.",
            "- The content was relevant to my work.",
            "- What I learned will make a real difference in how I do my work.",
            "- The trainers encouraged participation.",
            "",
            "What will you do differently next month?",
        ],
    },
    "integration-glossary": {
        "title": "Glossary of integration terms",
        "lines": [
            "Glossary of integration terms",
            "",
            "Beneficiary of international protection: a person granted refugee or subsidiary protection status.",
            "Integration plan: a public strategy with measures, budget and indicators.",
            "One-stop shop: a single office where newcomers reach several public services.",
            "Mainstreaming: adapting general public services rather than creating parallel ones.",
        ],
    },
    "health-crisis-border-factsheet": {
        "title": "Fact sheet: keeping borders open safely during a health crisis",
        "lines": [
            "Keeping borders open safely during a health crisis",
            "",
            "Separate the flows of goods and of travellers where the site allows.",
            "Agree screening steps with health authorities before a crisis, not during it.",
            "Protect officers: equipment, rotation, and clear instructions.",
            "Share information with neighbouring border posts every day.",
            "Keep essential cross-border trade moving: food, medicine and fuel.",
        ],
    },
}
