from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from . import views

app_name = "lms"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("profile/", views.profile, name="profile"),
    path("profile/my-data.json", views.my_data, name="my_data"),
    path("profile/delete/", views.delete_account, name="delete_account"),
    path("enrol/<int:page_id>/", views.enrol, name="enrol"),
    path("join/<str:token>/", views.join, name="join"),
    path("withdraw/<int:enrolment_id>/", views.withdraw, name="withdraw"),
    path("complete/<int:page_id>/", views.complete, name="complete"),
    path("assessments/<int:page_id>/submit/", views.submit_assessment, name="submit_assessment"),
    path("attempts/<int:attempt_id>/", views.attempt, name="attempt"),
    path("certificates/<str:code>/pdf/", views.certificate_download, name="certificate_pdf"),
    path("feedback/<int:enrolment_id>/", views.feedback, name="feedback"),
    path("multiplier/", views.multiplier, name="multiplier"),
    path("multiplier/opt-in/<int:enrolment_id>/", views.become_multiplier, name="become_multiplier"),
    path("multiplier/<int:multiplier_id>/sessions/", views.record_session, name="record_session"),
    path("multiplier/sessions/<int:session_id>/sheet/", views.attendance_sheet, name="attendance_sheet"),
]

account_urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "password-reset/",
        auth_views.PasswordResetView.as_view(
            template_name="lms/password_reset_form.html",
            email_template_name="lms/email/password_reset.txt",
            subject_template_name="lms/email/password_reset_subject.txt",
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
        auth_views.PasswordResetConfirmView.as_view(
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
    path("", views.verify, name="certificate_verify_form"),
    path("<str:code>/", views.verify, name="certificate_verify"),
]

from . import action_views  # noqa: E402 (appended with the public "Where we work" pages)

action_urlpatterns = [
    path("", action_views.action_list, name="actions"),
    path("<slug:slug>/", action_views.action_detail, name="action"),
]
