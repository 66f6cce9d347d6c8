"""Landing page, conformance, health and the API document."""

import pytest

import honua_client as hc

pytestmark = pytest.mark.smoke


def test_health_reports_nine_collections_and_685_features():
    assert hc.get_json("/health") == {"status": "ok", "collections": 9, "features": hc.EXPECTED_TOTAL}


def test_landing_page_is_json_with_a_title():
    r = hc.get("/")
    assert r.status == 200
    assert r.content_type.startswith("application/json")
    assert r.json()["title"] == "Honua test server"


@pytest.mark.parametrize("rel", ["self", "service-desc", "conformance", "data", "status"])
def test_landing_page_links(rel):
    href = hc.link(hc.get_json("/"), rel)
    assert href is not None, f"no {rel} link"
    assert href.startswith("http://"), href


@pytest.mark.integration
@pytest.mark.parametrize("rel", ["self", "service-desc", "conformance", "data", "status"])
def test_landing_page_links_lead_to_json(rel):
    r = hc.get(hc.link(hc.get_json("/"), rel))
    assert r.status == 200
    assert isinstance(r.json(), dict)


def test_conformance_lists_core_and_geojson():
    conforms = hc.get_json("/conformance")["conformsTo"]
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core" in conforms
    assert "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson" in conforms


def test_api_document_is_openapi_3():
    r = hc.get("/api")
    assert r.status == 200
    assert r.content_type.startswith("application/vnd.oai.openapi+json")
    assert r.json()["openapi"].startswith("3.0.")


def test_api_document_states_the_limit_bounds():
    schema = hc.get_json("/api")["components"]["parameters"]["limit"]["schema"]
    assert (schema["default"], schema["minimum"], schema["maximum"]) == (10, 1, 10000)


@pytest.mark.parametrize("collection", hc.COLLECTIONS)
def test_api_document_has_each_items_path(collection):
    paths = hc.get_json("/api")["paths"]
    refs = [p["$ref"] for p in paths[f"/collections/{collection}/items"]["get"]["parameters"]]
    assert refs == ["#/components/parameters/limit", "#/components/parameters/offset", "#/components/parameters/bbox"]


def test_head_answers_without_a_body():
    r = hc.request("HEAD", "/health")
    assert (r.status, r.body) == (200, b"")


def test_f_json_is_accepted():
    assert hc.get("/", {"f": "json"}).status == 200
