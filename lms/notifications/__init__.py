"""Notifications: what Relais tells people by email, and when.

models    SentMessage (the record of every message, unique per recipient, kind, subject and
          period, so that a message goes out once) and Preference (per kind: immediately, in the
          weekly digest, or off)
messages  the catalogue: for each kind, who receives it and what it says (rendered in the
          recipient's language through templates/lms/email/notification.{txt,html})
services  notify() records a message in the caller's transaction and queues its sending after
          the commit; deliver() sends one (claimed once, retried by the sweep when it fails);
          unsubscribe tokens
tasks     the django-tasks task that delivers a message
sweep     what `manage.py send_reminders` does: nudges, digests, retries
receivers the verbs' signals (lms.learning.signals, lms.cascade.signals) turned into messages

Above lms.programme in the layers: it reads learning, cascade and programme; nothing imports it
but its own views, admin, the receivers wiring and the URL conf."""
