"""Production: every secret and host from the environment; secure cookies and headers.

It refuses to start without what it cannot guess (SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL,
WAGTAILADMIN_BASE_URL), so that a missing variable is a clear message at deploy time rather
than a site that runs on the wrong database or e-mails links to 127.0.0.1.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import require_admin_base_url, require_database_url, require_secret_key

require_secret_key()
if not ALLOWED_HOSTS:  # noqa: F405
    raise ImproperlyConfigured(
        "Set ALLOWED_HOSTS, a comma-separated list of the host names the site answers to, "
        "such as network.example.org,www.network.example.org."
    )
require_database_url()
require_admin_base_url()

# The page cache is on unless PAGE_CACHE=off. Every worker and every app server must share
# it: Redis when REDIS_URL is set, else a table of the site's database (never each
# process's own memory, where a purge would reach one worker only).
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "on") == "on"
if not os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "shared_cache",
        }
    }

# Each worker keeps its database connection between requests: opening one costs more than
# rendering a cached menu.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405

# HTTPS only. The site runs behind a proxy or load balancer that ends TLS and says so in
# X-Forwarded-Proto (the proxy must set it, overwriting what a client sent). Load balancers
# poll /healthz over plain HTTP: it answers before the redirect (operations/health.py).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "on") == "on"
# A year of HTTPS-only, for every subdomain of the site's host, as browsers' preload lists ask.
# An operator whose other subdomains are not all on HTTPS yet sets HSTS_INCLUDE_SUBDOMAINS=off.
SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", 365 * 24 * 60 * 60))
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("HSTS_INCLUDE_SUBDOMAINS", "on") == "on"
SECURE_HSTS_PRELOAD = os.environ.get("HSTS_PRELOAD", "on") == "on"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405
ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405

# One JSON object per log line on stdout, each with the id of its request, and a line for every
# request (operations/logs.py).
LOGGING["handlers"]["console"]["formatter"] = os.environ.get("LOG_FORMAT", "json")  # noqa: F405
LOGGING["loggers"]["network_site.requests"]["level"] = os.environ.get(  # noqa: F405
    "REQUEST_LOG_LEVEL", "INFO"
)
