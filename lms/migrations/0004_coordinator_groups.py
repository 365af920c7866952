"""Groups for the programme's roles, with their model permissions (the Action scoping on top of
them is in lms.permissions): Coordinators run the cohorts of their Actions, Programme managers
see the whole programme, Editors maintain Actions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLES = {
    "Coordinators": [
        "view_action",
        "add_cohort", "change_cohort", "view_cohort",
        "view_enrolment",
        "view_multiplier", "change_multiplier",
        "view_certificate",
    ],
    "Programme managers": [
        "view_action", "change_action",
        "add_cohort", "change_cohort", "delete_cohort", "view_cohort",
        "view_enrolment",
        "view_multiplier", "change_multiplier",
        "view_certificate", "change_certificate",
    ],
    "Editors": ["add_action", "change_action", "view_action"],
}


def create_groups(apps, schema_editor):
    # Model permissions are normally created after all migrations ran; this one needs them now.
    lms = apps.get_app_config("lms")
    lms.models_module = True
    create_permissions(lms, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    for name, codenames in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin, *Permission.objects.filter(content_type__app_label="lms", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0003_actions_and_cascade"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
