"""A tiny stdlib replica of the MediaWiki query API for the io_bound tests:
action=query&format=json&titles=A|B(&redirects), with title normalization
(first letter upper case, '_' -> ' '), missing and invalid titles, redirects.
Pages come from ppp/io_bound/data/wiki_titles.tsv. `faults` scripts the
first answers ("reset", "maxlag", or an HTTP status), for the retry tests."""

import json
import os
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TSV = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "ppp", "io_bound", "data", "wiki_titles.tsv")
INVALID = set("#<>[]|{}")


def load_pages(path=TSV):
    pages = {}
    with open(path, encoding="utf-8") as handle:
        next(handle)  # the "# title pageid redirect_to" comment line
        for line in handle:
            title, pageid, redirect = (line.rstrip("\n").split("\t") + [""])[:3]
            pages[title] = (int(pageid), redirect or None)
    return pages


def normalize(title):
    title = " ".join(title.replace("_", " ").split())
    return title[:1].upper() + title[1:]


def answer(pages, titles, follow):
    normalized, redirects, result, fake = [], [], {}, 0
    for asked in titles:
        title = normalize(asked)
        if title != asked:
            normalized.append({"from": asked, "to": title})
        if not title or len(title.encode("utf-8")) > 255 or INVALID & set(title):
            fake -= 1
            result[str(fake)] = {"title": asked, "invalidreason": "invalid title", "invalid": ""}
            continue
        if follow and title in pages and pages[title][1]:
            redirects.append({"from": title, "to": pages[title][1]})
            title = pages[title][1]
        if title in pages:
            page = {"pageid": pages[title][0], "ns": 0, "title": title}
            if pages[title][1]:
                page["redirect"] = ""
            result[str(pages[title][0])] = page
        else:
            fake -= 1
            result[str(fake)] = {"ns": 0, "title": title, "missing": ""}
    query = {"pages": result}
    if normalized:
        query["normalized"] = normalized
    if redirects:
        query["redirects"] = redirects
    return {"batchcomplete": "", "query": query}


FAULT_HEADERS = {429: [("Retry-After", "0")], 503: [("Retry-After", "0")]}


class Replica:
    def __init__(self, faults=()):
        pages, counter = load_pages(), self
        self.faults = list(faults)

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive

            def setup(self):
                super().setup()
                # no Nagle: headers and body go out as two writes
                self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

            def do_GET(self):
                params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
                titles = params.get("titles", [""])[0].split("|")
                with counter.lock:
                    counter.requests += 1
                    counter.queries.append(params)
                    fault = counter.faults.pop(0) if counter.faults else None
                if fault == "reset":
                    self.close_connection = True  # no answer at all: the client sees the connection drop
                    return
                if fault == "maxlag":
                    self.reply(200, {"error": {"code": "maxlag", "info": "Waiting for db1: 7 seconds lagged.",
                                               "host": "db1", "lag": 7, "type": "db"}}, [("Retry-After", "0")])
                elif fault:
                    self.reply(fault, {"fault": fault}, FAULT_HEADERS.get(fault, []))
                else:
                    self.reply(200, answer(pages, titles, "redirects" in params))

            def reply(self, status, document, headers=()):
                body = json.dumps(document).encode("utf-8")
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.lock, self.requests, self.queries = threading.Lock(), 0, []
        ThreadingHTTPServer.request_queue_size = 128  # listen backlog: many workers connect at once
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = "http://127.0.0.1:%d/w/api.php" % self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
