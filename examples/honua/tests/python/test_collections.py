"""The collections list and each collection's document."""

import pytest

import honua_client as hc


@pytest.mark.smoke
def test_nine_collections_in_their_order(collections_doc):
    ids = [c["id"] for c in collections_doc["collections"]]
    assert sorted(ids) == hc.COLLECTIONS
    assert len(ids) == 9


@pytest.mark.smoke
def test_item_counts_add_up_to_685(collections_doc):
    assert sum(c["itemCount"] for c in collections_doc["collections"]) == hc.EXPECTED_TOTAL


@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_collection_document(collection, collection_by_id):
    doc = hc.get_json(f"/collections/{collection}")
    assert doc == collection_by_id[collection]
    assert doc["itemCount"] == hc.EXPECTED_COUNTS[collection]
    assert doc["crs"] == [hc.CRS84]
    assert doc["itemType"] == "feature"
    assert hc.link(doc, "items").endswith(f"/collections/{collection}/items")


@pytest.mark.integration
@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_extent_is_the_tight_box_around_every_feature(collection, collection_by_id):
    [[minx, miny, maxx, maxy]] = collection_by_id[collection]["extent"]["spatial"]["bbox"]
    boxes = [hc.bounds(f["geometry"]) for f in hc.all_features(collection)]
    assert min(b[0] for b in boxes) == pytest.approx(minx)
    assert min(b[1] for b in boxes) == pytest.approx(miny)
    assert max(b[2] for b in boxes) == pytest.approx(maxx)
    assert max(b[3] for b in boxes) == pytest.approx(maxy)


@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_geometry_types_match_the_features(collection, collection_by_id):
    declared = set(collection_by_id[collection]["geometryTypes"])
    assert {f["geometry"]["type"] for f in hc.all_features(collection)} == declared
