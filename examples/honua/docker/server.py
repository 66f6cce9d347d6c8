#!/usr/bin/env python3
"""The example test server: a read-only subset of OGC API - Features over SQLite (stdlib only).

    GET /                                   landing page
    GET /api                                OpenAPI 3.0 document (the landing page links it as
                                            rel service-desc, which QGIS' OAPIF provider requires)
    GET /conformance                        conformance classes
    GET /health                             {"status":"ok","collections":N,"features":M} (503 when the
                                            database cannot be read)
    GET /collections                        collections with itemCount and extent
    GET /collections/{id}                   one collection
    GET /collections/{id}/items             GeoJSON FeatureCollection; ?limit= (1..10000, default 10),
                                            ?offset= (>= 0), ?bbox=minx,miny,maxx,maxy (CRS84)
    GET /collections/{id}/items/{fid}       one Feature

Unknown paths give 404 and bad parameters 400, both as JSON {"code", "description"}.
Environment: PORT (default 8080), HOST (default 0.0.0.0), HONUA_DB (default
/srv/honua/honua.sqlite; --db overrides). One log line per request goes to stdout.
SIGTERM and SIGINT stop the server at once (docker stop does not wait for its timeout).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import signal
import sqlite3
import sys
import threading
import time
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DEFAULT_LIMIT = 10
MAX_LIMIT = 10_000
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0"
CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
]


class ApiError(Exception):
    def __init__(self, status: HTTPStatus, code: str, description: str):
        super().__init__(description)
        self.status, self.code, self.description = status, code, description


def not_found(what: str) -> ApiError:
    return ApiError(HTTPStatus.NOT_FOUND, "NotFound", what)


def bad_request(what: str) -> ApiError:
    return ApiError(HTTPStatus.BAD_REQUEST, "InvalidParameterValue", what)


class Database:
    """One read-only connection per thread on an immutable SQLite file."""

    def __init__(self, path: Path):
        self.path = path
        self.local = threading.local()

    def connect(self) -> sqlite3.Connection:
        con = getattr(self.local, "con", None)
        if con is None:
            if not self.path.is_file():
                raise sqlite3.OperationalError(f"database file not found: {self.path}")
            uri = f"file:{urllib.parse.quote(str(self.path.resolve()))}?mode=ro&immutable=1"
            con = sqlite3.connect(uri, uri=True, check_same_thread=False)
            con.row_factory = sqlite3.Row
            con.execute("SELECT 1 FROM collections LIMIT 1").fetchall()  # fail early on a wrong file
            self.local.con = con
        return con

    def query(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        return self.connect().execute(sql, params).fetchall()


def parse_int(params: dict, name: str, default: int, lo: int, hi: int) -> int:
    values = params.get(name)
    if not values:
        return default
    if len(values) > 1:
        raise bad_request(f"{name} given more than once")
    try:
        v = int(values[0])
    except ValueError:
        raise bad_request(f"{name} must be an integer, got {values[0]!r}") from None
    if not lo <= v <= hi:
        raise bad_request(f"{name} must be between {lo} and {hi}, got {v}")
    return v


def parse_bbox(params: dict) -> tuple[float, float, float, float] | None:
    values = params.get("bbox")
    if not values:
        return None
    if len(values) > 1:
        raise bad_request("bbox given more than once")
    parts = values[0].split(",")
    if len(parts) != 4:
        raise bad_request("bbox must be minx,miny,maxx,maxy (4 numbers)")
    try:
        minx, miny, maxx, maxy = (float(p) for p in parts)
    except ValueError:
        raise bad_request(f"bbox has a value that is not a number: {values[0]!r}") from None
    if not all(math.isfinite(v) for v in (minx, miny, maxx, maxy)):
        raise bad_request("bbox values must be finite numbers")
    if not (-180 <= minx <= 180 and -180 <= maxx <= 180 and -90 <= miny <= 90 and -90 <= maxy <= 90):
        raise bad_request("bbox is outside lon/lat range (CRS84)")
    if minx > maxx or miny > maxy:
        raise bad_request("bbox min must not exceed max (boxes across the antimeridian are not supported)")
    return minx, miny, maxx, maxy


class Handler(BaseHTTPRequestHandler):
    server_version = "HonuaTestServer/1.0"
    protocol_version = "HTTP/1.1"
    db: Database  # set on the class by make_server

    # -- plumbing ---------------------------------------------------------------------------------

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        # http.server's own messages (errors on malformed requests) go to stdout too.
        log(f"{now()} {self.client_address[0]} {format % args}")

    def log_request(self, code="-", size="-") -> None:
        pass  # one line per request is written by respond(), with the duration

    def base_url(self) -> str:
        host = self.headers.get("Host") or f"localhost:{self.server.server_address[1]}"
        return f"http://{host}"

    def respond(self, status: HTTPStatus, body: dict, content_type: str = "application/json") -> None:
        data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        ms = (time.perf_counter() - self.started) * 1000
        log(f'{now()} {self.client_address[0]} "{self.command} {self.path}" {int(status)} {len(data)} {ms:.1f}ms')

    def do_GET(self) -> None:
        self.started = time.perf_counter()
        try:
            status, body, ctype = self.route()
        except ApiError as e:
            status, body, ctype = e.status, {"code": e.code, "description": e.description}, "application/json"
        except sqlite3.Error as e:
            status, ctype = HTTPStatus.SERVICE_UNAVAILABLE, "application/json"
            body = {"code": "DatabaseUnavailable", "description": str(e)}
        except Exception as e:  # a bug: say so, keep serving
            status, ctype = HTTPStatus.INTERNAL_SERVER_ERROR, "application/json"
            body = {"code": "InternalError", "description": f"{type(e).__name__}: {e}"}
        self.respond(status, body, ctype)

    do_HEAD = do_GET

    def method_not_allowed(self) -> None:
        self.started = time.perf_counter()
        self.close_connection = True  # a request body, if any, is not read
        self.respond(HTTPStatus.METHOD_NOT_ALLOWED,
                     {"code": "MethodNotAllowed", "description": f"{self.command} is not supported; use GET"})

    do_POST = do_PUT = do_DELETE = do_PATCH = method_not_allowed

    # -- routes -----------------------------------------------------------------------------------

    def route(self) -> tuple[HTTPStatus, dict, str]:
        url = urllib.parse.urlsplit(self.path)
        params = urllib.parse.parse_qs(url.query, keep_blank_values=False)
        f = params.get("f", ["json"])[-1]
        if f not in ("json", "geojson"):
            raise bad_request(f"f={f!r} is not supported; only json")
        parts = [urllib.parse.unquote(p) for p in url.path.split("/") if p]
        if parts == []:
            return HTTPStatus.OK, self.landing(), "application/json"
        if parts == ["health"]:
            return self.health()
        if parts == ["api"]:
            return HTTPStatus.OK, self.openapi(), OPENAPI_TYPE
        if parts == ["conformance"]:
            return HTTPStatus.OK, {"conformsTo": CONFORMANCE}, "application/json"
        if parts == ["collections"]:
            return HTTPStatus.OK, self.collections(), "application/json"
        if len(parts) >= 2 and parts[0] == "collections":
            coll = self.collection_row(parts[1])
            if len(parts) == 2:
                return HTTPStatus.OK, self.collection_doc(coll), "application/json"
            if len(parts) == 3 and parts[2] == "items":
                return HTTPStatus.OK, self.items(coll, params), "application/geo+json"
            if len(parts) == 4 and parts[2] == "items":
                return HTTPStatus.OK, self.item(coll, parts[3]), "application/geo+json"
        raise not_found(f"no such resource: {url.path}")

    def landing(self) -> dict:
        b = self.base_url()
        return {
            "title": "Honua test server",
            "description": "OGC API - Features (subset) over the example datasets, read-only.",
            "links": [
                {"href": f"{b}/", "rel": "self", "type": "application/json", "title": "This document"},
                {"href": f"{b}/api", "rel": "service-desc", "type": OPENAPI_TYPE, "title": "The API definition"},
                {"href": f"{b}/conformance", "rel": "conformance", "type": "application/json"},
                {"href": f"{b}/collections", "rel": "data", "type": "application/json"},
                {"href": f"{b}/health", "rel": "status", "type": "application/json"},
            ],
        }

    def openapi(self) -> dict:
        """The routes above as OpenAPI 3.0: what a client reads for paging (limit's default and
        maximum) and, per collection, the items path."""

        def param(name: str, schema: dict, description: str) -> dict:
            return {"name": name, "in": "query", "required": False, "style": "form", "explode": False,
                    "schema": schema, "description": description}

        def ok(description: str, media: str) -> dict:
            return {"200": {"description": description, "content": {media: {"schema": {"type": "object"}}}},
                    "400": {"$ref": "#/components/responses/Error"},
                    "404": {"$ref": "#/components/responses/Error"}}

        parameters = {
            "limit": param("limit", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
                           "Features per page."),
            # explode true: QGIS reads form/explode-false parameters as attribute filters.
            "offset": {**param("offset", {"type": "integer", "minimum": 0, "default": 0}, "Features to skip."),
                       "explode": True},
            "bbox": param("bbox", {"type": "array", "minItems": 4, "maxItems": 4, "items": {"type": "number"}},
                          "minx,miny,maxx,maxy in CRS84."),
        }
        page = [{"$ref": f"#/components/parameters/{n}"} for n in ("limit", "offset", "bbox")]
        paths: dict = {
            "/": {"get": {"summary": "Landing page", "responses": ok("The landing page", "application/json")}},
            "/api": {"get": {"summary": "This document", "responses": ok("OpenAPI 3.0", OPENAPI_TYPE)}},
            "/conformance": {"get": {"summary": "Conformance classes",
                                     "responses": ok("The conformance classes", "application/json")}},
            "/health": {"get": {"summary": "Health", "responses": ok("Healthy", "application/json")}},
            "/collections": {"get": {"summary": "Collections", "responses": ok("The collections", "application/json")}},
        }
        for (cid,) in self.db.query("SELECT id FROM collections ORDER BY seq"):
            paths[f"/collections/{cid}"] = {"get": {"summary": f"Collection {cid}",
                                                    "responses": ok("The collection", "application/json")}}
            paths[f"/collections/{cid}/items"] = {"get": {"summary": f"Features of {cid}", "parameters": page,
                                                          "responses": ok("A page of features", "application/geo+json")}}
            paths[f"/collections/{cid}/items/{{featureId}}"] = {"get": {
                "summary": f"One feature of {cid}",
                "parameters": [{"name": "featureId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": ok("The feature", "application/geo+json")}}
        return {
            "openapi": "3.0.3",
            "info": {"title": "Honua test server", "version": "1.0",
                     "description": "OGC API - Features (subset) over the example datasets, read-only."},
            "servers": [{"url": self.base_url()}],
            "paths": paths,
            "components": {
                "parameters": parameters,
                "responses": {"Error": {"description": "An error", "content": {"application/json": {"schema": {
                    "type": "object", "properties": {"code": {"type": "string"}, "description": {"type": "string"}}}}}}},
            },
        }

    def health(self) -> tuple[HTTPStatus, dict, str]:
        try:
            row = self.db.query("SELECT COUNT(*) AS n, COALESCE(SUM(feature_count), 0) AS m FROM collections")[0]
        except sqlite3.Error as e:
            return HTTPStatus.SERVICE_UNAVAILABLE, {"status": "unavailable", "error": str(e)}, "application/json"
        return HTTPStatus.OK, {"status": "ok", "collections": row["n"], "features": row["m"]}, "application/json"

    def collection_row(self, cid: str) -> sqlite3.Row:
        rows = self.db.query("SELECT * FROM collections WHERE id = ?", (cid,))
        if not rows:
            raise not_found(f"no such collection: {cid}")
        return rows[0]

    def collection_doc(self, c: sqlite3.Row) -> dict:
        b = f"{self.base_url()}/collections/{urllib.parse.quote(c['id'])}"
        return {
            "id": c["id"],
            "title": c["title"],
            "description": c["description"],
            "itemType": "feature",
            "itemCount": c["feature_count"],
            "geometryTypes": c["geometry_types"].split(","),
            "crs": [CRS84],
            "extent": {"spatial": {"bbox": [[c["minx"], c["miny"], c["maxx"], c["maxy"]]], "crs": CRS84}},
            "links": [
                {"href": b, "rel": "self", "type": "application/json"},
                {"href": f"{b}/items", "rel": "items", "type": "application/geo+json"},
            ],
        }

    def collections(self) -> dict:
        rows = self.db.query("SELECT * FROM collections ORDER BY seq")
        return {
            "collections": [self.collection_doc(c) for c in rows],
            "links": [{"href": f"{self.base_url()}/collections", "rel": "self", "type": "application/json"}],
        }

    @staticmethod
    def feature(row: sqlite3.Row) -> dict:
        return {"type": "Feature", "id": row["id"], "geometry": json.loads(row["geometry"]),
                "properties": json.loads(row["properties"])}

    def items(self, c: sqlite3.Row, params: dict) -> dict:
        limit = parse_int(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        offset = parse_int(params, "offset", 0, 0, 2**31 - 1)
        bbox = parse_bbox(params)
        where, args = "collection = ?", [c["id"]]
        if bbox:
            where += " AND maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?"
            args += [bbox[0], bbox[2], bbox[1], bbox[3]]
        matched = self.db.query(f"SELECT COUNT(*) AS n FROM features WHERE {where}", tuple(args))[0]["n"]
        rows = self.db.query(f"SELECT id, geometry, properties FROM features WHERE {where} ORDER BY seq LIMIT ? OFFSET ?",
                             (*args, limit, offset))
        base = f"{self.base_url()}/collections/{urllib.parse.quote(c['id'])}/items"

        def link(rel: str, off: int) -> dict:
            q = {"limit": limit, "offset": off}
            if bbox:
                q["bbox"] = params["bbox"][0]
            return {"href": f"{base}?{urllib.parse.urlencode(q)}", "rel": rel, "type": "application/geo+json"}

        links = [link("self", offset)]
        if offset + len(rows) < matched:
            links.append(link("next", offset + len(rows)))
        if offset > 0:
            links.append(link("prev", max(0, offset - limit)))
        links.append({"href": f"{self.base_url()}/collections/{urllib.parse.quote(c['id'])}", "rel": "collection",
                      "type": "application/json"})
        return {
            "type": "FeatureCollection",
            "features": [self.feature(r) for r in rows],
            "numberMatched": matched,
            "numberReturned": len(rows),
            "timeStamp": now(),
            "links": links,
        }

    def item(self, c: sqlite3.Row, fid: str) -> dict:
        rows = self.db.query("SELECT id, geometry, properties FROM features WHERE collection = ? AND id = ?",
                             (c["id"], fid))
        if not rows:
            raise not_found(f"no feature {fid!r} in collection {c['id']}")
        b = f"{self.base_url()}/collections/{urllib.parse.quote(c['id'])}"
        doc = self.feature(rows[0])
        doc["links"] = [
            {"href": f"{b}/items/{urllib.parse.quote(fid)}", "rel": "self", "type": "application/geo+json"},
            {"href": b, "rel": "collection", "type": "application/json"},
        ]
        return doc


_log_lock = threading.Lock()


def log(line: str) -> None:
    """One whole line per call, even from many threads at once."""
    with _log_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def make_server(host: str, port: int, db_path: Path) -> ThreadingHTTPServer:
    handler = type("BoundHandler", (Handler,), {"db": Database(db_path)})
    ThreadingHTTPServer.allow_reuse_address = True
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def main() -> int:
    ap = argparse.ArgumentParser(description="Honua example test server (OGC API - Features subset).")
    ap.add_argument("--db", type=Path, default=Path(os.environ.get("HONUA_DB", "/srv/honua/honua.sqlite")))
    ap.add_argument("--host", default=os.environ.get("HOST", "0.0.0.0"))
    ap.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    args = ap.parse_args()

    server = make_server(args.host, args.port, args.db)
    stop = threading.Event()

    def on_signal(signum, _frame):
        log(f"{now()} received {signal.Signals(signum).name}, shutting down")
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    try:
        probe = server.RequestHandlerClass.db.query("SELECT COUNT(*), COALESCE(SUM(feature_count), 0) FROM collections")[0]
        state = f"{probe[0]} collections, {probe[1]} features"
    except sqlite3.Error as e:
        state = f"database unavailable ({e}); /health answers 503"
    log(f"{now()} serving http://{args.host}:{server.server_address[1]} from {args.db}: {state}")

    worker = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    worker.start()
    while not stop.wait(1.0):
        if not worker.is_alive():  # serve_forever died: exit non-zero
            server.server_close()
            return 1
    server.shutdown()
    server.server_close()
    log(f"{now()} stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
