"""Canonical output text, its digest, and atomic file writes (shared by all groups)."""

import hashlib
import os
import tempfile


def canonical_text(lines):
    """One line per item, each ended by a newline; the digest is taken on this."""
    return "".join(line + "\n" for line in lines)


def digest(text):
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def write_atomic(path, text):
    """Write to a temporary file in the same folder, then rename over path,
    so a reader never sees a half-written file."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
