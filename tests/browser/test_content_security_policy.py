"""The Content-Security-Policy blocks nothing the site and its admin need.

Every page answers with a policy (operations/security.py); a policy that blocked one of our own
scripts, styles or pictures would break the page for every reader, silently. The browser reports
each blocked load as a `securitypolicyviolation` event, which these tests collect.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.admin import log_in
from tests.site_tree import LANGUAGES

COLLECT_VIOLATIONS = """
window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.policyViolations.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
});
"""

PAGE_IDS = """
import json
from wagtail.models import Page
from news.models import NewsPage
article = NewsPage.objects.live().filter(locale__language_code="sq").first()
translation = NewsPage.objects.filter(
    translation_key=article.translation_key, locale__language_code="en"
).first()
print(json.dumps({"article": article.pk, "translation": translation.pk}))
"""


def violations(page):
    return page.evaluate("window.policyViolations")


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_load_everything_under_the_strict_policy(site, context, language):
    page = context.new_page()
    page.add_init_script(COLLECT_VIOLATIONS)
    for page_type, addresses in sorted(site.pages.items()):
        response = page.goto(addresses[language])
        policy = response.headers["content-security-policy"]
        assert "unsafe-inline" not in policy and "script-src 'self'" in policy, page_type
        page.wait_for_load_state("load")
        assert violations(page) == [], f"{page_type} ({language}): {violations(page)}"


def test_admin_screens_work_under_the_admin_policy(site, new_context):
    errors = []
    ids = site.shell(PAGE_IDS)
    editor = log_in(new_context, "komunikimi", errors)
    editor.add_init_script(COLLECT_VIOLATIONS)
    screens = [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{ids['article']}/edit/",
        f"/admin/pages/{ids['translation']}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/snippets/",
        "/admin/reports/translation-status/",
    ]
    for screen in screens:
        editor.goto(screen)
        editor.wait_for_load_state("load")
        assert violations(editor) == [], f"{screen}: {violations(editor)}"

    # The editor's scripts run: the preview panel renders the page in its frame.
    editor.goto(f"/admin/pages/{ids['article']}/edit/")
    editor.get_by_role("button", name="Toggle side panel: Preview").or_(
        editor.get_by_role("button", name="Preview")
    ).first.click()
    expect(editor.frame_locator("#w-preview-iframe").locator("h1")).to_be_visible()
    assert violations(editor) == []
    assert [error for error in errors if "Content Security Policy" in error] == []
