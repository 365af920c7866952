"""Writes that a unique constraint guards against a concurrent twin."""

from django.db import IntegrityError, transaction


def create_or_get(model, lookup, **values):
    """(row, True) when this call created it; (the row that won, False) when a concurrent request
    created it first, as the unique constraint on `lookup` says (the same form sent twice, two
    tabs). Runs in a savepoint, so the caller's transaction goes on either way."""
    try:
        with transaction.atomic():
            return model.objects.create(**lookup, **values), True
    except IntegrityError:
        return model.objects.get(**lookup), False
