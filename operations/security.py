"""The Content-Security-Policy of each part of the site, on top of django-csp.

django-csp sends one policy for the whole site. The public pages need no inline script or style,
so theirs is strict; Wagtail's admin (and wagtail-localize's editor) still writes inline scripts
and styles into its pages (date pickers, inline panels, the translation editor's data), so the
admin gets a policy of its own that lets them run, and nothing from other sites.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and in_the_admin(request):
            parts = PolicyParts(
                default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]),
                parts.update,
                parts.replace,
                parts.nonce,
            )
        return parts


def in_the_admin(request):
    """The admin's own pages, and the previews it shows in a frame: Wagtail renders a preview
    through the middleware again, for a request at the page's public address."""
    return getattr(request, "is_preview", False) or request.path_info.startswith(
        reverse("wagtailadmin_home")
    )
