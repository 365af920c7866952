"""Rules the database enforces, said in the user's words on the field they are about.

Django checks a model's constraints when a form validates it (Model.validate_constraints), but a
CheckConstraint's violation belongs to no field: the admin shows it above the form, in the words
"Constraint “…” is violated." unless the constraint carries its own message. `CheckConstraint`
here takes the field the rule is about, and reports its translated `violation_error_message`
there. Which field to blame is not a database matter: migrations see a plain CheckConstraint.
"""

from django.core.exceptions import ValidationError
from django.db import DEFAULT_DB_ALIAS, models


class CheckConstraint(models.CheckConstraint):
    """A CheckConstraint whose violation is an error of `field` (a form field of the same name)."""

    non_db_attrs = (*models.CheckConstraint.non_db_attrs, "field")

    def __init__(self, *, field, **kwargs):
        self.field = field
        super().__init__(**kwargs)

    def validate(self, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
        try:
            super().validate(model, instance, exclude=exclude, using=using)
        except ValidationError as error:
            raise ValidationError({self.field: error}) from error

    def deconstruct(self):
        # Migrations record the database's constraint: the field to blame lives in the model only,
        # so choosing it never rebuilds a table.
        path, args, kwargs = super().deconstruct()
        return "django.db.models.CheckConstraint", args, kwargs

    def clone(self):
        _path, args, kwargs = self.deconstruct()
        return self.__class__(*args, field=self.field, **kwargs)
