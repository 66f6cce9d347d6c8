#!/usr/bin/env python3
"""Write the example project's nine GeoJSON datasets (deterministic, standard library only).

The data is synthetic but shaped like the real thing on O'ahu: place names are real, positions
are close to where those places are, and everything else (populations, parcels, buildings, road
and route geometry) is generated from a fixed seed. Running this again writes byte-identical
files, so the .geojson files committed beside it are exactly its output:

    python3 examples/honua/data/make_data.py            # rewrite the files
    python3 examples/honua/data/make_data.py --check    # exit 1 if a file differs

Feature counts (685 in all) are fixed here and relied on by the example test suites.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

COUNTS = {
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
TOTAL = 685
assert sum(COUNTS.values()) == TOTAL

# A coarse O'ahu coastline (lon, lat), counter-clockwise from Ka'ena Point.
OAHU = [
    (-158.281, 21.575), (-158.250, 21.550), (-158.222, 21.480), (-158.192, 21.440),
    (-158.160, 21.380), (-158.130, 21.330), (-158.110, 21.300), (-158.010, 21.310),
    (-157.960, 21.312), (-157.870, 21.300), (-157.835, 21.270), (-157.810, 21.255),
    (-157.700, 21.270), (-157.650, 21.310), (-157.690, 21.340), (-157.720, 21.400),
    (-157.720, 21.460), (-157.800, 21.470), (-157.835, 21.520), (-157.850, 21.555),
    (-157.905, 21.610), (-157.915, 21.650), (-157.950, 21.690), (-157.980, 21.710),
    (-158.040, 21.680), (-158.065, 21.640), (-158.105, 21.595), (-158.190, 21.580),
]

CITIES = [
    # name, lon, lat, population (approximate census-designated places)
    ("Honolulu", -157.8583, 21.3069, 350964), ("East Honolulu", -157.7130, 21.2890, 50922),
    ("Pearl City", -157.9731, 21.3972, 45941), ("Waipahu", -158.0092, 21.3867, 43485),
    ("Kailua", -157.7394, 21.4022, 40514), ("Kaneohe", -157.7989, 21.3997, 37430),
    ("Mililani Town", -158.0153, 21.4511, 28121), ("Kapolei", -158.0861, 21.3350, 21411),
    ("Ewa Gentry", -158.0308, 21.3394, 25707), ("Mililani Mauka", -157.9962, 21.4734, 21039),
    ("Makakilo", -158.0853, 21.3527, 20248), ("Royal Kunia", -158.0538, 21.4047, 16299),
    ("Ewa Beach", -158.0072, 21.3156, 15237), ("Schofield Barracks", -158.0642, 21.4983, 18497),
    ("Wahiawa", -158.0247, 21.5028, 17907), ("Waianae", -158.1786, 21.4375, 13177),
    ("Nanakuli", -158.1569, 21.3906, 12666), ("Ocean Pointe", -158.0306, 21.3103, 16400),
    ("Aiea", -157.9300, 21.3822, 10408), ("Halawa", -157.9264, 21.3797, 15016),
    ("Waimanalo", -157.7106, 21.3458, 5599), ("Maili", -158.1761, 21.4194, 9488),
    ("Makaha", -158.2175, 21.4697, 8278), ("Ahuimanu", -157.8378, 21.4444, 8943),
    ("Village Park", -158.0303, 21.3964, 10061), ("Waipio", -158.0100, 21.4180, 11953),
    ("Waikele", -158.0036, 21.4064, 7730), ("Laie", -157.9253, 21.6469, 6248),
    ("Hauula", -157.9133, 21.6108, 4018), ("Haleiwa", -158.1036, 21.5928, 4941),
    ("Waialua", -158.1278, 21.5769, 4037), ("Kahaluu", -157.8456, 21.4578, 4738),
    ("Heeia", -157.8172, 21.4278, 5064), ("Maunawili", -157.7650, 21.3731, 2075),
    ("Kahuku", -157.9506, 21.6803, 2641), ("Kaaawa", -157.8528, 21.5564, 1379),
    ("Punaluu", -157.8925, 21.5881, 1164), ("Mokuleia", -158.1530, 21.5797, 2058),
    ("Pupukea", -158.0575, 21.6539, 4626), ("Kalaeloa", -158.0860, 21.3130, 2389),
]

POI_CATEGORIES = [
    ("beach", "Beach"), ("lookout", "Lookout"), ("trailhead", "Trailhead"),
    ("museum", "Museum"), ("school", "School"), ("hospital", "Medical Center"),
    ("shopping", "Shopping Center"), ("restaurant", "Plate Lunch"), ("library", "Library"),
    ("fire_station", "Fire Station"), ("surf_break", "Surf Break"), ("harbor", "Small Boat Harbor"),
]

ROAD_NAMES = [
    ("H-1", "freeway"), ("H-2", "freeway"), ("H-3", "freeway"), ("Moanalua Freeway", "freeway"),
    ("Kamehameha Highway", "highway"), ("Farrington Highway", "highway"),
    ("Kalanianaole Highway", "highway"), ("Likelike Highway", "highway"),
    ("Pali Highway", "highway"), ("Nimitz Highway", "highway"), ("Kunia Road", "arterial"),
    ("Fort Weaver Road", "arterial"), ("Ala Moana Boulevard", "arterial"),
    ("Kapiolani Boulevard", "arterial"), ("King Street", "arterial"),
    ("Beretania Street", "arterial"), ("Kalakaua Avenue", "arterial"),
    ("Dillingham Boulevard", "arterial"), ("Waialae Avenue", "arterial"),
    ("Kahekili Highway", "highway"), ("Kailua Road", "collector"), ("Keolu Drive", "collector"),
    ("Kaneohe Bay Drive", "collector"), ("Wilder Avenue", "collector"),
    ("Makiki Street", "local"), ("Pensacola Street", "collector"), ("Kalihi Street", "collector"),
    ("Kamehameha IV Road", "collector"), ("Moanalua Road", "arterial"),
    ("Kaahumanu Street", "collector"),
]

ROUTES = [
    ("A", "CityExpress! A", "bus"), ("C", "CityExpress! C", "bus"), ("E", "CountryExpress! E", "bus"),
    ("1", "Kalihi - Kahala", "bus"), ("2", "School - Middle Street", "bus"),
    ("3", "Kaimuki - Salt Lake", "bus"), ("4", "Nuuanu - Dowsett", "bus"),
    ("8", "Waikiki - Ala Moana", "bus"), ("9", "Kaimuki - Pearl Harbor", "bus"),
    ("13", "Liliha - Waikiki", "bus"), ("20", "Airport - Waikiki", "bus"),
    ("23", "Hawaii Kai - Sea Life Park", "bus"), ("40", "Honolulu - Makaha", "bus"),
    ("42", "Ewa Beach - Waikiki", "bus"), ("52", "Wahiawa - Circle Isle", "bus"),
    ("55", "Kaneohe - Circle Isle", "bus"), ("56", "Kailua - Kaneohe", "bus"),
    ("60", "Kaneohe - Honolulu via Likelike", "bus"), ("65", "Kaneohe - Ahuimanu", "bus"),
    ("67", "Kailua - Honolulu via Pali", "bus"), ("83", "Hawaii Kai - Honolulu", "bus"),
    ("88A", "North Shore Express", "bus"), ("301", "Kapolei - Makakilo", "bus"),
    ("433", "Waipahu - Kunia", "bus"), ("SKY", "Skyline East Kapolei - Halawa", "rail"),
]

PARKS = [
    ("Kapiolani Regional Park", -157.8210, 21.2680), ("Ala Moana Regional Park", -157.8480, 21.2900),
    ("Magic Island", -157.8490, 21.2850), ("Kakaako Waterfront Park", -157.8640, 21.2950),
    ("Foster Botanical Garden", -157.8600, 21.3170), ("Thomas Square", -157.8500, 21.3030),
    ("Ala Wai Community Park", -157.8280, 21.2880), ("Moanalua Gardens", -157.8930, 21.3510),
    ("Aiea Bay State Recreation Area", -157.9340, 21.3720), ("Pearl Harbor Bike Path Park", -157.9690, 21.3890),
    ("Central Oahu Regional Park", -158.0000, 21.4170), ("Waipahu District Park", -158.0120, 21.3880),
    ("Kapolei Regional Park", -158.0800, 21.3330), ("Ewa Mahiko District Park", -158.0300, 21.3450),
    ("Nanakuli Beach Park", -158.1590, 21.3830), ("Waianae District Park", -158.1800, 21.4330),
    ("Makaha Beach Park", -158.2180, 21.4760), ("Keawaula Beach", -158.2410, 21.5340),
    ("Haleiwa Alii Beach Park", -158.1080, 21.5950), ("Waimea Bay Beach Park", -158.0650, 21.6410),
    ("Sunset Beach Park", -158.0410, 21.6780), ("Malaekahana State Recreation Area", -157.9320, 21.6700),
    ("Hauula Beach Park", -157.9100, 21.6120), ("Kualoa Regional Park", -157.8370, 21.5170),
    ("Heeia State Park", -157.8080, 21.4380), ("Kailua Beach Park", -157.7290, 21.3970),
    ("Kawai Nui Marsh Park", -157.7550, 21.3880), ("Bellows Field Beach Park", -157.7110, 21.3600),
    ("Waimanalo Bay Beach Park", -157.7030, 21.3370), ("Makapuu Point State Wayside", -157.6550, 21.3050),
    ("Hanauma Bay Nature Preserve", -157.6940, 21.2690), ("Koko Head District Park", -157.7050, 21.2820),
    ("Diamond Head State Monument", -157.8050, 21.2620), ("Wahiawa Freshwater State Park", -158.0180, 21.4960),
    ("Mililani District Park", -158.0140, 21.4530),
]

WATER = [
    ("Lake Wilson (Wahiawa Reservoir)", "reservoir", -158.0250, 21.4970, 0.0140),
    ("Salt Lake", "lake", -157.9170, 21.3560, 0.0060), ("Kawainui Marsh", "marsh", -157.7550, 21.3880, 0.0150),
    ("Enchanted Lake", "lake", -157.7330, 21.3830, 0.0045), ("Hamakua Marsh", "marsh", -157.7400, 21.3920, 0.0030),
    ("Ala Wai Canal", "canal", -157.8300, 21.2870, 0.0030), ("Nuuanu Reservoir", "reservoir", -157.8170, 21.3540, 0.0050),
    ("Ku Tree Reservoir", "reservoir", -158.0030, 21.4960, 0.0040), ("Kaelepulu Pond", "pond", -157.7280, 21.3800, 0.0030),
    ("Kuapa Pond (Koko Marina)", "lagoon", -157.7100, 21.2880, 0.0080), ("East Loch", "bay", -157.9530, 21.3720, 0.0140),
    ("Middle Loch", "bay", -157.9760, 21.3770, 0.0100), ("West Loch", "bay", -158.0150, 21.3640, 0.0140),
    ("Keehi Lagoon", "lagoon", -157.8950, 21.3200, 0.0090), ("Paiko Lagoon", "lagoon", -157.7340, 21.2780, 0.0030),
    ("Heeia Fishpond", "fishpond", -157.8070, 21.4360, 0.0050), ("Molii Fishpond", "fishpond", -157.8400, 21.5070, 0.0045),
    ("Huilua Fishpond", "fishpond", -157.8460, 21.5540, 0.0025), ("Waiawa Reservoir", "reservoir", -157.9800, 21.4350, 0.0035),
    ("Lake Hawaii Kai", "pond", -157.7200, 21.2860, 0.0020), ("Pearl Harbor Southeast Loch", "bay", -157.9420, 21.3520, 0.0060),
    ("Kanaha Pond", "pond", -158.0650, 21.5850, 0.0020), ("Ukoa Pond", "pond", -158.1060, 21.5850, 0.0030),
    ("Loko Ea Fishpond", "fishpond", -158.1010, 21.5990, 0.0022), ("Kaneohe Stream Basin", "reservoir", -157.8100, 21.3950, 0.0035),
]

DISTRICTS = [
    "Primary Urban Center", "Ewa", "Central Oahu", "East Honolulu", "Koolaupoko",
    "Koolauloa", "North Shore", "Waianae",
]


def point_in_polygon(x: float, y: float, ring: list[tuple[float, float]]) -> bool:
    inside = False
    j = len(ring) - 1
    for i, (xi, yi) in enumerate(ring):
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def r6(v: float) -> float:
    return round(v, 6)


def on_land(rng: random.Random) -> tuple[float, float]:
    while True:
        x = rng.uniform(-158.27, -157.66)
        y = rng.uniform(21.26, 21.70)
        if point_in_polygon(x, y, OAHU):
            return x, y


def near(rng: random.Random, x: float, y: float, spread: float) -> tuple[float, float]:
    for _ in range(200):
        nx, ny = x + rng.gauss(0, spread), y + rng.gauss(0, spread)
        if point_in_polygon(nx, ny, OAHU):
            return nx, ny
    return x, y


def ring(cx: float, cy: float, rx: float, ry: float, n: int, rng: random.Random, jitter: float = 0.0,
         z: float | None = None) -> list[list[float]]:
    """A closed counter-clockwise ring (RFC 7946 right-hand rule)."""
    pts = []
    for k in range(n):
        a = 2 * math.pi * k / n
        f = 1 + (rng.uniform(-jitter, jitter) if jitter else 0)
        p = [r6(cx + rx * f * math.cos(a)), r6(cy + ry * f * math.sin(a))]
        if z is not None:
            p.append(round(z, 2))
        pts.append(p)
    pts.append(list(pts[0]))
    return pts


def rect(x0: float, y0: float, x1: float, y1: float, z: float | None = None) -> list[list[float]]:
    pts = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    pts = [[r6(x), r6(y)] for x, y in pts]
    if z is not None:
        pts = [p + [round(z, 2)] for p in pts]
    return pts


def feature(fid: str, geometry: dict, properties: dict) -> dict:
    return {"type": "Feature", "id": fid, "geometry": geometry, "properties": properties}


def cities(rng: random.Random) -> list[dict]:
    out = []
    for i, (name, lon, lat, pop) in enumerate(CITIES, 1):
        out.append(feature(f"city-{i:03d}", {"type": "Point", "coordinates": [lon, lat]}, {
            "name": name,
            "population": pop,
            "elevation_m": round(rng.uniform(2, 300) if lat > 21.33 else rng.uniform(1, 40), 1),
            "county": "Honolulu",
            "capital": name == "Honolulu",
        }))
    return out


def poi(rng: random.Random) -> list[dict]:
    out = []
    for i in range(1, COUNTS["poi"] + 1):
        city = CITIES[rng.randrange(len(CITIES))]
        kind, label = POI_CATEGORIES[rng.randrange(len(POI_CATEGORIES))]
        x, y = near(rng, city[1], city[2], 0.012)
        out.append(feature(f"poi-{i:03d}", {"type": "Point", "coordinates": [r6(x), r6(y)]}, {
            "name": f"{city[0]} {label}" + ("" if rng.random() < 0.6 else f" {rng.randint(2, 9)}"),
            "category": kind,
            "city": city[0],
            "rating": round(rng.uniform(2.5, 5.0), 1),
            "open_24h": kind in ("hospital", "fire_station", "beach", "surf_break"),
        }))
    return out


def polyline(rng: random.Random, x: float, y: float, segments: int, step: float) -> list[list[float]]:
    heading = rng.uniform(0, 2 * math.pi)
    pts = [[r6(x), r6(y)]]
    for _ in range(segments):
        heading += rng.uniform(-0.5, 0.5)
        nx, ny = x + step * math.cos(heading), y + step * math.sin(heading)
        if not point_in_polygon(nx, ny, OAHU):
            heading += math.pi / 2
            continue
        x, y = nx, ny
        pts.append([r6(x), r6(y)])
    if len(pts) < 2:
        pts.append([r6(x + step / 4), r6(y + step / 4)])
    return pts


def roads(rng: random.Random) -> list[dict]:
    lanes = {"freeway": 6, "highway": 4, "arterial": 4, "collector": 2, "local": 2}
    speed = {"freeway": 55, "highway": 45, "arterial": 35, "collector": 30, "local": 25}
    out = []
    for i in range(1, COUNTS["roads"] + 1):
        name, cls = ROAD_NAMES[(i - 1) % len(ROAD_NAMES)]
        part = (i - 1) // len(ROAD_NAMES) + 1
        x, y = on_land(rng)
        coords = polyline(rng, x, y, rng.randint(3, 9), 0.004 if cls in ("collector", "local") else 0.01)
        out.append(feature(f"road-{i:03d}", {"type": "LineString", "coordinates": coords}, {
            "name": name,
            "segment": part,
            "class": cls,
            "lanes": lanes[cls] - (2 if part == 3 and lanes[cls] > 2 else 0),
            "speed_limit_mph": speed[cls],
            "oneway": cls == "local" and rng.random() < 0.5,
            "surface": "asphalt",
        }))
    return out


def transit_routes(rng: random.Random) -> list[dict]:
    out = []
    for i, (ref, name, mode) in enumerate(ROUTES, 1):
        parts = [polyline(rng, *on_land(rng), rng.randint(4, 10), 0.012) for _ in range(rng.randint(1, 3))]
        out.append(feature(f"route-{i:03d}", {"type": "MultiLineString", "coordinates": parts}, {
            "ref": ref,
            "name": name,
            "mode": mode,
            "operator": "Skyline" if mode == "rail" else "TheBus",
            "headway_min": 10 if mode == "rail" else rng.choice([12, 15, 20, 30, 60]),
            "wheelchair": True,
        }))
    return out


def parcels(rng: random.Random) -> list[dict]:
    zoning = ["R-5", "R-7.5", "A-1", "A-2", "B-2", "BMX-3", "I-2", "AG-1", "P-2"]
    out = []
    for i in range(1, COUNTS["parcels"] + 1):
        city = CITIES[rng.randrange(len(CITIES))]
        x, y = near(rng, city[1], city[2], 0.02)
        w, h = rng.uniform(0.0003, 0.0012), rng.uniform(0.0003, 0.0012)
        area = (w * 103_900) * (h * 111_000)  # metres at ~21.4 N
        zone = rng.choice(zoning)
        out.append(feature(f"parcel-{i:03d}", {"type": "Polygon", "coordinates": [rect(x, y, x + w, y + h)]}, {
            "tmk": f"1-{rng.randint(1, 9)}-{rng.randint(1, 9)}-{rng.randint(1, 99):03d}-{rng.randint(1, 999):03d}",
            "zoning": zone,
            "area_m2": round(area, 1),
            "land_value_usd": int(area * rng.uniform(300, 2500)) // 1000 * 1000,
            "city": city[0],
        }))
    return out


def buildings_3d(rng: random.Random) -> list[dict]:
    uses = ["residential", "office", "hotel", "retail", "civic", "industrial"]
    out = []
    for i in range(1, COUNTS["buildings_3d"] + 1):
        downtown = i <= 70
        if downtown:  # Downtown, Kakaako and Waikiki towers
            x, y = rng.uniform(-157.870, -157.820), rng.uniform(21.276, 21.310)
            floors = rng.randint(4, 45)
        else:
            city = CITIES[rng.randrange(1, len(CITIES))]
            x, y = near(rng, city[1], city[2], 0.01)
            floors = rng.randint(1, 6)
        height = round(floors * rng.uniform(3.1, 3.8), 1)
        base = round(rng.uniform(1, 8) if downtown else rng.uniform(1, 60), 1)
        w, h = rng.uniform(0.0002, 0.0006), rng.uniform(0.0002, 0.0006)
        out.append(feature(f"bldg-{i:03d}", {
            "type": "Polygon", "coordinates": [rect(x, y, x + w, y + h, z=base + height)],
        }, {
            "use": rng.choice(uses[:4] if downtown else uses),
            "floors": floors,
            "height_m": height,
            "ground_elevation_m": base,
            "year_built": rng.randint(1925, 2024),
        }))
    return out


def parks(rng: random.Random) -> list[dict]:
    out = []
    for i, (name, lon, lat) in enumerate(PARKS, 1):
        r = rng.uniform(0.0015, 0.006)
        coords = ring(lon, lat, r * 1.1, r * 0.9, rng.randint(6, 12), rng, jitter=0.2)
        out.append(feature(f"park-{i:03d}", {"type": "Polygon", "coordinates": [coords]}, {
            "name": name,
            "kind": "beach_park" if "Beach" in name else ("state_park" if "State" in name else "park"),
            "area_ha": round(math.pi * (r * 1.1 * 103_900) * (r * 0.9 * 111_000) / 10_000, 1),
            "managed_by": "State of Hawaii" if "State" in name else "City and County of Honolulu",
            "restrooms": rng.random() < 0.8,
        }))
    return out


def water_bodies(rng: random.Random) -> list[dict]:
    out = []
    for i, (name, kind, lon, lat, r) in enumerate(WATER, 1):
        if kind == "canal":
            coords = rect(lon - 0.012, lat - 0.0006, lon + 0.012, lat + 0.0006)
        else:
            coords = ring(lon, lat, r * 1.2, r * 0.8, rng.randint(8, 14), rng, jitter=0.15)
        out.append(feature(f"water-{i:03d}", {"type": "Polygon", "coordinates": [coords]}, {
            "name": name,
            "kind": kind,
            "fresh": kind in ("reservoir", "lake", "marsh", "canal"),
            "area_ha": round(math.pi * (r * 1.2 * 103_900) * (r * 0.8 * 111_000) / 10_000, 1),
        }))
    return out


def admin_boundaries(rng: random.Random) -> list[dict]:
    """1 county + 8 districts (sectors around the island's centre) + 31 neighborhood boards."""
    out = []
    coast = [[r6(x), r6(y)] for x, y in OAHU] + [[r6(OAHU[0][0]), r6(OAHU[0][1])]]
    out.append(feature("admin-001", {"type": "MultiPolygon", "coordinates": [[coast]]}, {
        "name": "City and County of Honolulu", "level": "county", "parent": None,
        "population": 1016508,
    }))
    cx, cy = -157.98, 21.47
    n = len(OAHU)
    sectors = []
    for d, name in enumerate(DISTRICTS):
        lo, hi = d * n // len(DISTRICTS), (d + 1) * n // len(DISTRICTS)
        arc = [OAHU[k % n] for k in range(lo, hi + 1)]
        sector = [(cx, cy)] + arc + [(cx, cy)]
        sectors.append((name, sector))
        out.append(feature(f"admin-{d + 2:03d}", {
            "type": "Polygon", "coordinates": [[[r6(x), r6(y)] for x, y in sector]],
        }, {
            "name": name, "level": "district", "parent": "City and County of Honolulu",
            "population": rng.randint(40_000, 450_000),
        }))
    cells = []
    size = 0.065
    y = 21.26
    while y < 21.71:
        x = -158.28
        while x < -157.65:
            if point_in_polygon(x + size / 2, y + size / 2, OAHU):
                cells.append((x, y))
            x += size
        y += size
    want = COUNTS["admin_boundaries"] - len(out)
    if len(cells) < want:
        raise SystemExit(f"admin grid has {len(cells)} cells, need {want}")
    picked = [cells[k * len(cells) // want] for k in range(want)]  # spread over the island
    for k, (x, y) in enumerate(picked, 1):
        mx, my = x + size / 2, y + size / 2
        parent = next((nm for nm, sec in sectors if point_in_polygon(mx, my, sec)), DISTRICTS[0])
        out.append(feature(f"admin-{len(out) + 1:03d}", {
            "type": "Polygon", "coordinates": [rect(x, y, x + size, y + size)],
        }, {
            "name": f"Neighborhood Board {k}", "level": "neighborhood_board",
            "parent": parent, "population": rng.randint(3_000, 45_000),
        }))
    return out


GENERATORS = {
    "cities": ("Cities and towns", "Census-designated places on O'ahu (points).", cities),
    "poi": ("Points of interest", "Beaches, lookouts, schools and other places (points).", poi),
    "roads": ("Roads", "Road segments with class, lanes and speed limit (line strings).", roads),
    "transit_routes": ("Transit routes", "Bus and rail routes (multi line strings).", transit_routes),
    "parcels": ("Parcels", "Tax map parcels with zoning (polygons).", parcels),
    "buildings_3d": ("Buildings (3D)", "Building footprints with roof height as z (3D polygons).", buildings_3d),
    "parks": ("Parks", "City and state parks (polygons).", parks),
    "water_bodies": ("Water bodies", "Reservoirs, ponds, fishponds and lochs (polygons).", water_bodies),
    "admin_boundaries": ("Administrative boundaries", "County, districts and neighborhood boards.", admin_boundaries),
}


def render(name: str) -> str:
    title, description, gen = GENERATORS[name]
    rng = random.Random(f"honua-{name}-1")
    features = gen(rng)
    if len(features) != COUNTS[name]:
        raise SystemExit(f"{name}: generated {len(features)} features, expected {COUNTS[name]}")
    doc = {"type": "FeatureCollection", "name": name, "title": title, "description": description,
           "features": features}
    lines = [json.dumps({k: v for k, v in doc.items() if k != "features"}, ensure_ascii=False)[:-1]
             + ', "features": [']
    lines += [json.dumps(f, ensure_ascii=False) + ("," if k < len(features) - 1 else "")
              for k, f in enumerate(features)]
    lines.append("]}")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare with the files on disk")
    ap.add_argument("--out", type=Path, default=HERE, help="directory to write (default: beside this script)")
    args = ap.parse_args()
    stale = []
    for name in GENERATORS:
        path = args.out / f"{name}.geojson"
        text = render(name)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"{path.name}: {COUNTS[name]} features")
    if args.check and stale:
        print("out of date (run make_data.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    if not args.check:
        print(f"total: {TOTAL} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
