"""The generated corpus's categories and their GB/T 4754-2017 classes, in one table.

``CLASS_CODES`` is the single place a category's 小类 code lives; gold files and MANIFEST.csv
read it from here.  Codes checked against GB/T 4754-2017 (with 2019 amendment 1):
0151 仁果类和核果类水果种植, 1311 稻谷加工, 1441 液体乳制造, 1512 白酒制造, 1530 精制茶加工,
1821 运动休闲针织服装制造 (182 is split into 1821/1829),
2110 木质家具制造, 2641 涂料制造, 2682 化妆品制造,
3071 建筑陶瓷制品制造, 3851 家用制冷电器具制造, 3852 家用空气调节器制造,
3855 家用清洁卫生电器具制造, 3872 照明灯具制造, 4610 自来水生产和供应, 5012 住宅装饰和装修,
6020 快递服务, 6210 正餐服务, 7020 物业管理, 8010 家庭服务.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from std_extract_synth.model import Category, Group, MicroSpec, Spec

# The catalogues are data (catalog/*.json, one file per family of categories): what each category
# requires, with the national floors its levels are drawn around.  Order matters: documents are
# generated category by category in this order.
CATALOG_FILES = ("food.json", "goods.json", "appliances.json", "services.json")

# category key -> (GB/T 4754-2017 小类 code, 门类 letter)
CLASS_CODES: dict[str, tuple[str, str]] = {
    "鲜苹果": ("0151", "A"),
    "大米": ("1311", "C"),
    "发酵乳": ("1441", "C"),
    "白酒": ("1512", "C"),
    "绿茶": ("1530", "C"),
    "针织T恤衫": ("1821", "C"),
    "实木家具": ("2110", "C"),
    "水性内墙涂料": ("2641", "C"),
    "润肤乳液": ("2682", "C"),
    "陶瓷砖": ("3071", "C"),
    "家用电冰箱": ("3851", "C"),
    "房间空调器": ("3852", "C"),
    "洗衣机": ("3855", "C"),
    "LED平板灯": ("3872", "C"),
    "城镇供水服务": ("4610", "D"),
    "住宅装饰装修": ("5012", "E"),
    "快递服务": ("6020", "G"),
    "餐饮服务": ("6210", "H"),
    "物业服务": ("7020", "K"),
    "家政服务": ("8010", "O"),
}


def _frozen(value: Any) -> Any:
    """JSON arrays back to the tuples the frozen dataclasses hold (and compare and hash by)."""
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


def _spec(data: dict[str, Any]) -> Spec | MicroSpec:
    fields = {k: _frozen(v) for k, v in data.items() if k != "type"}
    return MicroSpec(**fields) if data["type"] == "micro" else Spec(**fields)


def _group(data: dict[str, Any]) -> Group:
    fields = {k: _frozen(v) for k, v in data.items() if k != "specs"}
    return Group(specs=tuple(_spec(s) for s in data["specs"]), **fields)


def _category(data: dict[str, Any]) -> Category:
    fields = {k: _frozen(v) for k, v in data.items() if k != "groups"}
    return Category(groups=tuple(_group(g) for g in data["groups"]), **fields)


def load_categories() -> tuple[Category, ...]:
    folder = resources.files("std_extract_synth") / "catalog"
    return tuple(
        _category(entry)
        for name in CATALOG_FILES
        for entry in json.loads((folder / name).read_text(encoding="utf-8"))["categories"]
    )


CATEGORIES: tuple[Category, ...] = load_categories()


def category_by_key(key: str) -> Category:
    for category in CATEGORIES:
        if category.key == key:
            return category
    raise KeyError(key)


def class_code(category: Category) -> str:
    return CLASS_CODES[category.key][0]


def section(category: Category) -> str:
    return CLASS_CODES[category.key][1]
