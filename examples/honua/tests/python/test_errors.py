"""Error responses: JSON {code, description} with the right status."""

import pytest

import honua_client as hc


@pytest.mark.parametrize(
    "path",
    ["/nope", "/collections/nope", "/collections/nope/items", "/collections/cities/items/nope", "/collections/cities/x"],
)
def test_not_found(path):
    r = hc.get(path)
    assert r.status == 404
    assert r.content_type.startswith("application/json")
    body = r.json()
    assert body["code"] == "NotFound"
    assert body["description"]


@pytest.mark.parametrize(
    "params,fragment",
    [
        ({"limit": 0}, "between 1 and 10000"),
        ({"limit": 10001}, "between 1 and 10000"),
        ({"limit": "ten"}, "must be an integer"),
        ({"offset": -1}, "between 0"),
        ({"bbox": "1,2,3"}, "4 numbers"),
        ({"bbox": "a,b,c,d"}, "not a number"),
        ({"bbox": "-200,0,0,1"}, "outside lon/lat"),
        ({"bbox": "1,1,0,0"}, "must not exceed"),
        ({"bbox": "nan,0,1,1"}, "finite"),
        ({"f": "xml"}, "only json"),
    ],
)
def test_bad_parameter(params, fragment):
    r = hc.get("/collections/cities/items", params)
    assert r.status == 400
    body = r.json()
    assert body["code"] == "InvalidParameterValue"
    assert fragment in body["description"]


def test_a_parameter_given_twice():
    r = hc.get(hc.url("/collections/cities/items") + "?limit=1&limit=2")
    assert r.status == 400
    assert "more than once" in r.json()["description"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_writes_are_refused(method):
    r = hc.request(method, "/collections/cities/items")
    assert r.status == 405
    assert r.json()["code"] == "MethodNotAllowed"
