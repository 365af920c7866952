"""The multiplier cascade: trainees who finished a course that trains multipliers and now train
colleagues, online (a personal invitation cohort) and offline (sessions with head counts).
models, services (become and confirm a multiplier, record a session), views, forms, admin."""
