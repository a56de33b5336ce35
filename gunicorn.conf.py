"""Gunicorn's settings for the site (`make serve`; in production `gunicorn -c gunicorn.conf.py
network_site.wsgi`). Each value can be changed from the environment.

Threads rather than more processes: a request spends most of its time waiting for PostgreSQL or
Redis, and threads share one copy of the loaded site. Workers are restarted after a bounded
number of requests, at staggered moments, so that memory a library may leak never piles up and
never all at once.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# Two processes per core, at most eight: each holds the site in memory (about 140 MiB).
workers = int(os.environ.get("WEB_CONCURRENCY", min(2 * multiprocessing.cpu_count(), 8)))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# A page that takes longer than this has gone wrong; the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# Behind a load balancer that keeps connections open to the app servers.
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 2000))
max_requests_jitter = max_requests // 10
# The addresses of the proxies whose X-Forwarded-* headers gunicorn believes.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Django logs each request with its id (operations/logs.py); gunicorn's own access line would
# say the same without it.
accesslog = None
errorlog = "-"
# Gunicorn's own messages (start, worker restarts, timeouts) as JSON lines, like the site's.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(levelname)s %(name)s %(message)s",
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stdout",
        }
    },
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
