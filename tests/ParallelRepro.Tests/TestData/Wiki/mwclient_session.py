"""Drives the wiki replica with Debian's python3-mwclient as a user would, and
prints what the client saw as one JSON object. Usage: mwclient_session.py HOST:PORT"""

import json
import logging
import sys

import mwclient

warnings = []


class Collect(logging.Handler):
    def emit(self, record):  # mwclient logs every API warning it receives
        warnings.append(record.getMessage())


logging.getLogger("mwclient").addHandler(Collect())


def page(site, name):
    p = site.pages[name]
    return {"name": p.name, "exists": p.exists, "redirect": p.redirect, "length": p.length, "pageid": p.pageid}


site = mwclient.Site(sys.argv[1], path="/w/", scheme="http")  # the default: site_init() at construction
target = site.pages["USA"].resolve_redirect()
print(json.dumps({
    "generator": site.site["generator"],
    "version": list(site.version[:2]),
    "sitename": site.site["sitename"],
    "namespaces": {str(k): v for k, v in sorted(site.namespaces.items())},
    "username": site.username,
    "logged_in": site.logged_in,
    "freedom": page(site, "Freedom"),
    "lowercase": page(site, "freedom"),
    "underscores": page(site, "Constitution_of_the_United_States"),
    "usa": page(site, "USA"),
    "usa_target": target.name,
    "usa_target_redirect": target.redirect,
    "chain_target": site.pages["US"].resolve_redirect().name,
    "missing": page(site, "Nowhere"),
    "warnings": warnings,
}))
