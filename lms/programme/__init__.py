"""The programme: Actions with their partner institutions and activities, the one scoping policy
(scoping.scope: who sees which learner data), bulk enrolment of a cohort from a CSV file, and the
public "Where we work" pages (views)."""
