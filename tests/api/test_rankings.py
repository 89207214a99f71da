"""Rankings, plans, areas and schemas through a live server, against the library's answers."""

from __future__ import annotations

import csv

import pytest
from corpora import GENERATED, generated_pdfs

from std_extract.rank import load_plans, rank, select_plans
from std_extract.record import DocumentRecord
from std_extract.schemas import SCHEMAS, schema

from .server import ReferenceRun, upload, wait_done

CATEGORY = "家用电冰箱"  # six generated refrigerator standards: enough participants to publish tiers


def _category_pdfs(category: str):
    paths = {p.name: p for p in generated_pdfs()}
    with (GENERATED / "MANIFEST.csv").open(encoding="utf-8") as handle:
        names = [row["file"] for row in csv.DictReader(handle) if row["category"] == category]
    if not names:
        pytest.skip(f"no {category} standards in {GENERATED}")
    return [paths[n] for n in names if n in paths]


def test_rankings_equal_the_librarys_rank(shared_server):
    client = shared_server.client
    paths = _category_pdfs(CATEGORY)
    reference = ReferenceRun(paths)  # runs beside the server, not after it
    ids = [a["id"] for a in upload(client, paths)]
    wait_done(client, ids)
    response = client.post("/v1/rankings", json={"plan": "auto", "documents": ids})
    assert response.status_code == 200, response.text
    body = response.json()

    records = [DocumentRecord.model_validate(r) for r in reference.records()]
    expected = rank(records, load_plans()).model_dump(mode="json")
    assert body["documents"] == len(paths)
    assert _without_paths(body["plans"]) == _without_paths(expected["plans"])
    assert _without_paths(body["unassigned"]) == _without_paths(expected["unassigned"])
    assert body["candidates"] == {p["plan"]["id"]: p["candidates"] for p in body["plans"]}
    assert any(p["assigned"] == len(paths) for p in body["plans"]), "the plan for the category took them all"


def test_rankings_one_plan_by_id(shared_server):
    client = shared_server.client
    plan_id = client.get("/v1/plans").json()[0]["id"]
    body = client.post("/v1/rankings", json={"plan": plan_id}).json()
    assert [p["plan"]["id"] for p in body["plans"]] == [plan_id]


def test_rankings_plans_are_the_shipped_plans(shared_server):
    plans = shared_server.client.get("/v1/plans").json()
    assert plans == [p.model_dump(mode="json") for p in select_plans(load_plans(), "auto")]


def test_rankings_areas_search_the_gbt4754_table(shared_server):
    from std_extract.classify.table import load_table

    hits = shared_server.client.get("/v1/areas", params={"q": "制冷"}).json()
    expected = load_table().search("制冷", limit=20)
    assert [h["code"] for h in hits] == [a.code for a, _ in expected]
    assert any("制冷" in h["name"] for h in hits)
    classes = shared_server.client.get("/v1/areas", params={"q": "38", "level": "class", "limit": 0}).json()
    assert classes and all(h["level"] == "class" and h["code"].startswith("38") for h in classes)


def test_rankings_schemas_are_the_published_ones(shared_server):
    for name in SCHEMAS:
        assert shared_server.client.get(f"/v1/schema/{name}").json() == schema(name)


def _without_paths(value):
    """Record paths differ by design (the API names the uploaded file); everything else must not."""
    if isinstance(value, dict):
        return {k: _without_paths(v) for k, v in value.items() if k != "path"}
    if isinstance(value, list):
        return [_without_paths(v) for v in value]
    return value
