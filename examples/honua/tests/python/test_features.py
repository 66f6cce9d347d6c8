"""Single features."""

import pytest

import honua_client as hc


@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_each_listed_feature_is_there_by_id(collection):
    listed = hc.get_json(f"/collections/{collection}/items", {"limit": 3})["features"]
    for feature in listed:
        doc = hc.get_json(f"/collections/{collection}/items/{feature['id']}")
        assert {k: doc[k] for k in ("type", "id", "geometry", "properties")} == feature
        assert hc.link(doc, "self").endswith(f"/collections/{collection}/items/{feature['id']}")
        assert hc.link(doc, "collection").endswith(f"/collections/{collection}")


@pytest.mark.smoke
def test_honolulu():
    doc = hc.get_json("/collections/cities/items/city-001")
    assert doc["properties"]["name"] == "Honolulu"
    assert doc["geometry"] == {"type": "Point", "coordinates": [-157.8583, 21.3069]}


def test_a_feature_of_another_collection_is_not_found():
    r = hc.get("/collections/roads/items/city-001")
    assert r.status == 404
    assert r.json()["code"] == "NotFound"
