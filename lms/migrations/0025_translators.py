"""Translation for the people who translate: a Translators group (the admin, Wagtail's "Translate"
action of simple_translation, and adding and changing pages, whose changes then go through the
review workflow: translators do not publish) and the same translate permission for Editors, who
write the pages they may now translate too."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRANSLATORS = "Translators"


def translators(apps, schema_editor):
    for label in ("simple_translation", "wagtailcore", "wagtailimages", "wagtaildocs"):
        config = apps.get_app_config(label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    translate = Permission.objects.get(
        content_type__app_label="simple_translation", codename="submit_translation"
    )
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group, _created = Group.objects.get_or_create(name=TRANSLATORS)
    group.permissions.add(access_admin, translate)
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.add(translate)
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for codename in ("add_page", "change_page"):
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)
    collection = Collection.objects.filter(depth=1).first()
    if collection is not None:
        for app_label, codename in (("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")):
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )


def no_translators(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.filter(name=TRANSLATORS).delete()
    translate = Permission.objects.filter(
        content_type__app_label="simple_translation", codename="submit_translation"
    )
    for editors in Group.objects.filter(name="Editors"):
        editors.permissions.remove(*translate)


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0024_constraints_speak_the_users_language"),
        ("simple_translation", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(translators, no_translators)]
