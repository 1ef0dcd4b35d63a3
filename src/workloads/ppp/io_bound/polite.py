"""MediaWiki API etiquette for the io_bound client (mediawiki.org, API:Etiquette):
which answers are worth asking again, how long to wait first, and a ledger
of every retry, so that a run that waited is visibly not a clean measurement.

Waits are bounded exponential backoff with jitter. The jitter is seeded by
(seed, request, attempt), not by a shared generator: the Nth retry of a given
request waits the same whichever thread or process sends it."""

import random
import threading

MAX_RETRIES = 6          # per request; then the run fails
BASE_WAIT_S = 0.25       # the first backoff, doubled per attempt
MAX_WAIT_S = 8.0         # backoff cap
MAX_RETRY_AFTER_S = 120  # a server that asks for longer is treated as down
MAXLAG_S = 5             # API:Etiquette: ask the API to refuse when its replicas lag more than this
DEFAULT_MAXLAG_WAIT_S = 5  # a maxlag error without Retry-After
JITTER_SEED = 2013


class Refusal:
    """An answer that is not a result. `retry_after` is the server's own
    wait in seconds, when it gave one; `transient` says whether asking
    again can help."""

    def __init__(self, reason, transient, retry_after=None):
        self.reason, self.transient, self.retry_after = reason, transient, retry_after


def retry_after_seconds(value):
    """Retry-After as whole seconds; None for a missing or HTTP-date value
    (then backoff decides)."""
    try:
        return max(0, int(value.strip())) if value else None
    except ValueError:
        return None


class Backoff:
    def __init__(self, seed=JITTER_SEED):
        self.seed = seed

    def wait(self, request, attempt, retry_after=None):
        """Seconds to wait before attempt `attempt` (1-based) of `request`."""
        jitter = random.Random("%d|%s|%d" % (self.seed, request, attempt)).random()
        if retry_after is not None:
            return retry_after * (1 + 0.25 * jitter)  # at least what the server asked; spread the herd
        return min(MAX_WAIT_S, BASE_WAIT_S * 2 ** (attempt - 1)) * (0.5 + 0.5 * jitter)


class RetryLedger:
    """Retries and seconds waited, per reason; shared by a run's threads.
    mp workers send their snapshot to the parent, which merges it."""

    def __init__(self):
        self.lock, self.reasons, self.wait_s = threading.Lock(), {}, 0.0

    def add(self, reason, wait_s):
        with self.lock:
            self.reasons[reason] = self.reasons.get(reason, 0) + 1
            self.wait_s += wait_s

    def merge(self, snapshot):
        with self.lock:
            for reason, count in snapshot["retry_reasons"].items():
                self.reasons[reason] = self.reasons.get(reason, 0) + count
            self.wait_s += snapshot["retry_wait_s"]

    def snapshot(self):
        """The run record's fields."""
        with self.lock:
            return {"retries": sum(self.reasons.values()), "retry_wait_s": round(self.wait_s, 6),
                    "retry_reasons": dict(sorted(self.reasons.items()))}
