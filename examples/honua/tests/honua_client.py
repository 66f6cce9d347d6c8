"""A small HTTP client for the example server, shared by the Python and QGIS suites (stdlib only).

The server's address comes from HONUA_BASE_URL (default http://localhost:8080). Every call is
a fresh request and returns an immutable Response: nothing is shared between tests or between
pytest-xdist workers.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

BASE_URL = os.environ.get("HONUA_BASE_URL", "http://localhost:8080").rstrip("/")
TIMEOUT_SECONDS = 15

# The seed data: nine datasets, 685 features (examples/honua/data, checked at image build time).
EXPECTED_COUNTS = {
    "cities": 40,
    "poi": 150,
    "roads": 90,
    "transit_routes": 25,
    "parcels": 160,
    "buildings_3d": 120,
    "parks": 35,
    "water_bodies": 25,
    "admin_boundaries": 40,
}
EXPECTED_TOTAL = 685
COLLECTIONS = sorted(EXPECTED_COUNTS)
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


def url(path: str, params: dict | None = None) -> str:
    query = f"?{urllib.parse.urlencode(params)}" if params else ""
    return f"{BASE_URL}{path}{query}"


def request(method: str, target: str, params: dict | None = None) -> Response:
    """target is a path on the server or an absolute URL (a link the server gave)."""
    full = target if target.startswith("http") else url(target, params)
    req = urllib.request.Request(full, method=method, data=b"{}" if method in ("POST", "PUT") else None)
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_SECONDS) as r:
            return Response(r.status, r.headers.get("Content-Type", ""), r.read())
    except urllib.error.HTTPError as e:
        with e:
            return Response(e.code, e.headers.get("Content-Type", ""), e.read())


def get(target: str, params: dict | None = None) -> Response:
    return request("GET", target, params)


def get_json(target: str, params: dict | None = None) -> Any:
    r = get(target, params)
    assert r.status == 200, f"GET {target} {params or ''}: HTTP {r.status}: {r.body[:300]!r}"
    return r.json()


def link(doc: dict, rel: str) -> str | None:
    return next((l["href"] for l in doc.get("links", []) if l.get("rel") == rel), None)


def all_features(collection: str, params: dict | None = None) -> list[dict]:
    """Every feature of a collection, in one request (limit is at most 10000 here)."""
    doc = get_json(f"/collections/{collection}/items", {"limit": 10000, **(params or {})})
    assert doc["numberReturned"] == doc["numberMatched"], "one page should hold every feature"
    return doc["features"]


def positions(geometry: dict) -> list[tuple[float, float]]:
    """Every [x, y] of a GeoJSON geometry, however deeply nested."""
    out: list[tuple[float, float]] = []

    def walk(c: Any) -> None:
        if c and isinstance(c[0], (int, float)):
            out.append((float(c[0]), float(c[1])))
        else:
            for part in c:
                walk(part)

    walk(geometry["coordinates"])
    return out


def bounds(geometry: dict) -> tuple[float, float, float, float]:
    xs, ys = zip(*positions(geometry))
    return min(xs), min(ys), max(xs), max(ys)


def check_server() -> str | None:
    """None when /health answers ok, else why not (for a clear message instead of 80 failures)."""
    try:
        r = get("/health")
    except OSError as e:
        return f"the Honua test server at {BASE_URL} does not answer ({e}); start it or set HONUA_BASE_URL"
    if r.status != 200:
        return f"the Honua test server at {BASE_URL} is not healthy: HTTP {r.status} {r.body[:200]!r}"
    return None
