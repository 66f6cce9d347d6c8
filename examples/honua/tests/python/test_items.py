"""Items: paging with limit/offset and next links, bbox filters."""

import pytest

import honua_client as hc


@pytest.mark.smoke
@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_first_page_has_the_default_limit(collection):
    r = hc.get(f"/collections/{collection}/items")
    assert r.status == 200
    assert r.content_type.startswith("application/geo+json")
    doc = r.json()
    assert doc["type"] == "FeatureCollection"
    assert doc["numberReturned"] == len(doc["features"]) == 10
    assert doc["numberMatched"] == hc.EXPECTED_COUNTS[collection]


@pytest.mark.integration
@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_next_links_page_through_every_feature_once(collection):
    ids, href, pages = [], hc.url(f"/collections/{collection}/items", {"limit": 7}), 0
    while href:
        doc = hc.get_json(href)
        ids += [f["id"] for f in doc["features"]]
        href, pages = hc.link(doc, "next"), pages + 1
    assert len(ids) == len(set(ids)) == hc.EXPECTED_COUNTS[collection]
    assert pages == -(-hc.EXPECTED_COUNTS[collection] // 7)


@pytest.mark.parametrize("limit", [1, 5, 39, 40, 41, 10000])
def test_limit(limit):
    doc = hc.get_json("/collections/cities/items", {"limit": limit})
    assert doc["numberReturned"] == min(limit, 40)
    assert (hc.link(doc, "next") is not None) == (limit < 40)


@pytest.mark.parametrize("offset,returned", [(0, 10), (35, 5), (39, 1), (40, 0), (1000, 0)])
def test_offset(offset, returned):
    doc = hc.get_json("/collections/cities/items", {"offset": offset})
    assert doc["numberReturned"] == returned
    assert doc["numberMatched"] == 40


def test_offset_continues_where_the_page_ended():
    whole = [f["id"] for f in hc.get_json("/collections/poi/items", {"limit": 30})["features"]]
    second = [f["id"] for f in hc.get_json("/collections/poi/items", {"limit": 15, "offset": 15})["features"]]
    assert second == whole[15:]


def test_prev_link_goes_back_one_page():
    doc = hc.get_json("/collections/roads/items", {"limit": 20, "offset": 40})
    prev = hc.get_json(hc.link(doc, "prev"))
    assert [f["id"] for f in prev["features"]] == [
        f["id"] for f in hc.get_json("/collections/roads/items", {"limit": 20, "offset": 20})["features"]
    ]


def test_first_page_has_no_prev_link():
    assert hc.link(hc.get_json("/collections/roads/items"), "prev") is None


@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_bbox_of_the_whole_extent_matches_everything(collection, collection_by_id):
    [box] = collection_by_id[collection]["extent"]["spatial"]["bbox"]
    doc = hc.get_json(f"/collections/{collection}/items", {"bbox": ",".join(map(str, box)), "limit": 1})
    assert doc["numberMatched"] == hc.EXPECTED_COUNTS[collection]


@pytest.mark.integration
@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_bbox_returns_exactly_the_features_that_touch_it(collection, collection_by_id):
    [[minx, miny, maxx, maxy]] = collection_by_id[collection]["extent"]["spatial"]["bbox"]
    box = (minx, miny, (minx + maxx) / 2, (miny + maxy) / 2)  # the south-west quarter
    got = {f["id"] for f in hc.all_features(collection, {"bbox": ",".join(map(str, box))})}
    want = set()
    for f in hc.all_features(collection):
        fx0, fy0, fx1, fy1 = hc.bounds(f["geometry"])
        if fx1 >= box[0] and fx0 <= box[2] and fy1 >= box[1] and fy0 <= box[3]:
            want.add(f["id"])
    assert got == want
    assert 0 < len(got) < hc.EXPECTED_COUNTS[collection]


def test_bbox_in_the_ocean_matches_nothing():
    doc = hc.get_json("/collections/parcels/items", {"bbox": "-150,10,-149,11"})
    assert (doc["numberMatched"], doc["features"]) == (0, [])


def test_bbox_is_kept_in_the_next_link():
    doc = hc.get_json("/collections/poi/items", {"bbox": "-158.3,21.2,-157.6,21.8", "limit": 5})
    assert "bbox=-158.3%2C21.2%2C-157.6%2C21.8" in hc.link(doc, "next")
