from django import template
from django.utils import translation
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.users.models import UserProfile

register = template.Library()


@register.simple_tag(takes_context=True)
def userbar_in_admin_language(context, position="bottom-right"):
    """Wagtail's userbar, wholly in the editor's admin language.

    Wagtail chooses that language for the userbar's items but renders its template in the
    language of the page around it, so an editor on a Serbian page got half a Serbian userbar.
    """
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return ""
    with translation.override(UserProfile.get_for_user(user).get_preferred_language()):
        return wagtailuserbar(context, position)
