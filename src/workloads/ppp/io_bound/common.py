"""Input, candidate titles, chunking and output of the io_bound variants."""

import os

from ppp.io_bound.polite import RetryLedger
from ppp.io_bound.wiki import Wiki

TEXT, COMMON = "io_bound_text.txt", "io_bound_common.txt"
TITLE_LIMIT = 50       # titles per API request
URL_BUDGET = 8192      # assumed URL length budget
STRIP = ";,.'"
ENDINGS = ("'s", "'d", "'ll", "'m")


class Job:
    def __init__(self, text, singles, spans, wiki_url):
        self.text, self.singles, self.spans, self.wiki_url = text, singles, spans, wiki_url
        self.ledger = RetryLedger()  # every retry of the run, the mp workers' merged in

    def wiki(self):
        return Wiki(self.wiki_url, self.ledger)


def load(data_dir, params, options):
    with open(os.path.join(data_dir, TEXT), encoding="utf-8") as handle:
        text = " ".join(handle.read().split())
    with open(os.path.join(data_dir, COMMON), encoding="utf-8") as handle:
        common = set(handle.read().lower().split())
    singles, spans = candidates(text, common)
    return Job(text, singles, spans, options["wiki_url"])


def fresh_input(job):
    """No variant changes the job; each builds its own queues and result
    lists: shared by every call of proc() (ppp/loops.py)."""
    return job


def run_facts(job):
    """Fields for the run record: retries and the seconds spent waiting,
    reported apart from proc time (which includes them), summed over every
    call of proc() the run made."""
    return job.ledger.snapshot()


def clean(word):
    """Drop ending punctuation and a trailing 's 'd 'll 'm."""
    word = word.rstrip(STRIP)
    for ending in ENDINGS:
        if word.endswith(ending):
            return word[:-len(ending)].rstrip(STRIP)
    return word


def candidates(text, common):
    """Single words that are not common, a letter or a number; and every span
    of two or more consecutive words, plus its cleaned form when it ends in
    punctuation. Sorted: the order, and so each chunk's members, no longer
    depend on set iteration order (io_bound 3)."""
    words = text.split()
    singles = {clean(w) for w in words}
    singles = {w for w in singles if w.lower() not in common and len(w) > 1 and not w.isdigit()}
    spans = set()
    for start in range(len(words)):
        for end in range(start + 2, len(words) + 1):
            span = " ".join(words[start:end])
            spans.add(span)
            spans.add(clean(span))
    return sorted(singles), sorted(spans)


def chunk_size(text):
    return min(TITLE_LIMIT, URL_BUDGET // len(text))  # integer division, as in Python 2


def chunked(titles, size):
    return [titles[k:k + size] for k in range(0, len(titles), size)]


def canonical_lines(found):
    """One found title per line, sorted (the original's order was arbitrary)."""
    return sorted(set(found))
