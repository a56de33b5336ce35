-- Every request as the TLS proxy in front of production passes it on: production answers plain
-- HTTP with a redirect to HTTPS.
wrk.headers["X-Forwarded-Proto"] = "https"
