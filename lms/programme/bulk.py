"""Bulk enrolment of a cohort from a CSV file, by its coordinator.

Three steps, each usable alone: `parse_enrolment_csv` reads the file (or says why it cannot),
`plan_enrolment` tells row by row what importing would do (the dry run), `import_enrolments` does
it, all or nothing: every listed address gets an invitation to the cohort, emailed once the import
is committed, and people join by accepting it (lms.learning.services.accept_invitation).

A listed address is never enrolled straight away, and the dry run, the import's counts and the
cohort's invitations read the same whether the address has an account or not: otherwise a
coordinator could list anyone's address to see their profile and progress, or learn that they use
Relais. An address without an account gets one (its profile from the file, no password), and the
email asks them to choose a password first.
"""

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import models, transaction
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.formats import number_format
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_tasks import task

from lms.accounts.models import Gender, Role, User
from lms.core.audit import log_change
from lms.core.exceptions import InvitationNotImportable, LearningError, NothingToResend, NotInScope
from lms.core.links import site_url
from lms.core.sanitize import clean_text
from lms.learning import services as learning
from lms.learning.models import Cohort, CohortInvitation, Enrolment

from .scoping import scope

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
    # The same for an address with an account and one without: the coordinator must not learn which.
    INVITED = "invited", _("Will be invited")
    ALREADY_INVITED = "already invited", _("Already invited")
    ALREADY_ENROLLED = "already enrolled", _("Already in this cohort")
    ERROR = "error", _("Error")


@dataclass(frozen=True)
class RowPlan:
    """What importing one row would do. `values` holds the cleaned profile, for an address that
    has no account yet."""

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
    invited: int
    already_invited: int
    already_enrolled: int


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


def plan_enrolment(cohort, rows, *, now=None):
    """The dry run: one RowPlan per row, in file order; nothing is written. It looks at this
    cohort only (its learners, its waiting invitations), never at whether an account exists."""
    lines_by_email = {}
    for row in rows:
        email = clean_text(row.get("email", "")).lower()
        if email:
            lines_by_email.setdefault(email, []).append(row["line"])
    duplicates = {email: lines for email, lines in lines_by_email.items() if len(lines) > 1}
    listed = list(lines_by_email)
    in_cohort = set(
        Enrolment.objects.active()
        .filter(cohort=cohort)
        .annotate(address=Lower("user__email"))
        .filter(address__in=listed)
        .values_list("address", flat=True)
    )
    invited = set(
        CohortInvitation.objects.pending(now)
        .filter(cohort=cohort, email__in=listed)
        .values_list("email", flat=True)
    )

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
        elif email in in_cohort:
            plan.append(RowPlan(row["line"], email, Outcome.ALREADY_ENROLLED, "", values))
        elif email in invited:
            reason = gettext("An invitation to this cohort is waiting for an answer.")
            plan.append(RowPlan(row["line"], email, Outcome.ALREADY_INVITED, reason, values))
        else:
            plan.append(RowPlan(row["line"], email, Outcome.INVITED, "", values))
    return plan


def totals(plan):
    """How many rows of each outcome, every outcome present (0 if none)."""
    counted = Counter(row.outcome for row in plan)
    return {outcome: counted.get(outcome.value, 0) for outcome in Outcome}


