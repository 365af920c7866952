"""Reporting: reach (one definition), the public figures, the admin reports with their CSV and
Excel exports (built in the background), the impact dashboard and the coordinator's admin panel."""
