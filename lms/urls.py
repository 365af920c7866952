from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from lms.accounts import forms as accounts_forms
from lms.accounts import views as accounts
from lms.cascade import views as cascade
from lms.learning import views as learning
from lms.notifications import views as notifications
from lms.privacy import views as privacy
from lms.programme import views as programme
from lms.reporting import views as reporting

app_name = "lms"

urlpatterns = [
    path("", learning.my_learning, name="my_learning"),
    path("profile/", accounts.profile, name="profile"),
    path("profile/my-data.json", privacy.my_data, name="my_data"),
    path("profile/delete/", privacy.delete_account, name="delete_account"),
    path("profile/email/", notifications.preferences, name="notification_preferences"),
    path("unsubscribe/<str:token>/", notifications.unsubscribe_view, name="unsubscribe"),
    path("profile/calendar/reset/", notifications.reset_calendar_view, name="reset_calendar"),
    path("calendar/<str:token>.ics", notifications.calendar, name="calendar"),
    path("enrol/<int:page_id>/", learning.enrol, name="enrol"),
    path("join/<str:token>/", learning.join, name="join"),
    path(
        "invitations/<int:invitation_id>/<str:token>/", learning.cohort_invitation, name="cohort_invitation"
    ),
    path("withdraw/<int:enrolment_id>/", learning.withdraw, name="withdraw"),
    path("complete/<int:page_id>/", learning.complete, name="complete"),
    path("assessments/<int:page_id>/submit/", learning.submit_assessment, name="submit_assessment"),
    path("attempts/<int:attempt_id>/", learning.attempt, name="attempt"),
    path("certificates/<str:code>/pdf/", learning.certificate_download, name="certificate_pdf"),
    path("feedback/<int:enrolment_id>/", learning.feedback, name="feedback"),
    path("multiplier/", cascade.multiplier, name="multiplier"),
    path("multiplier/opt-in/<int:enrolment_id>/", cascade.become_multiplier, name="become_multiplier"),
    path("multiplier/<int:multiplier_id>/sessions/", cascade.record_session, name="record_session"),
    path("multiplier/sessions/<int:session_id>/sheet/", cascade.attendance_sheet, name="attendance_sheet"),
    path("multiplier/sessions/<int:session_id>/print/", cascade.session_sheet, name="session_sheet"),
    path("multiplier/sessions/<int:session_id>/withdraw/", cascade.withdraw_session, name="withdraw_session"),
]

account_urlpatterns = [
    path("signup/", accounts.signup, name="signup"),
    path("login/", accounts.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("verify-email/resend/", accounts.resend_verification, name="resend_verification"),
    path("verify-email/<str:token>/", accounts.verify_email, name="verify_email"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="lms/password_reset_form.html",
            email_template_name="lms/email/password_reset.txt",
            subject_template_name="lms/email/password_reset_subject.txt",
            form_class=accounts_forms.SitePasswordResetForm,
            success_url=reverse_lazy("password_reset_done"),
        ),
        name="password_reset",
    ),
    path(
        "password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="lms/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password-reset/<uidb64>/<token>/",
        accounts.PasswordResetConfirmView.as_view(
            template_name="lms/password_reset_confirm.html",
            success_url=reverse_lazy("password_reset_complete"),
        ),
        name="password_reset_confirm",
    ),
    path(
        "password-reset/done/",
        auth_views.PasswordResetCompleteView.as_view(template_name="lms/password_reset_complete.html"),
        name="password_reset_complete",
    ),
]

certificate_urlpatterns = [
    path("", learning.verify, name="certificate_verify_form"),
    path("<str:code>/", learning.verify, name="certificate_verify"),
]

checkin_urlpatterns = [
    path("", cascade.checkin, name="checkin"),
    path("<str:code>/", cascade.checkin, name="checkin_code"),
]

action_urlpatterns = [
    path("", programme.action_list, name="actions"),
    path("<slug:slug>/", programme.action_detail, name="action"),
]

how_we_count_urlpatterns = [
    path("", reporting.how_we_count, name="how_we_count"),
]
