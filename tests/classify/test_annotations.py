"""The annotation items of GB/T 4754-2017: names, the fixed split, and the shipped train data."""

from __future__ import annotations

from collections import Counter

import pytest

from std_extract.classify.annotations import (
    Item,
    default_items_path,
    evaluation_queries,
    item_names,
    load_annotation_names,
    read_items,
    split_list,
    split_of,
    to_names,
    write_names,
)
from std_extract.classify.table import load_table
from std_extract.textnorm import compact

needs_items = pytest.mark.skipif(
    not default_items_path().is_file(), reason="../shared/gbt4754-notes/items.tsv is absent"
)


def test_annotations_head_and_list_item_gives_head_and_names():
    item = Item(
        item="彩色电视机：显像管彩色电视机、液晶（LCD）电视机、其他彩色电视机", code="3951", kind="include"
    )
    assert item.head == "彩色电视机"
    assert item_names(item) == ["彩色电视机", "显像管彩色电视机", "液晶(LCD)电视机", "其他彩色电视机"]


def test_annotations_list_keeps_commas_inside_brackets_and_drops_deng():
    names = split_list("切丝机（加工水果、蔬菜用），水果破碎机，拨音琴附件等")
    assert names == ["切丝机(加工水果、蔬菜用)", "水果破碎机", "拨音琴附件"]


def test_annotations_exclude_item_loses_its_redirect_clause():
    item = Item(
        item="水力、火力发电设备安装，分别列入4872（水力发电工程施工）、4871（火力发电工程施工）",
        code="4872|4871",
        kind="exclude",
        from_code="4910",
    )
    assert item.head == "水力、火力发电设备安装"
    assert item.targets == ("4872", "4871")
    names = to_names([item])
    assert {(n.name, n.code, n.from_code) for n in names} >= {("水力、火力发电设备安装", "4872", "4910")}


def test_annotations_split_is_by_head_name():
    # Two rows with one head always fall into one split, whatever else they say.
    a = Item(item="继电器：电磁继电器", code="3824", kind="include")
    b = Item(item="继电器", code="3823", kind="include")
    assert split_of(a) == split_of(b)


def test_annotations_shipped_names_use_codes_of_the_table():
    table = load_table()
    names = load_annotation_names()
    assert len(names) > 10_000
    for n in names:
        assert n.code == "" or table[n.code].level == "class"
        assert n.kind == "include" or table[n.from_code].level == "class"


@needs_items
def test_annotations_split_shares_are_near_30_10_60():
    counts = Counter(split_of(i) for i in read_items())
    total = sum(counts.values())
    assert abs(counts["test"] / total - 0.30) < 0.03
    assert abs(counts["dev"] / total - 0.10) < 0.02


@needs_items
def test_annotations_shipped_data_is_the_train_split_exactly():
    # Rebuilding from items.tsv gives the shipped file (the file is data made by build(), not edited).
    from std_extract.classify.annotations import NAMES_FILE, build
    from std_extract.resources import models_dir

    shipped = models_dir().joinpath(*NAMES_FILE.split("/")).read_text(encoding="utf-8")
    items = read_items()
    kept = {compact(n) for i in items if split_of(i) != "train" for n in item_names(i)}
    rebuilt = write_names(
        [n for n in to_names([i for i in items if split_of(i) == "train"]) if compact(n.name) not in kept]
    )
    assert shipped == rebuilt
    assert build  # the command that writes it


@needs_items
def test_annotations_no_measured_name_is_shipped():
    shipped = {compact(n.name) for n in load_annotation_names()}
    for split in ("dev", "test"):
        for listed in (False, True):
            queries = evaluation_queries(split, listed=listed)
            assert queries
            assert not [name for name, _ in queries if compact(name) in shipped]


@needs_items
def test_annotations_all_rows_file_is_every_split_rebuilt():
    # The shipped build's knowledge: every row's names (all three splits), rebuilt byte for byte.
    from std_extract.classify.annotations import ALL_NAMES_FILE
    from std_extract.resources import models_dir

    shipped = models_dir().joinpath(*ALL_NAMES_FILE.split("/")).read_text(encoding="utf-8")
    assert shipped == write_names(to_names(read_items()))
    every = {compact(n.name) for n in load_annotation_names(ALL_NAMES_FILE)}
    heads = [name for name, _ in evaluation_queries("test")]
    assert sum(compact(name) in every for name in heads) / len(heads) > 0.95


def test_annotations_measurement_build_reads_the_train_split_only():
    # Every figure on the annotation splits comes from the train-only build, never from the shipped
    # knowledge of every row: the two classifiers' retrieval indexes differ by exactly that.
    from std_extract.classify.annotations import ALL_NAMES_FILE, NAMES_FILE
    from std_extract.classify.classifier import (
        load_classifier,
        load_config,
        load_measurement_classifier,
        measurement_config,
    )

    shipped = load_config()["components"]
    assert shipped["retrieval"]["names"] == ALL_NAMES_FILE
    measured = measurement_config(load_config())["components"]
    assert measured["retrieval"]["names"] == measured["redirect"]["names"] == NAMES_FILE
    indexes = {
        c.name: c.index.names  # type: ignore[attr-defined]
        for c in load_measurement_classifier().components
        if c.name in ("retrieval", "redirect")
    }
    train = {compact(n.name) for n in load_annotation_names(NAMES_FILE)}
    assert {compact(n.text) for n in indexes["retrieval"] if n.origin == "annotation"} <= train
    every = load_classifier().components
    retrieval = next(c for c in every if c.name == "retrieval")
    assert len(retrieval.index.names) > len(indexes["retrieval"])  # type: ignore[attr-defined]


def test_annotations_measurement_build_reads_train_split_models():
    # The shipped linear models learned every annotation row (linear/*_all.npz); the measurement
    # build swaps each for the model learned from the train split, so no measured name was learned.
    from std_extract.classify.classifier import MEASUREMENT_FILES, load_config, measurement_config

    shipped = load_config()["components"]
    measured = measurement_config(load_config())["components"]
    assert shipped["linear"]["path"] == "linear/model_all.npz"
    assert shipped["linear_group"]["path"] == "linear/group_all.npz"
    assert measured["linear"]["path"] == "linear/model.npz"
    assert measured["linear_group"]["path"] == "linear/group.npz"
    for spec in measured.values():
        for key in ("names", "path"):
            assert spec.get(key) not in MEASUREMENT_FILES  # nothing of the shipped knowledge is left
    assert measured["lexicon"] == shipped["lexicon"]  # a component that reads no such file is untouched


def test_annotations_measurement_config_negative_twin():
    # A setting that is not a file of models/ keeps its value, even when it is spelled like one.
    from std_extract.classify.classifier import measurement_config

    config = {"components": {"x": {"factory": "x.v1", "label": "linear/model_all.npz", "weight": 1.0}}}
    assert measurement_config(config) == config
