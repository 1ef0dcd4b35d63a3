#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Fixture: module-level blocks, classes, decorators and duplicate names."""
import functools
import os.path as osp, sys

try:
    import json
except ImportError:  # pragma: no cover
    json = None

    def dumps(value):
        if value:
            return str(value)
        return ""

if sys.version_info >= (3, 8):
    CACHE = functools.lru_cache
elif sys.platform == "win32":
    CACHE = None
else:
    CACHE = None

for _name in ("a", "b"):
    if _name:
        pass

while False:
    break

with open(osp.devnull) as _null:
    if _null:
        pass
    for _x in []:
        pass


class Outer:
    """A class with nested classes and properties."""

    size = 3
    if size > 2:
        size = 2

    class Inner:
        def method(self, x):
            return x or None

    @property
    def value(self):
        return self.size

    @value.setter
    def value(self, new):
        if new < 0:
            raise ValueError(new)
        self.size = new

    @staticmethod
    def helper(
        a,
        b=lambda: 1,
    ):
        while a:
            a -= 1
        return b


def twice():
    return 1


def twice():  # noqa: F811  (mccabe keeps only the last graph of a name)
    if True:
        return 2


@functools.lru_cache(maxsize=None)
def decorated(n):
    return n if n < 2 else decorated(n - 1) + decorated(n - 2)


if __name__ == "__main__":
    print(decorated(10))
