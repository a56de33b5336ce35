"""HTTP details that Django leaves to the server in front of it."""


class HeadWithoutBodyMiddleware:
    """Answers HEAD with the headers of GET and no body, as RFC 9110 says.

    Django's views render the body for HEAD and leave dropping it to the server: its own
    development server does, gunicorn drops it too but logs a warning for every HEAD (load
    balancers and link checkers send many).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method != "HEAD":
            return response
        if response.streaming:
            # A file download: its Content-Length is already set; the file is closed with the response.
            response.streaming_content = []
        else:
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response
