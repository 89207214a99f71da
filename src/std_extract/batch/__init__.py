"""The batch run: a folder of standards in, records, indicator tables and rankings out.

    parse -> extract -> normalise -> classify   (per file, in a process pool, cached by sha256)
    -> apply reviewers' corrections -> rank     (over all records)
    -> documents.jsonl, errors.jsonl, indicators.csv/.parquet, rankings.json, candidates.csv,
       below_floor.csv, report-<plan>.html

Resumable: every finished file's record is written to the cache at once (atomically), keyed by
the file's sha256 and the pipeline version, so an interrupted run loses nothing already done and
a re-run over unchanged files does no parsing work.  The run's own process holds no record while
they come in (batch.spool: they wait on disk) and streams them through the reduce step, keeping
what the rankings read (batch.outputs.ranking_form) on disk too (batch.rankstore), and ranks and
writes one plan at a time (batch.rankings): its memory grows with the largest plan, not the run.
"""

from std_extract.batch.run import BatchProgress, BatchSummary, run_batch

__all__ = ["BatchProgress", "BatchSummary", "run_batch"]
