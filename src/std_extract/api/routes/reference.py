"""Reference data: the GB/T 4754-2017 table, the published JSON Schemas, and health."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query

from std_extract import SCHEMA_VERSION, __version__
from std_extract.api.errors import ApiError, responses
from std_extract.api.models import AreaHit, Health
from std_extract.api.state import ApiState, api_state
from std_extract.schemas import SCHEMAS, schema

router = APIRouter(tags=["reference"])
State = Annotated[ApiState, Depends(api_state)]


@router.get(
    "/v1/areas",
    response_model=list[AreaHit],
    responses=responses(422),
    summary="Search the GB/T 4754-2017 table",
)
def search_areas(
    q: Annotated[
        str, Query(description="A code (38, C, 385) or words of a name (制冷); empty: all.", max_length=200)
    ] = "",
    level: Annotated[Literal["section", "division", "group", "class"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=0, le=2000, description="At most this many (0: all).")] = 20,
) -> list[AreaHit]:
    from std_extract.classify.table import load_table

    hits = load_table().search(q, level=level, limit=limit)
    return [AreaHit(**area.model_dump(), score=round(score, 1)) for area, score in hits]


@router.get(
    "/v1/schema/{name}",
    response_model=dict[str, Any],
    responses=responses(404, 422),
    summary="A published JSON Schema (document, error, indicator-row, rankings)",
)
def get_schema(name: Annotated[str, Path(description=f"One of: {', '.join(SCHEMAS)}.", max_length=100)]):
    if name not in SCHEMAS:
        raise ApiError(404, "unknown_schema", f"no schema {name!r}", {"known": list(SCHEMAS)})
    return schema(name)


@router.get(
    "/healthz", response_model=Health, responses=responses(422, 503), summary="Liveness and queue counts"
)
def health(api: State) -> Health:
    from std_extract.pipeline import pipeline_version

    try:
        jobs = api.store.counts()
    except Exception as exc:  # noqa: BLE001 - any database failure means "not healthy"
        raise ApiError(
            503, "database_unavailable", f"the database does not answer: {type(exc).__name__}"
        ) from exc
    return Health(
        status="ok",
        version=__version__,
        schema_version=SCHEMA_VERSION,
        pipeline_version=pipeline_version(),
        database=api.store.dialect,
        workers=api.settings.workers if api.settings.start_workers else 0,
        jobs=jobs,
    )
