import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';
import { findNotes } from './units.js';

// Round 247's classes (unseen dev notices: health funds passed down, education plans, commerce), each in its general form.
const spans = (s: string) => extractValues(s).deadlines.map((d) => [d.raw, d.date ?? null]);

describe('a fund allotted with its sum, its year written 年度 (deadlines)', () => {
  it.each([
    // (姚安 2018, as 现将2025年上海市对口帮扶姚安县项目资金3000万元下达给你们 is with 年)
    ['根据《姚安县人民政府关于印发姚安县基层医疗卫生机构运行补偿实施办法的通知》(姚政通〔2012〕74 号),按县卫计局意见,现将2018年度基层医疗卫生机构补偿资金80万元下达给你们。', [['2018年度', '2018']]],
    ['现将2025年上海市对口帮扶姚安县项目资金3000万元下达给你们。', [['2025年', '2025']]],
  ])('%s', (s, expected) => expect(spans(s)).toEqual(expected));
});

describe('前 closing a word before a span is no span (deadlines)', () => {
  it.each([
    // (杭州 学前教育 2005: 学前三年 is three years of preschool)
    ['明确目标任务,促进学前教育快速发展1、学前三年教育发展目标。', []],
    ['2010年,每个乡镇都建有1所公办中心幼儿园,全面普及学前三年教育。', [['2010年', '2010']]],
    // (辽宁省 招商奖励: 投产前两年 stays a span)
    ['资金到位时间以项目投产前一年之内计算(引资额度超过4000万元以上的,可按项目投产前两年计算)', [['一年之内', null], ['前两年', null]]],
  ])('%s', (s, expected) => expect(spans(s)).toEqual(expected));
});

describe("a year in the thing a phrase works from, 以…为基础 (deadlines)", () => {
  it('托里 2024: 以2024年县级…项目库为基础', () =>
    expect(spans('以2024年县级巩固拓展脱贫攻坚成果和乡村振兴项目库为基础,以项目计划库(年度项目计划)清单为根据,严格按照计划额度、项目类别等相关规定和项目编制流程。')).toEqual([]));
});

describe('running text on who handles money is no duty note (units)', () => {
  it('重庆市 商贸流通 2025: 区县级项目资金通过…下达到区县,由区县商务主管部门会同财政部门组织实施', () => {
    const text =
      '第四条 专项资金支持的项目按资金安排方式划分为市级项目和区县级项目:市级项目资金留存市本级,由市商务委会同市财政局组织实施;区县级项目资金通过项目补助或切块安排下达到区县,由区县商务主管部门会同财政部门组织实施。';
    expect(findNotes(text).flatMap((n) => n.units.map((u) => u.name))).toEqual([]);
  });
  it('a duty sentence of bodies still is one: 由市工信局牵头，市财政局配合', () => {
    expect(findNotes('加快提升产业水平。由市工信局牵头，市财政局配合。').flatMap((n) => n.units.map((u) => u.name))).toEqual(['市工信局', '市财政局']);
  });
});

describe('an allotted fund written 年度 in a later notice, back three years (deadlines)', () => {
  it('吴兴 2023: 现将2022年度…第二批市级补助资金259万元拨付给你们', () => {
    const v = extractValues('根据区农业农村局考核结果,现将2022年度农村人居环境长效管理和生活垃圾分类处理第二批市级补助资金259万元拨付给你们(详见附件)。', '2023-04-19');
    expect(v.deadlines.map((d) => [d.raw, d.date])).toEqual([['2022年度', '2022']]);
  });
});