def _check_room(cohort, plan):
    if cohort.capacity is None:
        return
    to_invite = sum(1 for row in plan if row.outcome == Outcome.INVITED)
    room = max(cohort.capacity - cohort.enrolments.active().count(), 0)
    if to_invite > room:
        raise BulkImportError(
            gettext(
                "This cohort has room for %(room)s more learners and the file would invite %(count)s. "
                "Raise the cohort's capacity or shorten the file."
            )
            % {"room": room, "count": to_invite}
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
    """Invite every listed address to `cohort`, all or nothing: an address without an account gets
    one (no password yet), and each invitation is emailed once the import is committed. Nobody is
    enrolled here. `by` is the coordinator, named in the audit log and in the email."""
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().select_related("container").get(pk=cohort.pk)
        plan = plan_enrolment(cohort, rows)
        check_plan(cohort, plan)

        to_invite = [row for row in plan if row.outcome == Outcome.INVITED]
        emails = [row.values["email"] for row in to_invite]
        known = set(
            User.objects.annotate(address=Lower("email"))
            .filter(address__in=emails)
            .values_list("address", flat=True)
        )
        new_users = []
        for row in to_invite:
            if row.values["email"] in known:
                continue  # an existing profile is left as it is
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
        # Someone may have signed up with one of these addresses since: their account stands, and
        # the import goes on the same (an error here would tell the coordinator who has an account).
        User.objects.bulk_create(new_users, batch_size=500, ignore_conflicts=True)
        try:
            invitations = learning.invite_listed(emails, cohort, by=by)
        except LearningError as error:
            raise BulkImportError(error.message) from None

        invitation_ids = [invitation.pk for invitation in invitations]
        if invitation_ids:
            transaction.on_commit(lambda: send_cohort_invitations.enqueue(invitation_ids))
    counted = totals(plan)
    return ImportCounts(
        invited=counted[Outcome.INVITED],
        already_invited=counted[Outcome.ALREADY_INVITED],
        already_enrolled=counted[Outcome.ALREADY_ENROLLED],
    )


def password_link(user):
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


def acceptance_link(invitation, token, language):
    """An absolute link to the page where the invited person accepts or declines."""
    with translation.override(language):
        path = reverse("lms:cohort_invitation", kwargs={"invitation_id": invitation.pk, "token": token})
    return site_url(path)


def send_invitation(invitation, user):
    """Email `invitation` to its address, in `user`'s language (`user`: the address's account),
    with a fresh token; an account without a password is first asked to choose one."""
    token = invitation.new_token()
    invitation.save(update_fields=["token_hash"])
    cohort = invitation.cohort
    with translation.override(user.preferred_language):
        context = {
            "user": user,
            "cohort": cohort,
            "course_title": cohort.container.title,
            "inviter": invitation.invited_by.full_name if invitation.invited_by else "",
            "accept_link": acceptance_link(invitation, token, user.preferred_language),
            "password_link": "" if user.has_usable_password() else password_link(user),
            "expires_at": invitation.expires_at,
            "login_url": site_url(reverse("login")),
            "password_days": max(settings.PASSWORD_RESET_TIMEOUT // (24 * 3600), 1),
        }
        subject = render_to_string("lms/email/bulk_invitation_subject.txt", context)
        body = render_to_string("lms/email/bulk_invitation.txt", context)
    send_mail(" ".join(subject.split()), body, None, [invitation.email])


@task()
def send_cohort_invitations(invitation_ids):
    """Background: email each invitation of a bulk import that is still unanswered. The token is
    made here, so it is never stored in the task queue."""
    invitations = list(
        CohortInvitation.objects.filter(
            pk__in=invitation_ids, accepted_at__isnull=True, declined_at__isnull=True
        )
        .select_related("cohort__container", "invited_by")
        .order_by("pk")
    )
    accounts = {
        user.address: user
        for user in User.objects.annotate(address=Lower("email")).filter(
            address__in=[invitation.email for invitation in invitations]
        )
    }
    sent = 0
    for invitation in invitations:
        user = accounts.get(invitation.email)
        if user is not None:  # None: the account was deleted since the import
            send_invitation(invitation, user)
            sent += 1
    return sent


def one_row(*, email, full_name, institution="", country="", gender="", language=""):
    """One person as a row of an imported file (parse_enrolment_csv's shape), text cleaned."""
    values = {
        "email": email,
        "full_name": full_name,
        "institution": institution,
        "country": country,
        "gender": gender,
        "language": language,
    }
    return {
        "line": 1,
        **{name: clean_text(value, max_length=MAX_LENGTHS.get(name, 100)) for name, value in values.items()},
    }


def add_learner(cohort, row, *, by):
    """Add one person to `cohort` the way a file does (import_enrolments with one row): invited
    by email, and in the cohort once they accept; logged as an import of one learner."""
    return import_enrolments(cohort, [row], by=by)


def resend_invitation(invitation, *, by, now=None):
    """Send a waiting (or expired) invitation again, with a fresh link valid for
    RELAIS_COHORT_INVITATION_DAYS from now; `by` must run its cohort (lms.programme.scoping).
    An answered invitation is not sent again. Logged on the cohort."""
    now = now or timezone.now()
    with transaction.atomic():
        invitation = (
            scope.invitations(by)
            .select_for_update(of=("self",))
            .select_related("cohort")
            .filter(pk=invitation.pk)
            .first()
        )
        if invitation is None:
            raise NotInScope()
        if invitation.accepted_at is not None or invitation.declined_at is not None:
            raise NothingToResend()
        invitation.expires_at = now + timedelta(days=settings.RELAIS_COHORT_INVITATION_DAYS)
        invitation.invited_by = by
        invitation.save(update_fields=["expires_at", "invited_by"])
        log_change(
            invitation.cohort,
            "lms.cohort.invitation_resend",
            action=invitation.cohort.action_id,
            user=by,
            invitation=invitation.pk,
        )
        transaction.on_commit(lambda: send_cohort_invitations.enqueue([invitation.pk]))
    return invitation
