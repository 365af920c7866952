"""Load time of each audited page (tests/audited_pages.py) in Chromium on a slow link: 400 kbps
down and up, 400 ms round trip (CDP Network.emulateNetworkConditions), cold (browser cache
cleared) and warm (the same page again), with the bytes transferred, against a 2 s budget.

Run it against a server over the demo site, with this process pointed at the same database (it
reads the pages' addresses from it, and enrols the audited learner as the tests do):

    DATABASE_URL=sqlite:////path/db.sqlite3 DJANGO_SETTINGS_MODULE=relais.settings.dev \\
        .venv/bin/python bench/pages.py --base-url http://127.0.0.1:8102 --languages en fr

The learner signs in first (not throttled); every page is read as that learner, as the audits do.
Time: navigation start to the load event (every image, style and script in); bytes: the encoded
(on-the-wire) length of every response of the navigation."""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "relais.settings.dev")

KBPS = 400
LATENCY_MS = 400
BUDGET_S = 2.0
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PASSWORD = "relais-demo-learner"  # noqa: S105 (the demo learners' password, printed by load_demo)


def pages_to_measure(languages):
    import django

    django.setup()
    from tests.audited_pages import LEARNER, audited_learner, audited_pages

    audited_learner()
    return LEARNER, {language: audited_pages(language) for language in languages}


def measure(page, cdp, url):
    """Seconds to the load event and bytes on the wire for one visit of `url`."""
    transferred = {}
    cdp.on(
        "Network.loadingFinished", lambda e: transferred.__setitem__(e["requestId"], e["encodedDataLength"])
    )
    started = time.perf_counter()
    page.goto(url, wait_until="load")
    elapsed = time.perf_counter() - started
    page.wait_for_timeout(200)  # the last loadingFinished events
    return elapsed, sum(transferred.values())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--languages", nargs="+", default=["en", "fr"])
    args = parser.parse_args()
    learner, urls = pages_to_measure(args.languages)

    from playwright.sync_api import sync_playwright

    rows = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        for language, pages in urls.items():
            context = browser.new_context(base_url=args.base_url, viewport={"width": 1280, "height": 800})
            page = context.new_page()
            page.goto(f"/{language}/accounts/login/")
            page.fill("input[name=username]", learner)
            page.fill("input[name=password]", PASSWORD)
            page.locator("form input[name=password]").press("Enter")
            page.wait_for_load_state()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            cdp.send(
                "Network.emulateNetworkConditions",
                {
                    "offline": False,
                    "latency": LATENCY_MS,
                    "downloadThroughput": KBPS * 1000 / 8,
                    "uploadThroughput": KBPS * 1000 / 8,
                },
            )
            for name, url in pages.items():
                cdp.send("Network.clearBrowserCache")
                cold, cold_bytes = measure(page, cdp, url)
                warm, warm_bytes = measure(page, cdp, url)
                rows.append((language, name, cold, cold_bytes, warm, warm_bytes))
                print(
                    f"{language} {name}: cold {cold:.2f} s {cold_bytes} B, warm {warm:.2f} s {warm_bytes} B"
                )
            context.close()
        browser.close()

    print(f"\n{KBPS} kbps, {LATENCY_MS} ms round trip; budget {BUDGET_S:.0f} s\n")
    print("| language | page | cold | bytes | warm | bytes | within 2 s |")
    print("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for language, name, cold, cold_bytes, warm, warm_bytes in rows:
        within = "yes" if max(cold, warm) <= BUDGET_S else "**no**"
        print(
            f"| {language} | {name} | {cold:.2f} s | {cold_bytes / 1024:.1f} KB | {warm:.2f} s "
            f"| {warm_bytes / 1024:.1f} KB | {within} |"
        )


if __name__ == "__main__":
    main()
