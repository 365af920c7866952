"""Bulk enrolment of a cohort from a CSV file, by its coordinator.

Three steps, each usable alone: `parse_enrolment_csv` reads the file (or says why it cannot),
`plan_enrolment` tells row by row what importing would do (the dry run), `import_enrolments` does
it, all or nothing, and invites the people who got a new account once the import is committed.
"""

import csv
import io
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.formats import number_format
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_tasks import task

from lms.accounts.models import Gender, Role, User
from lms.core.exceptions import InvitationNotImportable, LearningError
from lms.core.links import site_url
from lms.core.sanitize import clean_text
from lms.learning import services as learning
from lms.learning.models import Cohort, Enrolment

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000

REQUIRED_COLUMNS = ("email", "full_name")
OPTIONAL_COLUMNS = ("institution", "country", "gender", "language")
COLUMN_ALIASES = {"full name": "full_name"}
MAX_LENGTHS = {"email": 254, "full_name": 200, "institution": 200}

GENDERS = {
    "": "",
    "female": Gender.FEMALE,
    "male": Gender.MALE,
    "other": Gender.OTHER,
    "prefer not to say": Gender.PREFER_NOT_TO_SAY,
}


class BulkImportError(LearningError):
    message = _("This file cannot be imported.")


class Outcome(models.TextChoices):
    NEW_ACCOUNT = "new account", _("New account")
    EXISTING_ENROLLED = "existing account enrolled", _("Existing account enrolled")
    ALREADY_ENROLLED = "already enrolled", _("Already enrolled")
    ERROR = "error", _("Error")


# The rows an import enrols (a new account, or an existing one not yet in the course).
ENROLLING = (Outcome.NEW_ACCOUNT, Outcome.EXISTING_ENROLLED)


@dataclass(frozen=True)
class RowPlan:
    """What importing one row would do. `values` holds the cleaned profile of a new account."""

    line: int
    email: str
    outcome: str
    reason: str = ""
    values: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def outcome_label(self):
        return Outcome(self.outcome).label


@dataclass(frozen=True)
class ImportCounts:
    new_accounts: int
    existing_enrolled: int
    already_enrolled: int

    @property
    def enrolled(self):
        return self.new_accounts + self.existing_enrolled


def _column_name(header):
    name = " ".join(header.strip().lower().split())
    return COLUMN_ALIASES.get(name, name)


def oversized_message():
    return gettext("The file is larger than %(size)s MB. Split it into smaller files.") % {
        "size": MAX_BYTES // (1024 * 1024)
    }


def parse_enrolment_csv(uploaded_bytes):
    """The rows of an uploaded CSV as dicts (`line` plus one key per known column, text cleaned),
    or BulkImportError saying what is wrong with the file."""
    if hasattr(uploaded_bytes, "read"):
        uploaded_bytes = uploaded_bytes.read()
    if len(uploaded_bytes) > MAX_BYTES:
        raise BulkImportError(oversized_message())
    try:
        text = uploaded_bytes.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BulkImportError(
            gettext(
                "The file is not encoded in UTF-8. In your spreadsheet, save it again as "
                "“CSV UTF-8 (comma delimited)”."
            )
        ) from None
    if not text.strip():
        raise BulkImportError(gettext("The file is empty."))

    header_line = text.lstrip().splitlines()[0]
    try:
        dialect = csv.Sniffer().sniff(header_line, delimiters=",;")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","  # one column only: the missing columns are reported below
    reader = csv.reader(io.StringIO(text.lstrip(), newline=""), delimiter=delimiter)
    try:
        header = [_column_name(name) for name in next(reader)]
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            raise BulkImportError(
                ngettext(
                    "The file has no column %(columns)s. The first line must name the columns, "
                    "at least: email, full_name.",
                    "The file has no columns %(columns)s. The first line must name the columns, "
                    "at least: email, full_name.",
                    len(missing),
                )
                % {"columns": ", ".join(missing)}
            )
        columns = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
        positions = {name: header.index(name) for name in columns if name in header}
        rows = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) == MAX_ROWS:
                raise BulkImportError(
                    gettext(
                        "The file has more than %(limit)s rows. "
                        "Split it into files of %(limit)s rows or fewer."
                    )
                    % {"limit": number_format(MAX_ROWS, force_grouping=True)}
                )
            row = {"line": reader.line_num}
            for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
                position = positions.get(name)
                value = cells[position] if position is not None and position < len(cells) else ""
                row[name] = clean_text(value, max_length=MAX_LENGTHS.get(name, 100))
            rows.append(row)
    except csv.Error as error:
        raise BulkImportError(
            gettext("The file is not a valid CSV file (line %(line)s).") % {"line": reader.line_num}
        ) from error
    if not rows:
        raise BulkImportError(gettext("The file has a header line but no rows of people."))
    return rows


