"""A minimal MediaWiki API client on http.client (the original used requests
and urllib3; neither is needed here)."""

import http.client
import json
from urllib.parse import quote, urlencode, urlsplit

USER_AGENT = "ppp-workloads/1.0 (ParallelRepro)"
RETRYABLE = (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError)


class Wiki:
    def __init__(self, url):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("wiki URL must be http(s)://host[:port]/path, got %r" % url)
        self.https = parts.scheme == "https"
        self.host, self.port = parts.hostname, parts.port
        self.path = parts.path or "/"

    def connect(self):
        kind = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        return kind(self.host, self.port, timeout=120)

    def query(self, connection, titles, redirects=False):
        """One request for these titles; returns the requested titles found.
        The query parameters are built here, per call: the original shared
        one module-level dict between threads (io_bound 1)."""
        params = {"action": "query", "format": "json", "titles": "|".join(titles)}
        target = self.path + "?" + urlencode(params, quote_via=quote, safe="") + ("&redirects" if redirects else "")
        try:
            body = self._get(connection, target)
        except RETRYABLE:  # a kept-alive connection the server had closed
            connection.close()
            body = self._get(connection, target)
        return found_titles(titles, json.loads(body))

    @staticmethod
    def _get(connection, target):
        connection.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError("wiki API answered HTTP %d for %s" % (response.status, target[:200]))
        return body


def found_titles(requested, answer):
    """Requested titles that name an existing page, verbatim or through the
    API's "normalized" list. Every spelling that maps to a page is kept, not
    only the first, so the result does not depend on which titles share a
    request (io_bound 4)."""
    query = answer.get("query", {})
    existing = {page["title"] for page in query.get("pages", {}).values()
                if page.get("pageid", -1) > 0 and "missing" not in page and "invalid" not in page}
    asked = set(requested)
    found = [title for title in requested if title in existing]
    found += [pair["from"] for pair in query.get("normalized", [])
              if pair["to"] in existing and pair["from"] in asked]
    return found
