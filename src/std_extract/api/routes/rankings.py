"""``/v1/rankings`` and ``/v1/plans``: top-runner rankings over the stored, processed documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from std_extract.api.errors import ApiError, responses
from std_extract.api.keys import require_read_key
from std_extract.api.models import RankingRequest, RankingResponse
from std_extract.api.state import ApiState, api_state
from std_extract.rank import Plan, rank, select_plans
from std_extract.record import DocumentRecord

router = APIRouter(tags=["rankings"])
State = Annotated[ApiState, Depends(api_state)]


@router.get(
    "/v1/plans",
    response_model=list[Plan],
    responses=responses(422),
    summary="The evaluation plans this server ranks under",
)
def list_plans(api: State) -> list[Plan]:
    return api.plans


@router.post(
    "/v1/rankings",
    response_model=RankingResponse,
    dependencies=[Depends(require_read_key)],  # ranking computes, stores nothing: a read
    responses=responses(400, 401, 403, 404, 409, 422),
    summary="Rank stored documents under a plan (or every plan)",
)
def create_ranking(api: State, request: RankingRequest) -> RankingResponse:
    """Rank the done documents (all, or those listed) as ``std-extract rank`` ranks records:
    tiers per core indicator, candidates, levels below the mandatory floor.  The drafting gates
    see each record's drafting structure (chapters, normative references).  Values flagged for
    review are left out unless ``include_unreviewed``."""
    try:
        plans = select_plans(api.plans, request.plan)
    except KeyError:
        known = [p.id for p in api.plans]
        raise ApiError(404, "unknown_plan", f"no plan {request.plan!r}", {"known": known}) from None
    if request.documents is not None:
        _check_rankable(api, request.documents)
    records = [DocumentRecord.model_validate_json(r) for _, r in api.store.done_records(request.documents)]
    result = rank(records, plans, include_unreviewed=request.include_unreviewed)
    return RankingResponse(
        documents=len(records),
        plans=result.plans,
        candidates={p.plan.id: p.candidates for p in result.plans},
        unassigned=result.unassigned,
    )


def _check_rankable(api: ApiState, ids: list[str]) -> None:
    statuses = api.store.statuses(ids)
    missing = sorted(set(ids) - set(statuses))
    if missing:
        raise ApiError(404, "not_found", f"{len(missing)} unknown document id(s)", {"ids": missing[:100]})
    not_done = sorted(i for i, s in statuses.items() if s != "done")
    if not_done:
        detail = {"ids": not_done[:100], "statuses": {i: statuses[i] for i in not_done[:100]}}
        raise ApiError(409, "not_done", f"{len(not_done)} document(s) are not done", detail)
