"""The QGIS suite: each collection loaded through QGIS' OAPIF provider (python3-qgis), headless.

One QgsApplication per pytest-xdist worker (session fixture); layers are made per test and
never shared, so workers and tests are independent. Needs QT_QPA_PLATFORM=offscreen where
there is no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # honua_client.py

import honua_client as hc  # noqa: E402

try:
    from qgis.core import QgsApplication, QgsVectorLayer
except ImportError as e:  # a clear message naming what is missing, not an import traceback
    raise pytest.UsageError(
        f"PyQGIS is not importable with {sys.executable} ({e}): install python3-qgis (Debian) "
        "and run this suite with the Python that has it"
    ) from None


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.read_only)
        item.add_marker(pytest.mark.qgis)


@pytest.fixture(scope="session")
def qgis_app():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    problem = hc.check_server()
    if problem:
        pytest.fail(problem, pytrace=False)
    yield app
    app.exitQgis()


@pytest.fixture
def load_layer(qgis_app):
    """Loads one collection through the OAPIF provider; fails with the provider's error."""

    def load(collection: str, page_size: int | None = None) -> QgsVectorLayer:
        uri = f"url='{hc.BASE_URL}' typename='{collection}' restrictToRequestBBOX='1'"
        if page_size:  # pages of this many features, followed through the next links
            uri += f" pageSize='{page_size}'"
        layer = QgsVectorLayer(uri, collection, "OAPIF")
        assert layer.isValid(), f"QGIS could not load {collection} from {hc.BASE_URL} through OAPIF"
        return layer

    return load
