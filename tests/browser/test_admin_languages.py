"""Each role reads its admin screens in Albanian or Serbian with no English left on them."""

import json
import re

import pytest

from tests.browser.admin import log_in

# Words of Wagtail's English admin that a translated screen must not show.
ENGLISH_WORDS = [
    "Account",
    "Actions",
    "Add",
    "Cancel",
    "Choose",
    "Dashboard",
    "Delete",
    "Documents",
    "Draft",
    "Edit",
    "Help",
    "History",
    "Images",
    "Language",
    "Live",
    "Log out",
    "More actions",
    "Page",
    "Pages",
    "Preview",
    "Publish",
    "Reports",
    "Review",
    "Save",
    "Search",
    "Settings",
    "Snippets",
    "Sort",
    "Status",
    "Submit",
    "Title",
    "Translate",
    "Unpublish",
    "Upload",
    "Welcome",
    "Workflow",
]
ENGLISH = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ENGLISH_WORDS)) + r")(?!\w)")

PAGES = """
import json
from wagtail.models import Page, get_page_models

def first(model, language, **lookup):
    return model.objects.filter(locale__language_code=language, **lookup).first().pk

albanian = {
    model.__name__: first(model, "sq")
    for model in get_page_models()
    if model is not Page and model.objects.filter(locale__language_code="sq").exists()
}
from news.models import NewsPage
from partners.models import PartnerPage
print(json.dumps({
    **albanian,
    "english_news": first(NewsPage, "en"),
    "kec": first(PartnerPage, "sq", acronym="KEC"),
}))
"""

SET_LANGUAGE = """
import json
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile
profile = UserProfile.get_for_user(get_user_model().objects.get(username=%(username)r))
profile.preferred_language = %(language)r
profile.save()
print(json.dumps(True))
"""

SCREENS = {
    "komunikimi": [
        "/admin/",
        # The editor of every page type, StreamField blocks and choosers included.
        *(
            f"/admin/pages/{{{page_type}}}/edit/"
            for page_type in [
                "HomePage",
                "StandardPage",
                "NewsIndexPage",
                "NewsPage",
                "PartnerIndexPage",
                "PartnerPage",
                "ProjectPage",
                "EventIndexPage",
                "EventPage",
                "EventHighlightPage",
                "PublicationIndexPage",
                "PublicationPage",
            ]
        ),
        "/admin/pages/{EventPage}/",
        "/admin/pages/{NewsPage}/history/",
        "/admin/pages/{english_news}/edit/",
        "/admin/reports/translation-status/",
        "/admin/images/",
        "/admin/images/chooser/",
        "/admin/documents/",
        "/admin/account/",
        "/admin/account/two-step-sign-in/",
        "/admin/reports/locked-sign-ins/",
        "/admin/reports/unsearchable-files/",
    ],
    "perkthyesi": [
        "/admin/",
        "/admin/pages/{english_news}/edit/",
        "/admin/reports/translation-status/",
    ],
    "partner.kec": [
        "/admin/",
        "/admin/pages/add/events/eventhighlightpage/{EventPage}/",
        "/admin/pages/add/publications/publicationpage/{PublicationIndexPage}/",
        "/admin/pages/{kec}/edit/",
        "/admin/images/multiple/add/",
        "/admin/account/two-step-sign-in/",
    ],
}


@pytest.mark.parametrize("language", ["sq", "sr-latn"])
@pytest.mark.parametrize("username", list(SCREENS))
def test_every_screen_of_a_role_is_in_its_language(new_context, site, username, language):
    pages = site.shell(PAGES)
    site.shell(SET_LANGUAGE % {"username": username, "language": language})
    try:
        # The login form follows the browser (English); the admin, the user's own language.
        admin = log_in(new_context, username)
        english = {}
        for screen in SCREENS[username]:
            admin.goto(screen.format(**pages))
            admin.wait_for_load_state("networkidle")
            found = sorted(set(ENGLISH.findall(admin.locator("body").inner_text())))
            if found:
                english[screen] = found
        assert english == {}, json.dumps(english)
    finally:
        site.shell(SET_LANGUAGE % {"username": username, "language": "en"})
