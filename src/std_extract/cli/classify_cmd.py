"""``std-extract classify`` and ``std-extract areas``: GB/T 4754-2017 classes of standards."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from std_extract.cli import app
from std_extract.cli.common import stderr, stdout, write_json_line


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class AreaLevel(StrEnum):
    section = "section"
    division = "division"
    group = "group"
    klass = "class"


@app.command()
def classify(
    inputs: Annotated[
        list[str] | None, typer.Argument(help="Product names, titles or standard PDF files.")
    ] = None,
    file: Annotated[Path | None, typer.Option("--file", help="A text file with one input per line.")] = None,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="text (a table) or json lines.")] = (
        OutputFormat.text
    ),
    evidence: Annotated[
        bool,
        typer.Option(
            "--evidence/--no-evidence",
            help="Under the table, each candidate's support: annotation items, lexicon terms, rules.",
        ),
    ] = True,
) -> None:
    """Classify products, titles or standard PDFs into GB/T 4754-2017 小类 with ranked candidates."""
    from std_extract.classify.batch import classify_inputs, read_inputs

    items = read_inputs(inputs or [], file)
    if not items:
        stderr.print("[red]nothing to classify[/red]: give text, PDF files or --file")
        raise typer.Exit(code=2)
    results = classify_inputs(items)
    if format is OutputFormat.json:
        for result in results:
            write_json_line(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        stdout.print(_results_table(results))
        if evidence:
            for line in _evidence_lines(results):
                stdout.print(line, markup=False, highlight=False)
    for result in results:
        if result.error:  # a parse error names its file already
            named = result.error.startswith(f"{Path(result.input).name}:")
            if named:
                stderr.print(result.error, markup=False)
            else:
                stderr.print(f"[red]{result.input}[/red]: {result.error}")
    if any(r.error for r in results):
        raise typer.Exit(code=1)


def _evidence_lines(results) -> list[str]:
    """Per input: the review estimate, then per candidate the votes behind it, strongest first, each
    with its component, how much it added (or, negative, took away) and what it rests on: the
    annotation row, the lexicon term, the rule, the model's score."""
    lines = []
    for r in results:
        c = r.classification
        label = Path(r.input).name if r.input.lower().endswith(".pdf") else r.input
        if c is not None and r.explanation is not None and r.explanation.no_class:
            lines += [f"{label}:", f"  无小类：{r.explanation.no_class}"]
            continue
        if c is None or not c.candidates:
            continue
        lines.append(f"{label}:")
        explanation = r.explanation
        if explanation is not None and explanation.estimate is not None:
            lines.append(f"  复核{'：是' if c.needs_review else '：否'}，{_review_line(explanation)}")
        support = {s.code: s.support for s in explanation.candidates} if explanation else {}
        for candidate in c.candidates[:3]:
            lines.append(f"  {candidate.code} {candidate.name} ({candidate.score:.2f})")
            if candidate.code in support:
                lines += [_support_line(s) for s in support[candidate.code]]
                continue
            for e in candidate.evidence:
                said = f" ← {e.text}" if e.text and e.text != e.term else ""
                lines.append(f"    [{_where(e)}] {e.term}{said}")
    return lines


MODEL_NAMES = {"retrieval": "注释近邻", "linear": "线性模型", "textcat": "文本分类模型"}


def _review_line(explanation) -> str:
    """The estimate against its threshold, and which models agree with the first class."""
    said = [f"{MODEL_NAMES.get(k, k)}{'同意' if v else '不同意'}" for k, v in explanation.agree.items()]
    return f"估计第一候选正确 {explanation.estimate:.2f}（阈值 {explanation.threshold:.2f}）" + (
        f"；{'、'.join(said)}" if said else ""
    )


def _support_line(s) -> str:
    area = f"（{s.code}）" if len(s.code) != 4 else ""
    return f"    {s.weight:+.2f} {s.label}{area} [{_where(s.evidence)}] {s.detail}"


def _where(e) -> str:
    return e.source + (f" {e.clause}" if e.clause else "")


def _results_table(results) -> Table:
    table = Table(show_lines=False)
    for column in ("输入", "小类", "名称", "得分", "复核", "门类/大类/中类", "其他候选"):
        table.add_column(column, overflow="fold")
    for r in results:
        c = r.classification
        label = Path(r.input).name if r.input.lower().endswith(".pdf") else r.input
        no_class = r.explanation.no_class if r.explanation is not None else None
        if c is not None and no_class:
            table.add_row(label, "-", f"无（{no_class}）", "", "", "", "")
            continue
        if c is None or c.code is None:
            table.add_row(label, "-", r.error or "无匹配", "", "是", "", "")
            continue
        path = " › ".join(f"{n.code}" for n in c.level_path[:-1])
        others = ", ".join(f"{x.code} ({x.score:.2f})" for x in c.candidates[1:3])
        table.add_row(label, c.code, c.name, f"{c.score:.2f}", "是" if c.needs_review else "", path, others)
    return table


@app.command()
def areas(
    query: Annotated[
        str, typer.Argument(help="A code (38, C, 385) or words of a name (制冷); empty: all.")
    ] = "",
    level: Annotated[AreaLevel | None, typer.Option("--level", "-l", help="Only this level.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="At most this many rows (0: all).")] = 0,
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="text (a table) or json lines.")] = (
        OutputFormat.text
    ),
) -> None:
    """List or search the GB/T 4754-2017 table (门类 / 大类 / 中类 / 小类)."""
    from std_extract.classify.table import load_table

    hits = load_table().search(query, level=level.value if level else None, limit=limit)
    if format is OutputFormat.json:
        for area, score in hits:
            write_json_line(json.dumps({**area.model_dump(), "score": round(score, 1)}, ensure_ascii=False))
        return
    table = Table()
    for column in ("代码", "层级", "名称", "上级"):
        table.add_column(column)
    for area, _ in hits:
        table.add_row(area.code, area.level_zh, area.name, area.parent or "")
    stdout.print(table)
    if not hits:
        stderr.print(f"no area matches {query!r}")
        raise typer.Exit(code=1)
