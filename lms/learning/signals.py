from django.dispatch import Signal

# Sent once per enrolment, when evaluate_completion first finds it complete (argument: enrolment).
course_completed = Signal()
