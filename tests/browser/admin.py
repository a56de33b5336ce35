"""Signing in to the demo site's admin in a real browser, as the demo accounts do."""

import re

from playwright.sync_api import expect

from demo.users import DEMO_PASSWORD


def log_in(new_context, username, errors=None):
    """A browser page signed in to the admin as `username`, in English (the admin follows the
    browser's language). `errors`, if given, collects the script errors of every admin page."""
    page = new_context(locale="en-GB").new_page()
    if errors is not None:
        page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
        page.on(
            "console",
            lambda message: (
                message.type == "error" and errors.append(f"{page.url}: {message.text}")
            ),
        )
    page.goto("/admin/login/")
    page.get_by_role("textbox", name="Username").fill(username)
    page.get_by_role("textbox", name="Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    return page
