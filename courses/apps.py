from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from lms.learning.editorial import moderate_tree_of

        from .models import CourseIndexPage

        moderate_tree_of(CourseIndexPage)
