"""A tiny stdlib replica of the MediaWiki query API for the io_bound tests:
action=query&format=json&titles=A|B(&redirects), with title normalization
(first letter upper case, '_' -> ' '), missing and invalid titles, redirects.
Pages come from ppp/io_bound/data/wiki_titles.tsv."""

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


class Replica:
    def __init__(self):
        pages, counter = load_pages(), self

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
                body = json.dumps(answer(pages, titles, "redirects" in params)).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.lock, self.requests = threading.Lock(), 0
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
