#!/usr/bin/env python3
"""Build the test server's SQLite database from GeoJSON files (standard library only).

Run at image build time, so the data is baked into the image:

    python3 build_data.py --data-dir data --out honua.sqlite [--expect-features 685]

Every DATA_DIR/*.geojson becomes one collection (its id is the file name without .geojson).
The input is checked (FeatureCollection, unique feature ids, geometry types and coordinate
nesting, closed polygon rings, finite numbers); any problem is printed with the file and the
feature, and the exit status is 1. Nothing is written unless all files are valid.

Schema:
    collections(id, title, description, feature_count, geometry_types, minx, miny, maxx, maxy, seq)
    features(collection, seq, id, geometry_type, geometry, properties, minx, miny, maxx, maxy)
with an index on (collection, minx, maxx, miny, maxy) for bbox queries and a unique
(collection, id) for item look-ups. geometry and properties are JSON text.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

SCHEMA_VERSION = 1

GEOMETRY_DEPTH = {  # nesting depth of "coordinates" down to a position
    "Point": 0,
    "MultiPoint": 1,
    "LineString": 1,
    "MultiLineString": 2,
    "Polygon": 2,
    "MultiPolygon": 3,
}

COLLECTION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$")


class InvalidData(Exception):
    pass


def check_position(pos: object, where: str) -> tuple[float, float]:
    if not isinstance(pos, list) or not 2 <= len(pos) <= 3:
        raise InvalidData(f"{where}: a position must be [x, y] or [x, y, z], got {json.dumps(pos)[:60]}")
    for v in pos:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise InvalidData(f"{where}: coordinate {v!r} is not a finite number")
    x, y = float(pos[0]), float(pos[1])
    if not (-180 <= x <= 180 and -90 <= y <= 90):
        raise InvalidData(f"{where}: position {pos} is outside lon/lat range (CRS84 expected)")
    return x, y


def positions(coords: object, depth: int, where: str) -> list[tuple[float, float]]:
    """Flattened positions of a coordinates array nested `depth` levels above positions."""
    if depth == 0:
        return [check_position(coords, where)]
    if not isinstance(coords, list):
        raise InvalidData(f"{where}: coordinates nested too shallow")
    out: list[tuple[float, float]] = []
    for k, c in enumerate(coords):
        out.extend(positions(c, depth - 1, f"{where}[{k}]"))
    return out


def check_line(line: list, where: str) -> None:
    if len(line) < 2:
        raise InvalidData(f"{where}: a line string needs at least 2 positions, has {len(line)}")


def check_polygon(rings: list, where: str) -> None:
    if not rings:
        raise InvalidData(f"{where}: a polygon needs at least one ring")
    for k, ring in enumerate(rings):
        if len(ring) < 4:
            raise InvalidData(f"{where}[{k}]: a linear ring needs at least 4 positions, has {len(ring)}")
        if ring[0] != ring[-1]:
            raise InvalidData(f"{where}[{k}]: linear ring is not closed (first != last position)")


def geometry_bbox(geom: object, where: str) -> tuple[str, tuple[float, float, float, float]]:
    if not isinstance(geom, dict):
        raise InvalidData(f"{where}: geometry must be an object")
    gtype = geom.get("type")
    if gtype == "GeometryCollection":
        parts = geom.get("geometries")
        if not isinstance(parts, list) or not parts:
            raise InvalidData(f"{where}: GeometryCollection needs a non-empty 'geometries' array")
        boxes = [geometry_bbox(g, f"{where}.geometries[{k}]")[1] for k, g in enumerate(parts)]
        return gtype, (min(b[0] for b in boxes), min(b[1] for b in boxes),
                       max(b[2] for b in boxes), max(b[3] for b in boxes))
    if gtype not in GEOMETRY_DEPTH:
        raise InvalidData(f"{where}: unknown geometry type {gtype!r}")
    coords = geom.get("coordinates")
    pts = positions(coords, GEOMETRY_DEPTH[gtype], f"{where}.coordinates")
    if not pts:
        raise InvalidData(f"{where}: empty {gtype}")
    if gtype == "LineString":
        check_line(coords, f"{where}.coordinates")
    elif gtype == "MultiLineString":
        for k, line in enumerate(coords):
            check_line(line, f"{where}.coordinates[{k}]")
    elif gtype == "Polygon":
        check_polygon(coords, f"{where}.coordinates")
    elif gtype == "MultiPolygon":
        for k, poly in enumerate(coords):
            check_polygon(poly, f"{where}.coordinates[{k}]")
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return gtype, (min(xs), min(ys), max(xs), max(ys))


def load_collection(path: Path) -> dict:
    cid = path.name[: -len(".geojson")]
    if not COLLECTION_ID.match(cid):
        raise InvalidData(f"{path}: collection id {cid!r} (from the file name) must match {COLLECTION_ID.pattern}")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InvalidData(f"{path}: not valid JSON: {e}") from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise InvalidData(f"{path}: top level must be a GeoJSON FeatureCollection")
    feats = doc.get("features")
    if not isinstance(feats, list):
        raise InvalidData(f"{path}: 'features' must be an array")
    rows = []
    seen: dict[str, int] = {}
    types: set[str] = set()
    for seq, f in enumerate(feats):
        where = f"{path}: features[{seq}]"
        if not isinstance(f, dict) or f.get("type") != "Feature":
            raise InvalidData(f"{where}: must be an object with type 'Feature'")
        fid = f.get("id")
        if isinstance(fid, bool) or not isinstance(fid, (str, int)) or fid == "":
            raise InvalidData(f"{where}: needs an 'id' (string or integer)")
        fid = str(fid)
        where = f"{path}: feature {fid!r}"
        if fid in seen:
            raise InvalidData(f"{where}: duplicate id (also features[{seen[fid]}])")
        seen[fid] = seq
        props = f.get("properties")
        if props is not None and not isinstance(props, dict):
            raise InvalidData(f"{where}: 'properties' must be an object or null")
        geom = f.get("geometry")
        if geom is None:
            raise InvalidData(f"{where}: has no geometry (the server's bbox queries need one)")
        gtype, box = geometry_bbox(geom, f"{where}.geometry")
        types.add(gtype)
        rows.append((cid, seq, fid, gtype, json.dumps(geom, separators=(",", ":")),
                     json.dumps(props if props is not None else {}, separators=(",", ":"), ensure_ascii=False),
                     *box))
    if not rows:
        raise InvalidData(f"{path}: the collection has no features")
    bbox = (min(r[6] for r in rows), min(r[7] for r in rows), max(r[8] for r in rows), max(r[9] for r in rows))
    title = doc.get("title") if isinstance(doc.get("title"), str) else cid.replace("_", " ").title()
    description = doc.get("description") if isinstance(doc.get("description"), str) else ""
    return {"id": cid, "title": title, "description": description, "rows": rows,
            "types": ",".join(sorted(types)), "bbox": bbox}


def write_db(collections: list[dict], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            f"""
            PRAGMA journal_mode = DELETE;
            PRAGMA user_version = {SCHEMA_VERSION};
            CREATE TABLE collections (
                id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL,
                feature_count INTEGER NOT NULL, geometry_types TEXT NOT NULL,
                minx REAL NOT NULL, miny REAL NOT NULL, maxx REAL NOT NULL, maxy REAL NOT NULL,
                seq INTEGER NOT NULL
            );
            CREATE TABLE features (
                collection TEXT NOT NULL REFERENCES collections(id), seq INTEGER NOT NULL,
                id TEXT NOT NULL, geometry_type TEXT NOT NULL,
                geometry TEXT NOT NULL, properties TEXT NOT NULL,
                minx REAL NOT NULL, miny REAL NOT NULL, maxx REAL NOT NULL, maxy REAL NOT NULL,
                PRIMARY KEY (collection, seq), UNIQUE (collection, id)
            );
            CREATE INDEX features_bbox ON features (collection, minx, maxx, miny, maxy);
            """
        )
        with con:
            for seq, c in enumerate(collections):
                con.execute("INSERT INTO collections VALUES (?,?,?,?,?,?,?,?,?,?)",
                            (c["id"], c["title"], c["description"], len(c["rows"]), c["types"], *c["bbox"], seq))
                con.executemany("INSERT INTO features VALUES (?,?,?,?,?,?,?,?,?,?)", c["rows"])
        con.execute("ANALYZE")
        con.execute("VACUUM")
        con.close()
        os.chmod(tmp, 0o444)
        os.replace(tmp, out)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def main() -> int:
    ap = argparse.ArgumentParser(description="Build the test server's SQLite database from GeoJSON files.")
    ap.add_argument("--data-dir", type=Path, default=Path("data"), help="directory of *.geojson (default: data)")
    ap.add_argument("--out", type=Path, default=Path("honua.sqlite"), help="database to write (default: honua.sqlite)")
    ap.add_argument("--expect-features", type=int, help="fail unless the total feature count is exactly this")
    args = ap.parse_args()

    files = sorted(args.data_dir.glob("*.geojson"))
    if not files:
        print(f"build_data: no *.geojson files in {args.data_dir}", file=sys.stderr)
        return 1
    collections, errors = [], []
    for path in files:
        try:
            collections.append(load_collection(path))
        except InvalidData as e:
            errors.append(str(e))
    for e in errors:
        print(f"build_data: error: {e}", file=sys.stderr)
    if errors:
        print(f"build_data: {len(errors)} invalid file(s); nothing written", file=sys.stderr)
        return 1
    total = sum(len(c["rows"]) for c in collections)
    if args.expect_features is not None and total != args.expect_features:
        print(f"build_data: error: {total} features, expected {args.expect_features}; nothing written", file=sys.stderr)
        return 1
    write_db(collections, args.out)
    for c in collections:
        b = ", ".join(f"{v:.4f}" for v in c["bbox"])
        print(f"build_data: {c['id']:<18} {len(c['rows']):>4} features  {c['types']:<28} bbox [{b}]")
    print(f"build_data: wrote {args.out} ({len(collections)} collections, {total} features, "
          f"{args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
