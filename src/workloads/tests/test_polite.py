"""The io_bound client's etiquette: what it retries, how long it waits, what
it records, and the one line it fails with (polite.py, wiki.py)."""

import unittest

from ppp.errors import RunFailed
from ppp.io_bound import polite
from ppp.io_bound.wiki import USER_AGENT, Wiki, judge
from tests import support
from tests.wiki_replica import Replica

TITLES = ["Buddhism", "baghdad", "No such page here"]


class NoWait(polite.Backoff):
    """Real retries without the real sleeps (the waits are tested on Backoff)."""

    def wait(self, request, attempt, retry_after=None):
        return 0.0


def ask(replica, titles=TITLES):
    wiki = Wiki(replica.url, backoff=NoWait())
    connection = wiki.connect()
    try:
        return wiki.query(connection, titles), wiki.ledger.snapshot()
    finally:
        connection.close()


class JudgeTests(unittest.TestCase):
    def test_throttling_carries_the_servers_wait(self):
        for status in (429, 503):
            _, refusal = judge(status, "3", b"")
            self.assertEqual((refusal.reason, refusal.transient, refusal.retry_after), ("HTTP %d" % status, True, 3))

    def test_other_server_errors_are_backed_off(self):
        _, refusal = judge(502, None, b"")
        self.assertEqual((refusal.transient, refusal.retry_after), (True, None))

    def test_client_errors_and_api_errors_are_final(self):
        self.assertFalse(judge(404, None, b"")[1].transient)
        _, refusal = judge(200, None, b'{"error": {"code": "toomanyvalues", "info": "Too many."}}')
        self.assertEqual((refusal.reason, refusal.transient), ("API error toomanyvalues: Too many.", False))

    def test_maxlag_is_retried_after_its_wait_or_five_seconds(self):
        body = b'{"error": {"code": "maxlag", "info": "Waiting for db1: 7 seconds lagged."}}'
        self.assertEqual(judge(200, "9", body)[1].retry_after, 9)
        self.assertEqual(judge(200, None, body)[1].retry_after, 5)

    def test_an_http_date_retry_after_leaves_the_wait_to_backoff(self):
        self.assertIsNone(judge(429, "Wed, 21 Oct 2015 07:28:00 GMT", b"")[1].retry_after)


class BackoffTests(unittest.TestCase):
    def test_waits_grow_to_the_cap_within_their_jitter(self):
        backoff = polite.Backoff(seed=1)
        for attempt in range(1, 10):
            full = min(polite.MAX_WAIT_S, polite.BASE_WAIT_S * 2 ** (attempt - 1))
            self.assertTrue(full / 2 <= backoff.wait("q", attempt) <= full, attempt)

    def test_the_jitter_is_a_function_of_seed_request_and_attempt(self):
        self.assertEqual(polite.Backoff(4).wait("q", 2), polite.Backoff(4).wait("q", 2))
        self.assertNotEqual(polite.Backoff(4).wait("q", 2), polite.Backoff(5).wait("q", 2))
        self.assertNotEqual(polite.Backoff(4).wait("q", 2), polite.Backoff(4).wait("r", 2))

    def test_retry_after_is_a_lower_bound(self):
        waits = [polite.Backoff(s).wait("q", 1, retry_after=2) for s in range(20)]
        self.assertTrue(all(2 <= w <= 2.5 for w in waits))
        self.assertGreater(len(set(waits)), 1)  # the herd is spread


class RetryTests(unittest.TestCase):
    def test_transient_refusals_are_retried_and_counted(self):
        with Replica() as clean:
            expected, _ = ask(clean)
        with Replica(faults=[429, 500, "reset", "maxlag", 503]) as replica:
            found, ledger = ask(replica)
        self.assertEqual(found, expected)
        self.assertEqual(ledger["retries"], 5)
        self.assertEqual(ledger["retry_reasons"], {"API error maxlag": 1, "HTTP 429": 1, "HTTP 500": 1,
                                                   "HTTP 503": 1, "connection RemoteDisconnected": 1})
        self.assertEqual(replica.requests, 6)

    def test_every_request_says_who_it_is_and_sends_maxlag(self):
        with Replica() as replica:
            ask(replica)
        self.assertEqual(replica.queries[0]["maxlag"], [str(polite.MAXLAG_S)])
        self.assertIn("ParallelRepro", USER_AGENT)

    def test_after_the_budget_the_run_fails_naming_the_last_answer(self):
        with Replica(faults=[500] * polite.MAX_RETRIES + [502]) as replica:
            with self.assertRaises(RunFailed) as failure:
                ask(replica)
        message = str(failure.exception)
        self.assertEqual(replica.requests, polite.MAX_RETRIES + 1)
        self.assertIn("gave up on a request after %d retries, last answer HTTP 502" % polite.MAX_RETRIES, message)
        self.assertNotIn("\n", message)

    def test_a_final_refusal_is_not_retried(self):
        with Replica(faults=[404]) as replica:
            with self.assertRaises(RunFailed) as failure:
                ask(replica)
        self.assertEqual(replica.requests, 1)
        self.assertIn("after 0 retries, last answer HTTP 404", str(failure.exception))


class RecordTests(unittest.TestCase):
    def test_a_clean_run_records_zero_retries(self):
        with Replica() as replica:
            done, record = support.run("io_bound.mt", 2, extra=("--wiki-url", replica.url))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual((record["retries"], record["retry_wait_s"], record["retry_reasons"]), (0, 0.0, {}))

    def test_mp_workers_retries_reach_the_record(self):
        with Replica(faults=[429, 429]) as replica:
            done, record = support.run("io_bound.mp", 2, extra=("--wiki-url", replica.url))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(record["retry_reasons"], {"HTTP 429": 2})
        self.assertGreaterEqual(record["retry_wait_s"], 0.0)

    def test_a_run_that_gives_up_says_why_in_one_line(self):
        with Replica(faults=[404]) as replica:
            done, record = support.run("io_bound.serial", extra=("--wiki-url", replica.url))
        self.assertEqual(done.returncode, 1)
        self.assertIsNone(record)
        self.assertRegex(done.stderr, r"^ppp: error: wiki API at http://127\.0\.0\.1:\d+/w/api\.php: gave up on a "
                                      r"request after 0 retries, last answer HTTP 404 \(the run retried 0 times "
                                      r"and waited 0\.0 s\)\n$")


if __name__ == "__main__":
    unittest.main()
