"""Fictitious enterprises, standard numbers and dates.

Enterprise codes follow the self-declaration platform's habits: a region code plus the
enterprise's pinyin initials (Q/320115JHLY 001—2024), initials only, or, for food, a four-digit
serial with S (Q/JHLY 0001S—2023).  Names are made up from syllables; any likeness to a real
enterprise is chance.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

# (administrative division code, city)
REGIONS = (
    ("320115", "南京"),
    ("330106", "杭州"),
    ("440305", "深圳"),
    ("370211", "青岛"),
    ("510107", "成都"),
    ("420111", "武汉"),
    ("350203", "厦门"),
    ("410105", "郑州"),
    ("230102", "哈尔滨"),
    ("120116", "天津"),
    ("110108", "北京"),
    ("310115", "上海"),
    ("340104", "合肥"),
    ("610113", "西安"),
    ("430104", "长沙"),
    ("440606", "佛山"),
    ("320583", "昆山"),
    ("330782", "义乌"),
    ("441900", "东莞"),
    ("371002", "威海"),
)

# (syllable, pinyin initial)
SYLLABLES = (
    ("金", "J"),
    ("华", "H"),
    ("瑞", "R"),
    ("丰", "F"),
    ("嘉", "J"),
    ("禾", "H"),
    ("源", "Y"),
    ("康", "K"),
    ("泰", "T"),
    ("鑫", "X"),
    ("宏", "H"),
    ("达", "D"),
    ("润", "R"),
    ("美", "M"),
    ("乐", "L"),
    ("安", "A"),
    ("佳", "J"),
    ("恒", "H"),
    ("盛", "S"),
    ("隆", "L"),
    ("兴", "X"),
    ("晨", "C"),
    ("光", "G"),
    ("明", "M"),
    ("欣", "X"),
    ("福", "F"),
    ("宝", "B"),
    ("顺", "S"),
    ("通", "T"),
    ("和", "H"),
    ("正", "Z"),
    ("远", "Y"),
    ("青", "Q"),
    ("绿", "L"),
    ("天", "T"),
    ("益", "Y"),
    ("新", "X"),
    ("中", "Z"),
    ("汇", "H"),
    ("聚", "J"),
)

FORMS = ("有限公司", "有限公司", "股份有限公司", "集团有限公司", "科技有限公司")
SURNAMES = "王李张刘陈杨黄赵周吴徐孙朱马胡郭林何高罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红"


@dataclass(frozen=True)
class Enterprise:
    name: str
    region: str
    initials: str
    city: str


def make_enterprises(business: str, count: int, rng: random.Random) -> list[Enterprise]:
    """``count`` distinct enterprises of one trade (distinct initials, so numbers never clash)."""
    out: list[Enterprise] = []
    seen: set[str] = set()
    while len(out) < count:
        region, city = rng.choice(REGIONS)
        first, second = rng.sample(SYLLABLES, 2)
        initials = first[1] + second[1] + _business_initials(business)
        if initials in seen:
            continue
        seen.add(initials)
        name = f"{city}{first[0]}{second[0]}{business}{rng.choice(FORMS)}"
        out.append(Enterprise(name=name, region=region, initials=initials, city=city))
    return out


def _business_initials(business: str) -> str:
    table = {
        "粮油": "LY",
        "乳业": "RY",
        "酒业": "JY",
        "茶业": "CY",
        "果业": "GY",
        "服饰": "FS",
        "家具": "JJ",
        "涂料": "TL",
        "日化": "RH",
        "陶瓷": "TC",
        "电器": "DQ",
        "照明": "ZM",
        "水务": "SW",
        "装饰": "ZS",
        "快递": "KD",
        "餐饮": "CY",
        "物业": "WY",
        "家政": "JZ",
    }
    return table.get(business, "QY")


def q_number(ent: Enterprise, year: int, food: bool, rng: random.Random) -> tuple[str, str]:
    """(prefix, number with an em dash) of an enterprise standard."""
    style = rng.choice(("region", "region", "plain", "food") if food else ("region", "region", "plain"))
    if style == "food":
        prefix = f"Q/{ent.initials}"
        return prefix, f"{prefix} {rng.randint(1, 12):04d}S—{year}"
    prefix = f"Q/{ent.region}{ent.initials}" if style == "region" else f"Q/{ent.initials}"
    return prefix, f"{prefix} {rng.randint(1, 30):03d}—{year}"


def t_number(code: str, year: int, rng: random.Random) -> tuple[str, str]:
    return code, f"{code} {rng.randint(3, 899):03d}—{year}"


def dates(rng: random.Random) -> tuple[str, str, int]:
    """(issued, effective, year): effective one week to three months after issue."""
    year = rng.randint(2019, 2024)
    issued = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    effective = issued + dt.timedelta(days=rng.choice((0, 7, 15, 30, 31, 60, 90)))
    return issued.isoformat(), effective.isoformat(), year


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.sample(GIVEN, rng.choice((1, 2))))
