"""Document text building: a category, an enterprise and a seed to a composed standard.

Follows GB/T 1.1-2020: 前言, 1 范围, 2 规范性引用文件, 3 术语和定义, 4 要求, 5 试验方法,
6 检验规则, 7 标志、包装、运输和贮存, 附录 (products); services have 4 基本要求, 5 服务要求,
6 服务质量指标, 7 评价方法, 8 评价与改进.  Only the requirement clauses carry gold; numbers
elsewhere (test temperatures, sample sizes, 停产6个月以上, scope limits) are deliberate
distractors.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from std_extract_synth.enterprises import Enterprise, dates, person, q_number, t_number
from std_extract_synth.model import Category, Group, Heading, Meta, PageBreak, Para, SynthDoc
from std_extract_synth.requirements import DocStyle, RequirementWriter, Written
from std_extract_synth.wording import Numbers

REF_INTRO = (
    "下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，"
    "仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
)
REF_INTRO_OLD = (
    "下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。"
    "凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。"
)
PROCESS = {
    True: (
        "原料验收→预处理→加工→杀菌→灌装（包装）→检验→入库",
        "杀菌温度宜控制在(95±2)℃，保持时间300 s；灌装间空气洁净度宜达到10万级。",
    ),
    False: (
        "来料检验→部件加工→总装→调试→老化试验→出厂检验→包装",
        "老化试验宜在(40±2)℃环境中通电连续运行4 h，调试工位照度不低于500 lx。",
    ),
}
FOOD_KEYS = ("鲜苹果", "大米", "发酵乳", "白酒", "绿茶")


@dataclass
class DocPlan:
    """Everything decided for one document before writing it."""

    category: Category
    enterprise: Enterprise
    profile: str
    group_standard: tuple[str, str] | None  # (T code, body) for a 团体标准
    font: str
    stem_hint: int  # index within the category


def H1(number: str, text: str) -> Heading:
    return Heading(number, text, 1, toc=True)


def H2(number: str, text: str) -> Heading:
    return Heading(number, text, 2)


class Composer:
    """Writes one standard from a :class:`DocPlan` and a document rng."""

    def __init__(self, plan: DocPlan, rng: random.Random) -> None:
        self.plan = plan
        self.cat = plan.category
        self.rng = rng
        self.word = rng.choice(("本标准", "本文件"))
        self.style = DocStyle(
            numbers=Numbers(fullwidth=rng.random() < 0.12),
            ruling=rng.choices(("grid", "three_line", "none"), weights=(0.6, 0.15, 0.25))[0],
            cont_style=rng.choice(("续表{n}", "表{n}（续）")),
            method_col=rng.random() < 0.55,
            cn_numerals=rng.random() < 0.35,
            value_header=rng.choice(("指标", "指标", "要求")),
        )
        self.writer = RequirementWriter(self.style, plan.profile, rng)
        self.body: list = []
        self.gold: list = []
        self.tables = 0

    # -- metadata --------------------------------------------------------------------------
    def meta(self) -> Meta:
        rng, ent = self.rng, self.plan.enterprise
        issued, effective, year = dates(rng)
        if self.plan.group_standard:
            code, body = self.plan.group_standard
            prefix, number = t_number(code, year, rng)
            issuer, kind = body, "T"
        else:
            prefix, number = q_number(ent, year, self.cat.q_suffix_s and rng.random() < 0.5, rng)
            issuer, kind = ent.name, "Q"
        replaces = []
        if rng.random() < 0.3:
            replaces = [number.rsplit("—", 1)[0] + f"—{year - rng.choice((3, 4, 5))}"]
        index = rng.randrange(len(self.cat.titles))
        title = self.cat.titles[index]
        english = self.cat.title_en[index] if index < len(self.cat.title_en) else self.cat.title_en[0]
        title_en = english if rng.random() < 0.5 else None
        return Meta(
            number,
            kind,
            prefix,
            title,
            title_en,
            issuer,
            issued,
            effective,
            replaces,
            self.cat.ics,
            self.cat.ccs,
        )

    # -- chapters --------------------------------------------------------------------------
    def compose(self) -> SynthDoc:
        meta = self.meta()
        self.title = "".join(meta.title_lines)
        for line in meta.title_lines:
            self.body.append(Para(line, indent=False, size=15, align="center"))
        self.body.append(Para("", indent=False))
        self.scope()
        self.references()
        self.terms()
        annex_group = self.choose_annex_group()
        if self.cat.service:
            self.service_chapters()
        else:
            self.product_chapters(annex_group)
        self.annex(annex_group)
        self.body.append(Para("__________________", indent=False, align="center"))
        stem = meta.number.replace("/", "_").replace(" ", "_").replace("—", "-")
        return SynthDoc(stem, self.cat, meta, self.foreword(meta), self.body, self.gold, self.plan.font)

    def scope(self) -> None:
        w, cat = self.word, self.cat
        self.body.append(H1("1", "范围"))
        if cat.service:
            parts = "基本要求、服务要求、服务质量指标、评价方法以及评价与改进"
            self.body.append(Para(f"{w}规定了{cat.product}的{parts}。"))
            self.body.append(Para(f"{w}适用于{cat.scope_tail}。"))
        else:
            parts = "要求、试验方法、检验规则和标志、包装、运输、贮存"
            parts = ("术语和定义、" if cat.terms else "") + parts
            self.body.append(Para(f"{w}规定了{self.title}的{parts}。"))
            self.body.append(Para(f"{w}适用于{cat.scope_tail}的{cat.product}。"))

    def references(self) -> None:
        self.body.append(H1("2", "规范性引用文件"))
        self.body.append(Para(self.rng.choice((REF_INTRO, REF_INTRO_OLD))))
        for ref in self.cat.refs:
            code, _, name = ref.partition(" ")
            number, _, title = name.partition(" ")
            self.body.append(Para(f"{code} {number}　{title}" if title else ref))

    def terms(self) -> None:
        self.body.append(H1("3", "术语和定义"))
        if not self.cat.terms or self.rng.random() < 0.15:
            self.body.append(Para("本文件没有需要界定的术语和定义。"))
            return
        self.body.append(Para("下列术语和定义适用于本文件。"))
        for k, (term, en, definition) in enumerate(self.cat.terms, start=1):
            self.body.append(Para(f"3.{k}", indent=False, keep_with_next=True))
            self.body.append(Para(f"{term}　{en}", indent=False, keep_with_next=True))
            self.body.append(Para(definition))

    def choose_annex_group(self) -> Group | None:
        movable = [g for g in self.cat.groups if g.annex_ok]
        if movable and self.rng.random() < 0.3:
            return self.rng.choice(movable)
        return None

    def next_table(self) -> str:
        self.tables += 1
        return str(self.tables)

    def add(self, written: Written) -> None:
        self.body.extend(written.blocks)
        self.gold.extend(written.gold)

    def product_chapters(self, annex_group: Group | None) -> None:
        self.body.append(H1("4", self.rng.choice(("要求", "技术要求"))))
        self.body.append(H2("4.1", self.rng.choice(("原料要求", "原辅材料"))))
        self.body.append(Para("所用原辅材料应符合相应国家标准、行业标准的规定，并有合格证明。"))
        for k, group in enumerate(self.cat.groups, start=2):
            self.body.append(H2(f"4.{k}", group.title))
            if group is annex_group:
                self.body.append(Para(f"{group.title}应符合附录A的规定。"))
                continue
            self.add(self.writer.write(group, f"4.{k}", self.next_table))
        self.test_methods()
        self.inspection_rules()
        self.marking()

    def service_chapters(self) -> None:
        groups = self.cat.groups
        self.body.append(H1("4", "基本要求"))
        self.body.append(H2("4.1", "服务组织"))
        self.body.append(Para("应依法取得营业执照，具有与服务规模相适应的场所、设施设备和服务人员。"))
        self.body.append(
            Para(
                "应建立服务质量管理、投诉处理、安全管理和档案管理等制度，并公开服务项目、收费标准和投诉电话。"
            )
        )
        self.body.append(H2("4.2", "服务人员"))
        self.body.append(Para("服务人员应经岗前培训合格后上岗，着装整洁，佩戴工牌，使用文明用语。"))
        self.body.append(H1("5", "服务要求"))
        for k, group in enumerate(groups[:-1], start=1):
            self.body.append(H2(f"5.{k}", group.title))
            self.add(self.writer.write(group, f"5.{k}", self.next_table))
        self.body.append(H1("6", groups[-1].title))
        self.add(self.writer.write(groups[-1], "6", self.next_table, force_table=self.rng.random() < 0.6))
        self.body.append(H1("7", "评价方法"))
        for k, (title, text) in enumerate(self.cat.methods, start=1):
            self.body.append(H2(f"7.{k}", title))
            self.body.append(Para(text))
        self.body.append(H1("8", "评价与改进"))
        self.body.append(
            Para("服务组织应每年至少开展1次服务质量自我评价，对评价中发现的问题制定纠正措施并跟踪验证。")
        )
        self.body.append(Para("对顾客投诉应在规定时限内答复，涉及赔偿的按合同约定或有关规定处理。"))

    def test_methods(self) -> None:
        self.body.append(H1("5", "试验方法"))
        methods = list(self.cat.methods)
        if self.cat.key in FOOD_KEYS:
            methods.insert(0, ("一般要求", "除另有说明外，所用试剂均为分析纯，水为GB/T 6682规定的三级水。"))
        for k, (title, text) in enumerate(methods, start=1):
            self.body.append(H2(f"5.{k}", title))
            self.body.append(Para(text))

    def inspection_rules(self) -> None:
        cat = self.cat
        self.body.append(H1("6", "检验规则"))
        self.body.append(H2("6.1", "组批"))
        self.body.append(Para(cat.lot_rule))
        self.body.append(H2("6.2", "抽样"))
        self.body.append(Para(cat.sample_rule))
        self.body.append(H2("6.3", "出厂检验"))
        items = "、".join(g.title for g in cat.groups[:2])
        self.body.append(
            Para(f"每批产品出厂前应经企业质量检验部门检验合格，并附产品合格证。出厂检验项目为{items}。")
        )
        self.body.append(H2("6.4", "型式检验"))
        self.body.append(Para("型式检验项目为本文件第4章规定的全部项目。有下列情况之一时，应进行型式检验："))
        for mark, text in zip(
            "abcde",
            (
                "新产品投产时；",
                "原料、工艺有较大改变，可能影响产品质量时；",
                "正常生产时，每年至少进行一次；",
                "停产6个月以上恢复生产时；",
                "国家质量监督机构提出进行型式检验要求时。",
            ),
            strict=True,
        ):
            self.body.append(Para(text, hang=f"{mark})"))
        self.body.append(H2("6.5", "判定规则"))
        self.body.append(
            Para(
                "检验结果全部符合本文件要求时，判该批产品为合格。有一项及以上指标不符合要求时，"
                "可从同批产品中加倍抽样复检，复检结果仍不符合要求的，判该批产品为不合格。"
            )
        )

    def marking(self) -> None:
        self.body.append(H1("7", "标志、包装、运输和贮存"))
        texts = list(self.cat.marking) + ["运输工具应清洁、干燥，不得与有毒、有害、有腐蚀性物品混装混运。"]
        titles = ("标志", "贮存", "运输")
        for k, (title, text) in enumerate(zip(titles, texts, strict=True), start=1):
            self.body.append(H2(f"7.{k}", title))
            self.body.append(Para(text))

    def annex(self, group: Group | None) -> None:
        if group is not None:
            self.body.append(PageBreak())
            self.annex_title("规范性", group.title)
            self.body.append(H2("A.1", group.title))
            numbers = iter(("A.1", "A.2"))
            self.add(self.writer.write(group, "A.1", lambda: next(numbers), force_table=True))
        elif not self.cat.service and self.rng.random() < 0.3:
            flow, params = PROCESS[self.cat.key in FOOD_KEYS]
            self.body.append(PageBreak())
            self.annex_title("资料性", "生产工艺流程及关键控制参数")
            self.body.append(H2("A.1", "工艺流程"))
            self.body.append(Para(flow))
            self.body.append(H2("A.2", "关键控制参数"))
            self.body.append(Para(params))

    def annex_title(self, kind: str, title: str) -> None:
        label = f"（{kind}）" if self.rng.random() < 0.6 else f"（{kind}附录）"
        self.body.append(Heading("附录A", f"{label}\n{title}", 0, toc=True))

    # -- front matter ----------------------------------------------------------------------
    def foreword(self, meta: Meta) -> list:
        w, rng = self.word, self.rng
        out = [
            Para(f"{w}按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。")
        ]
        if meta.replaces:
            old = meta.replaces[0]
            out.append(
                Para(
                    f"{w}代替{old}《{self.title}》，与{old}相比，除结构调整和编辑性改动外，主要技术变化如下："
                )
            )
            changed = [g.title for g in self.cat.groups][:2]
            for text in changed:
                out.append(Para(f"——修改了{text}（见第4章，{old[-4:]}年版的第4章）；", indent=True))
        out.append(Para("请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。"))
        if meta.kind == "T":
            out.append(Para(f"{w}由{meta.enterprise}提出并归口。"))
            out.append(Para(f"{w}起草单位：{self.plan.enterprise.name}。"))
        else:
            out.append(Para(f"{w}由{meta.enterprise}提出并起草。"))
        names = "、".join(person(rng) for _ in range(rng.randint(2, 4)))
        out.append(Para(f"{w}主要起草人：{names}。"))
        if not meta.replaces:
            out.append(Para(f"{w}为首次发布。"))
        return out
