"""The nine collections as QGIS sees them: counts, CRS, extent, fields, bbox and expression filters."""

import pytest
from qgis.core import QgsExpression, QgsFeatureRequest, QgsRectangle, QgsWkbTypes

import honua_client as hc

GEOMETRY = {  # the server's geometry types -> QGIS' geometry type
    "Point": QgsWkbTypes.PointGeometry,
    "LineString": QgsWkbTypes.LineGeometry,
    "MultiLineString": QgsWkbTypes.LineGeometry,
    "Polygon": QgsWkbTypes.PolygonGeometry,
    "MultiPolygon": QgsWkbTypes.PolygonGeometry,
}


@pytest.fixture(scope="module")
def collection_by_id():
    return {c["id"]: c for c in hc.get_json("/collections")["collections"]}


@pytest.mark.smoke
@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_feature_count(collection, load_layer):
    layer = load_layer(collection)
    assert layer.featureCount() == hc.EXPECTED_COUNTS[collection]


@pytest.mark.integration
@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_every_feature_comes_through_paging(collection, load_layer):
    # The provider pages with limit and the next links; every id must arrive exactly once.
    ids = [f.attribute("id") for f in load_layer(collection, page_size=25).getFeatures()]
    want = [f["id"] for f in hc.all_features(collection)]
    assert sorted(ids) == sorted(want)


@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_crs_is_wgs84(collection, load_layer):
    assert load_layer(collection).crs().authid() == "EPSG:4326"


@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_extent_matches_the_collection(collection, load_layer, collection_by_id):
    [[minx, miny, maxx, maxy]] = collection_by_id[collection]["extent"]["spatial"]["bbox"]
    extent = load_layer(collection).extent()
    got = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    assert got == pytest.approx((minx, miny, maxx, maxy), abs=1e-6)


@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_geometry_type_and_fields(collection, load_layer, collection_by_id):
    layer = load_layer(collection)
    declared = {GEOMETRY[t] for t in collection_by_id[collection]["geometryTypes"]}
    assert {layer.geometryType()} == declared
    first = hc.get_json(f"/collections/{collection}/items", {"limit": 1})["features"][0]
    assert set(first["properties"]) <= set(layer.fields().names())


@pytest.mark.integration
@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_bbox_request(collection, load_layer, collection_by_id):
    # A rectangle filter goes to the server as bbox= (features whose box touches it); QGIS then
    # keeps those whose geometry does. So: within the server's answer, and every feature with a
    # vertex inside the rectangle is there.
    [[minx, miny, maxx, maxy]] = collection_by_id[collection]["extent"]["spatial"]["bbox"]
    box = (minx, miny, (minx + maxx) / 2, (miny + maxy) / 2)
    request = QgsFeatureRequest().setFilterRect(QgsRectangle(*box))
    got = {f.attribute("id") for f in load_layer(collection).getFeatures(request)}
    candidates = hc.all_features(collection, {"bbox": ",".join(map(str, box))})
    inside = {
        f["id"]
        for f in candidates
        if any(box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in hc.positions(f["geometry"]))
    }
    assert inside <= got <= {f["id"] for f in candidates}
    assert 0 < len(got) < hc.EXPECTED_COUNTS[collection]


@pytest.mark.parametrize(
    "collection,expression,expected",
    [
        ("cities", "\"name\" = 'Honolulu'", 1),
        ("cities", '"capital"', 1),
        ("roads", "\"class\" = 'freeway'", None),
        ("parcels", '"area_m2" > 10000', None),
    ],
)
def test_expression_filter(collection, expression, expected, load_layer):
    request = QgsFeatureRequest(QgsExpression(expression))
    got = sum(1 for _ in load_layer(collection).getFeatures(request))
    props = [f["properties"] for f in hc.all_features(collection)]
    want = {
        "\"name\" = 'Honolulu'": lambda p: p["name"] == "Honolulu",
        '"capital"': lambda p: bool(p["capital"]),
        "\"class\" = 'freeway'": lambda p: p["class"] == "freeway",
        '"area_m2" > 10000': lambda p: p["area_m2"] > 10000,
    }[expression]
    assert got == sum(1 for p in props if want(p))
    if expected is not None:
        assert got == expected
    assert got > 0
