"""Table reading on pages of corpus/context's DEV split (enterprise, group, local and sector standards set
by ConTeXt MkIV: captions below the tables, tables floated pages away from the clause citing them, xtables
continued under 表N（续）; the test split of its split.csv is never read here), one test per failure class
found there (docs/failure-classes.md, session 16)."""

from __future__ import annotations

from corpora import CHROMIUM, CONTEXT, dev_page_record


def _values(stem: str, *pages: int, folder=CONTEXT) -> list[tuple]:
    return [
        (i.name, i.comparator, i.value, i.unit, i.grade, tuple(i.conditions))
        for i in dev_page_record(folder, stem, pages).indicators
        if i.table is not None
    ]


def test_context_dev_floated_tables_captioned_below():  # cx_stonepaint_01 表1, 表2 on p.4, cited on p.3
    found = _values("cx_stonepaint_01", 3, 4)
    assert ("干燥时间（表干）", "<=", 4.0, "h", None, ("普通型",)) in found
    assert ("耐沾污性（白色和浅色）", "<=", 15.0, "%", None, ("耐沾污型",)) in found
    assert ("挥发性有机化合物含量（VOC）", "<=", 50.0, "g/L", None, ()) in found  # 表2, three-line
    assert len(found) >= 30  # nothing was read: both tables sat in chapter 7 (标志、包装和贮存)
    # the group's label set amid its items
    metals = [(f[0], f[2], f[3]) for f in found if f[0].startswith("可溶性重金属/")]
    assert metals == [
        ("可溶性重金属/铅（Pb）", 90.0, "mg/kg"),
        ("可溶性重金属/镉（Cd）", 75.0, "mg/kg"),
        ("可溶性重金属/铬（Cr）", 60.0, "mg/kg"),
        ("可溶性重金属/汞（Hg）", 60.0, "mg/kg"),
    ]


def test_context_dev_per_model_table_with_units_and_signs_rows():  # cx_pump_01 表1 (p.3, 续 p.4), 表2
    found = _values("cx_pump_01", 3, 4)
    efficiency = [f for f in found if f[0] == "机组效率"]
    assert len(efficiency) == 22  # every model, both parts of the table
    assert ("机组效率", ">=", 24.0, "%", None, ("QDX1.5-16-0.37",)) in efficiency
    assert ("机组效率", ">=", 47.0, "%", None, ("QDX65-7-2.2",)) in efficiency
    assert not any(f[0] in ("额定流量", "额定扬程", "额定功率", "型 号") for f in found)  # rated data, "—"
    # 表2, a three-line table: 绝缘等级 over B级 | F级, the insulation classes conditions, no grades
    assert [f for f in found if f[0] == "定子绕组温升"] == [
        ("定子绕组温升", "<=", 80.0, "K", None, ("B级",)),
        ("定子绕组温升", "<=", 105.0, "K", None, ("F级",)),
    ]


def test_context_dev_levels_named_by_the_standard():  # cx_homestay_01 表1: 等级 over 白金宿 | 金宿 | 银宿
    found = _values("cx_homestay_01", 3)
    assert ("单间客房使用面积", ">=", 20.0, "m²", "白金宿", ()) in found
    assert ("热水供应时间", ">=", 16.0, "h/d", "银宿", ()) in found
    assert all(f[4] in ("白金宿", "金宿", "银宿") for f in found)


def test_context_dev_three_line_table_captioned_below():  # cx_humidifier_01 表2 (p.4), cx_socks_01 表2
    found = _values("cx_humidifier_01", 4)
    assert ("雾化水中菌落总数", "<=", 100.0, "CFU/mL", None, ()) in found
    socks = {(f[0], f[5]) for f in _values("cx_socks_01", 4)}
    assert ("袜底长偏差", ("20号以下",)) in socks and ("袜口长偏差", ("24号以上",)) in socks


def test_context_dev_chromium_column_of_signs():  # corpus/chromium dev: cr_gym_01 表2, cr_tileglue_01 表1
    gym = _values("cr_gym_01", 4, folder=CHROMIUM)
    assert ("营业面积", ">=", 2000.0, "m²", "五星级", ()) in gym
    assert ("顾客满意度", ">=", 85.0, "%", "三星级", ()) in gym
    assert not any(f[1] == "=" for f in gym)
    tile = _values("cr_tileglue_01", 3, folder=CHROMIUM)
    assert ("可操作时间", ">=", 2.0, "h", None, ("C1",)) in tile
