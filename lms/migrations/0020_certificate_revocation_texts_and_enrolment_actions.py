"""A certificate's revocation gets two texts: the reason it had so far becomes its internal note
(it was written for staff, and the verification page never showed it), and a new public reason,
empty for the certificates already revoked (their page keeps showing only the date). Coordinators
and programme managers get the change permission on enrolments: withdraw, re-admit and move go
through the verbs of lms.learning.services, for the enrolments lms.programme.scoping lets them see."""

from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUPS = ("Coordinators", "Programme managers")


def staff_may_change_enrolments(apps, schema_editor):
    lms = apps.get_app_config("lms")
    lms.models_module = True
    create_permissions(lms, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="lms", codename="change_enrolment")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(permission)


def staff_may_not_change_enrolments(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(content_type__app_label="lms", codename="change_enrolment")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.remove(*permission)


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0019_kept_suppression_patterns"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="certificate",
            name="revocation_has_a_reason",
        ),
        # Renamed, not dropped: every existing reason is kept, as the internal note.
        migrations.RenameField(
            model_name="certificate",
            old_name="revoked_reason",
            new_name="revoked_note",
        ),
        migrations.AlterField(
            model_name="certificate",
            name="revoked_note",
            field=models.TextField(
                blank=True,
                help_text="For staff only: never shown on the public verification page.",
                verbose_name="internal note",
            ),
        ),
        migrations.AddField(
            model_name="certificate",
            name="revoked_public_reason",
            field=models.TextField(
                blank=True,
                help_text="Shown on the public verification page to anyone who checks this certificate. "
                "Empty: the page shows only that it was revoked, and when.",
                verbose_name="reason shown publicly",
            ),
        ),
        migrations.AlterField(
            model_name="certificate",
            name="revoked_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="revoked"),
        ),
        migrations.AddConstraint(
            model_name="certificate",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("revoked_at__isnull", True),
                    models.Q(("revoked_note", ""), _negated=True),
                    _connector="OR",
                ),
                name="revocation_has_a_note",
            ),
        ),
        migrations.RunPython(staff_may_change_enrolments, staff_may_not_change_enrolments),
    ]
