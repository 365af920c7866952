from django.dispatch import Signal

# Sent once per enrolment, when evaluate_completion first finds it complete (argument: enrolment).
course_completed = Signal()

# Sent inside the verb's transaction when a learner's enrolment is first created by enrol()
# (argument: enrolment). Receivers that reach outside the database wait for the commit.
enrolled = Signal()

# Sent inside the verb's transaction when a certificate is first issued (argument: certificate).
certificate_issued = Signal()