def _country_code(value):
    if not value:
        return ""
    return countries.alpha2(value) or countries.by_name(value) or None


def _row_errors(row, duplicates):
    """The reasons a row cannot be imported, and its cleaned profile values."""
    errors, values = [], {}
    email = row["email"].lower()
    try:
        validate_email(email)
    except ValidationError:
        errors.append(gettext("Invalid email address."))
    if email and email in duplicates:
        errors.append(
            gettext("This email address is on more than one line (lines %(lines)s).")
            % {"lines": ", ".join(str(line) for line in duplicates[email])}
        )
    if not row["full_name"]:
        errors.append(gettext("The full name is missing."))
    country = _country_code(row.get("country", ""))
    if country is None:
        errors.append(
            gettext("Unknown country “%(value)s”: use an ISO code (CR) or the English name (Costa Rica).")
            % {"value": row["country"]}
        )
    gender = GENDERS.get(row.get("gender", "").lower())
    if gender is None:
        errors.append(
            gettext(
                "Unknown gender “%(value)s”: leave it blank or write female, male, other "
                "or prefer not to say."
            )
            % {"value": row["gender"]}
        )
    language = row.get("language", "").lower()
    if language and language not in dict(settings.LANGUAGES):
        errors.append(
            gettext("Unknown language “%(value)s”: use one of %(codes)s, or leave it blank.")
            % {"value": row["language"], "codes": ", ".join(code for code, _name in settings.LANGUAGES)}
        )
    values = {
        "email": email,
        "full_name": row["full_name"],
        "institution": row.get("institution", ""),
        "country": country or "",
        "gender": gender or "",
        "language": language,
    }
    return errors, values


def plan_enrolment(cohort, rows):
    """The dry run: one RowPlan per row, in file order; nothing is written."""
    lines_by_email = {}
    for row in rows:
        email = clean_text(row.get("email", "")).lower()
        if email:
            lines_by_email.setdefault(email, []).append(row["line"])
    duplicates = {email: lines for email, lines in lines_by_email.items() if len(lines) > 1}
    users = {user.email.lower(): user for user in User.objects.filter(email__in=list(lines_by_email))}
    enrolments = {
        enrolment.user_id: enrolment
        for enrolment in Enrolment.objects.filter(
            user__in=list(users.values()), course_key=cohort.container.translation_key
        )
    }

    plan = []
    for raw in rows:
        row = {key: clean_text(value) if key != "line" else value for key, value in raw.items()}
        for name in REQUIRED_COLUMNS + OPTIONAL_COLUMNS:
            row.setdefault(name, "")
        errors, values = _row_errors(row, duplicates)
        values["language"] = values["language"] or cohort.language
        email = values["email"]
        if errors:
            plan.append(RowPlan(row["line"], email, Outcome.ERROR, " ".join(errors)))
            continue
        user = users.get(email)
        if user is None:
            plan.append(RowPlan(row["line"], email, Outcome.NEW_ACCOUNT, "", values))
            continue
        enrolment = enrolments.get(user.pk)
        if enrolment is None:
            reason = gettext("The account exists; its profile is left as it is.")
            plan.append(RowPlan(row["line"], email, Outcome.EXISTING_ENROLLED, reason, values))
        elif enrolment.status == Enrolment.Status.WITHDRAWN:
            reason = gettext("Had withdrawn from this course; enrolled again, with their progress.")
            plan.append(RowPlan(row["line"], email, Outcome.EXISTING_ENROLLED, reason, values))
        else:
            reason = (
                gettext("Already in this cohort.")
                if enrolment.cohort_id == cohort.pk
                else gettext("Already enrolled in this course through another group; left as it is.")
            )
            plan.append(RowPlan(row["line"], email, Outcome.ALREADY_ENROLLED, reason, values))
    return plan


def totals(plan):
    """How many rows of each outcome, every outcome present (0 if none)."""
    counted = Counter(row.outcome for row in plan)
    return {outcome: counted.get(outcome.value, 0) for outcome in Outcome}


