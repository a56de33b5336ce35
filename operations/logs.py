"""One JSON line per request, and the request's id on every log line it causes.

A proxy in front (nginx, a load balancer) may name the request with X-Request-ID; the same id is
then in its log and ours. Otherwise each request gets a new one. The id goes back in the
response's X-Request-ID, so a reader's report of an error can be matched to the log.
"""

import logging
import re
import time
import uuid
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"
# What a proxy may send: an id, not free text that could forge log lines.
ACCEPTED_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")

current_request_id = ContextVar("current_request_id", default="-")
request_log = logging.getLogger("network_site.requests")


class RequestIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = request.headers.get(REQUEST_ID_HEADER, "")
        if not ACCEPTED_REQUEST_ID.fullmatch(request_id):
            request_id = uuid.uuid4().hex
        request.request_id = request_id
        token = current_request_id.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            response[REQUEST_ID_HEADER] = request_id
            request_log.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                },
            )
            return response
        finally:
            current_request_id.reset(token)


class RequestIdFilter(logging.Filter):
    """Gives every log record the id of the request being served ("-" outside a request)."""

    def filter(self, record):
        record.request_id = current_request_id.get()
        return True
