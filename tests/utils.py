from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url):
    """How many queries a successful GET of `url` costs, once per-process caches are warm."""
    client.get(url)  # warms the site root paths and other per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)