def _check_room(cohort, plan):
    if cohort.capacity is None:
        return
    to_enrol = sum(1 for row in plan if row.outcome in ENROLLING)
    room = max(cohort.capacity - cohort.enrolments.active().count(), 0)
    if to_enrol > room:
        raise BulkImportError(
            gettext(
                "This cohort has room for %(room)s more learners and the file would enrol %(count)s. "
                "Raise the cohort's capacity or shorten the file."
            )
            % {"room": room, "count": to_enrol}
        )


def check_plan(cohort, plan):
    """BulkImportError if the plan cannot be imported as a whole: a multiplier's invitation, rows
    with errors, or no room."""
    if cohort.owner_id is not None:
        raise BulkImportError(InvitationNotImportable.message)
    errors = sum(1 for row in plan if row.outcome == Outcome.ERROR)
    if errors:
        raise BulkImportError(
            ngettext(
                "%(count)s row has an error. Nothing is imported until every row is right: "
                "correct the file and upload it again.",
                "%(count)s rows have errors. Nothing is imported until every row is right: "
                "correct the file and upload it again.",
                errors,
            )
            % {"count": errors}
        )
    _check_room(cohort, plan)


def import_enrolments(cohort, rows, *, by):
    """Create the missing accounts and enrol everyone in `cohort`, all or nothing; invite the new
    accounts once committed. `by` is the coordinator, named in the audit log."""
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().select_related("container").get(pk=cohort.pk)
        plan = plan_enrolment(cohort, rows)
        check_plan(cohort, plan)

        new_users = []
        for row in plan:
            if row.outcome != Outcome.NEW_ACCOUNT:
                continue
            user = User(
                email=row.values["email"],
                full_name=row.values["full_name"],
                institution=row.values["institution"],
                country=row.values["country"],
                gender=row.values["gender"],
                preferred_language=row.values["language"],
                role=Role.TRAINEE,
            )
            user.set_unusable_password()
            new_users.append(user)
        try:
            with transaction.atomic():
                User.objects.bulk_create(new_users, batch_size=500)
        except IntegrityError:
            # Someone signed up with one of these addresses since the dry run.
            raise BulkImportError(
                gettext("Some of these accounts were created meanwhile. Upload the file again.")
            ) from None
        if new_users and new_users[0].pk is None:  # backends that do not return primary keys
            new_users = list(User.objects.filter(email__in=[u.email for u in new_users]))
        users = {user.email: user for user in new_users}
        existing = [row.values["email"] for row in plan if row.outcome == Outcome.EXISTING_ENROLLED]
        users.update({user.email.lower(): user for user in User.objects.filter(email__in=existing)})

        listed = [users[row.values["email"]] for row in plan if row.outcome in ENROLLING]
        try:
            learning.enrol_listed(listed, cohort, by=by)
        except LearningError as error:
            raise BulkImportError(error.message) from None

        new_ids = [user.pk for user in new_users]
        if new_ids:
            transaction.on_commit(lambda: send_bulk_invitations.enqueue(new_ids, cohort.pk))
    counted = totals(plan)
    return ImportCounts(
        new_accounts=counted[Outcome.NEW_ACCOUNT],
        existing_enrolled=counted[Outcome.EXISTING_ENROLLED],
        already_enrolled=counted[Outcome.ALREADY_ENROLLED],
    )


def invitation_link(user):
    """An absolute link where `user` chooses their password (the password-reset confirmation)."""
    with translation.override(user.preferred_language):
        path = reverse(
            "password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
    return site_url(path)


def send_invitation(user, cohort):
    with translation.override(user.preferred_language):
        context = {
            "user": user,
            "cohort": cohort,
            "course_title": cohort.container.title,
            "link": invitation_link(user),
            "login_url": site_url(reverse("login")),
            "days": max(settings.PASSWORD_RESET_TIMEOUT // (24 * 3600), 1),
        }
        subject = render_to_string("lms/email/bulk_invitation_subject.txt", context)
        body = render_to_string("lms/email/bulk_invitation.txt", context)
    send_mail(" ".join(subject.split()), body, None, [user.email])


@task()
def send_bulk_invitations(user_ids, cohort_id):
    """Background: the invitation email of each account a bulk import created."""
    cohort = Cohort.objects.select_related("container").get(pk=cohort_id)
    for user in User.objects.filter(pk__in=user_ids):
        send_invitation(user, cohort)
    return len(user_ids)
