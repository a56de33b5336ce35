"""Full-page screenshots of the demo site in every language at phone and desktop widths.

Run with `make screenshots`. Builds the demo site on a fresh database in a temporary folder,
serves it the way the browser tests do (tests/demo_site.py), saves PNGs into
screenshots/, and stops the server.
"""

import sys
import tempfile
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
# Run as a plain script, Python only looks in scripts/ for imports.
sys.path.insert(0, str(PROJECT_ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.demo_site import (  # noqa: E402
    CHROMIUM_ARGS,
    CHROMIUM_MISSING,
    CHROMIUM_PATH,
    VIEWPORTS,
    chromium_available,
    running_site,
)

OUTPUT = PROJECT_ROOT / "screenshots"
# {page type: file name}; the demo event shown is one with highlights (see tests/demo_site.py).
PAGES = {
    "HomePage": "home",
    "NewsPage": "news-article",
    "EventPage": "event",
    "PartnerPage": "partner",
}
# A full-page screenshot does not scroll, so images below the fold would stay lazy and blank.
LOAD_LAZY_IMAGES = (
    "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
)


def take_screenshots(site, browser):
    saved = []
    for width, viewport in VIEWPORTS.items():
        context = browser.new_context(base_url=site.base_url, viewport=viewport)
        page = context.new_page()
        for page_type, name in PAGES.items():
            for language, path in site.pages[page_type].items():
                page.goto(path)
                page.evaluate(LOAD_LAZY_IMAGES)
                page.wait_for_load_state("networkidle")
                file = OUTPUT / f"{name}-{language}-{width}.png"
                page.screenshot(path=file, full_page=True)
                saved.append(file)
        context.close()
    return saved


def main():
    if not chromium_available():
        sys.exit(CHROMIUM_MISSING)
    OUTPUT.mkdir(exist_ok=True)
    with (
        tempfile.TemporaryDirectory(prefix="screenshots-site-") as folder,
        running_site(folder) as site,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        saved = take_screenshots(site, browser)
        browser.close()
    print(f"{len(saved)} screenshots in {OUTPUT}/:")
    for file in saved:
        print(f"  {file.name}")


if __name__ == "__main__":
    main()
