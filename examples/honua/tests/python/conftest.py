"""The Python suite: HTTP tests against the example server (HONUA_BASE_URL). Written for
pytest-xdist: no test writes anything or depends on another; each worker keeps only read-only,
session-scoped data fetched from the server."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # honua_client.py

import honua_client as hc  # noqa: E402


def pytest_collection_modifyitems(items):
    # Every test here only reads: the server has no write route.
    for item in items:
        item.add_marker(pytest.mark.read_only)


@pytest.fixture(scope="session", autouse=True)
def server_up():
    problem = hc.check_server()
    if problem:
        # Every test errors with this one message (a missing server is never a pass).
        pytest.fail(problem, pytrace=False)


@pytest.fixture(scope="session")
def collections_doc() -> dict:
    return hc.get_json("/collections")


@pytest.fixture(scope="session")
def collection_by_id(collections_doc) -> dict:
    return {c["id"]: c for c in collections_doc["collections"]}
