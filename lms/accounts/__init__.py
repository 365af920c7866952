"""People and their accounts: the User model (email sign-in, the profile fields reports group
by), sign-up and profile forms and views, the admin's user forms, and the end of a sign-in lockout
when a password changes."""
