"""Coordinators revoke (and re-issue) the certificates of their own Actions, as the README says:
the Coordinators group gets the change permission on certificates; which certificates is decided
by lms.programme.scoping (their Actions' and cohorts' only)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def coordinators_may_change_certificates(apps, schema_editor):
    lms = apps.get_app_config("lms")
    lms.models_module = True
    create_permissions(lms, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="lms", codename="change_certificate")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.add(permission)


def coordinators_may_not_change_certificates(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.filter(content_type__app_label="lms", codename="change_certificate")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(*permission)


class Migration(migrations.Migration):
    dependencies = [("lms", "0014_certificate_as_issued")]

    operations = [
        migrations.RunPython(coordinators_may_change_certificates, coordinators_may_not_change_certificates)
    ]
