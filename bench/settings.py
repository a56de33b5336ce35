"""The production settings, plus the ceiling view of bench/urls.py (see bench/README.md)."""

from network_site.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
