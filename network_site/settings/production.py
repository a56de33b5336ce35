"""Production: every secret and host from the environment; secure cookies and headers."""

import os

from .base import *  # noqa: F403
from .base import require_admin_base_url, require_secret_key

require_secret_key()
if not ALLOWED_HOSTS:  # noqa: F405
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("Set ALLOWED_HOSTS, a comma-separated list of host names.")
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

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
