"""A minimal, polite MediaWiki API client on http.client (the original used
requests and urllib3; neither is needed here): a descriptive User-Agent,
maxlag on every request, and retries as polite.py decides."""

import http.client
import json
import time
from urllib.parse import quote, urlencode, urlsplit

from ppp.errors import RunFailed
from ppp.io_bound.polite import (DEFAULT_MAXLAG_WAIT_S, MAX_RETRIES, MAX_RETRY_AFTER_S, MAXLAG_S, Backoff,
                                 Refusal, RetryLedger, retry_after_seconds)

USER_AGENT = "ppp-workloads/1.1 (ParallelRepro; reproduces 'Python and Parallel Programming', 2013) python-http.client"
# A reset or closed connection (also a kept-alive one the server had closed), a refused or timed-out one.
CONNECTION_ERRORS = (http.client.RemoteDisconnected, http.client.IncompleteRead, ConnectionError, TimeoutError)


class Wiki:
    def __init__(self, url, ledger=None, backoff=None):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("wiki URL must be http(s)://host[:port]/path, got %r" % url)
        self.https = parts.scheme == "https"
        self.host, self.port = parts.hostname, parts.port
        self.path = parts.path or "/"
        self.ledger, self.backoff = ledger or RetryLedger(), backoff or Backoff()

    def connect(self):
        kind = http.client.HTTPSConnection if self.https else http.client.HTTPConnection
        return kind(self.host, self.port, timeout=120)

    def query(self, connection, titles, redirects=False):
        """One request for these titles; returns the requested titles found.
        The query parameters are built here, per call: the original shared
        one module-level dict between threads (io_bound 1)."""
        params = {"action": "query", "format": "json", "maxlag": MAXLAG_S, "titles": "|".join(titles)}
        target = self.path + "?" + urlencode(params, quote_via=quote, safe="") + ("&redirects" if redirects else "")
        return found_titles(titles, self._ask(connection, target))

    def _ask(self, connection, target):
        """The answer to `target`, asking again after each transient refusal
        until MAX_RETRIES are spent."""
        for attempt in range(1, MAX_RETRIES + 2):
            answer, refusal = self._once(connection, target)
            if refusal is None:
                return answer
            if not refusal.transient or attempt > MAX_RETRIES or (refusal.retry_after or 0) > MAX_RETRY_AFTER_S:
                raise RunFailed(self._gave_up(refusal, attempt - 1))
            wait = self.backoff.wait(target, attempt, refusal.retry_after)
            self.ledger.add(refusal.reason, wait)
            time.sleep(wait)

    def _once(self, connection, target):
        try:
            connection.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
            response = connection.getresponse()
            body = response.read()
        except CONNECTION_ERRORS as exc:
            connection.close()  # the next request opens a new connection
            return None, Refusal("connection %s" % type(exc).__name__, True)
        return judge(response.status, response.getheader("Retry-After"), body)

    def _gave_up(self, refusal, retries):
        summary = self.ledger.snapshot()
        return ("wiki API at %s://%s%s: gave up on a request after %d retries, last answer %s "
                "(the run retried %d times and waited %.1f s)" % ("https" if self.https else "http", self._netloc(),
                                                                 self.path, retries, refusal.reason,
                                                                 summary["retries"], summary["retry_wait_s"]))

    def _netloc(self):
        return self.host if self.port is None else "%s:%d" % (self.host, self.port)


def judge(status, retry_after, body):
    """(answer, None) for a result; (None, Refusal) otherwise. 429 and 503
    carry the server's wait; other 5xx are backed off; MediaWiki's maxlag
    error comes as HTTP 200 with Retry-After; any other API error is final."""
    wait = retry_after_seconds(retry_after)
    if status in (429, 503):
        return None, Refusal("HTTP %d" % status, True, wait)
    if 500 <= status <= 599:
        return None, Refusal("HTTP %d" % status, True)
    if status != 200:
        return None, Refusal("HTTP %d" % status, False)
    try:
        answer = json.loads(body)
    except ValueError:
        return None, Refusal("HTTP 200 with a body that is not JSON", False)
    error = answer.get("error") if isinstance(answer, dict) else None
    if error is None:
        return answer, None
    if error.get("code") == "maxlag":
        return None, Refusal("API error maxlag", True, DEFAULT_MAXLAG_WAIT_S if wait is None else wait)
    return None, Refusal("API error %s: %s" % (error.get("code"), error.get("info")), False)


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
