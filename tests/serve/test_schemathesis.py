"""Property-based requests generated from the OpenAPI document: whatever they send, never a 5xx."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings

from havoc_cli.server.app import ROUTES
from havoc_cli.server.openapi import openapi_document

schema = schemathesis.openapi.from_dict(openapi_document(ROUTES))


@schema.parametrize()
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case, base_url, client):
    assert client.get("/openapi.json").json() == schema.raw_schema  # the document tested is the one served
    response = case.call(base_url=base_url, timeout=30)
    assert response.status_code < 500, (case.method, case.path, case.body, response.text)
