import { describe, expect, it } from 'vitest';
import { amountSegment, clauseConcept, objectOffConcept } from './match.js';
import { thesaurus } from './thesaurus.js';

const th = thesaurus();

describe('clauseConcept', () => {
  it.each([
    // text: 技改扩能 is a narrower form of 技术改造 (corpus/004)
    [['技术改造'], '对于一般技改扩能项目，按不超过投资额度15%给予补助，最多不超过1000万元；', ['二、支持企业智能化改造'], [], '技术改造'],
    // heading: 支持软信企业发展 passes 软件信息服务 to a sentence that only names the tiers
    [['软件信息服务'], '对市级认定的龙头型企业、成长型企业、创新型企业分别给予50万元、25万元、10万元的一次性奖励', ['六、支持软信企业发展'], [], '软件信息服务'],
    // a heading naming two things (上规, 上云): the sentence must say which
    [['升规'], '同时，对提供系统集成服务的区内企业，按不超过合同结算金额的10%给予补助，单个企业最高不超过300万元。', ['四、支持企业上规上云上平台'], [], undefined],
    // 上规 inside 上规上阶 is not 升规 (national dev, 双流区)
    [['升规'], '对工业企业年度营收首次突破10亿元、20亿元的,分别给予最高20万元、30万元的一次性奖励', ['一、聚焦上规上阶强化梯次培优'], [], undefined],
    // a broader heading (创新平台) does not make a sentence about 院士工作站
    [['院士工作站'], '对新认定的重庆市海智工作站，一次性给予10万元配套奖励，正常运行的每年给予经费5万元；', ['十、培育一批创新平台机构'], [], undefined],
    // the topic tag counts when the sentence names no other concept
    [['技术改造'], '对符合条件的项目给予补助。', [], ['技术改造'], '技术改造'],
  ])('%j ← %s', (concepts, text, section, topics, expected) => {
    expect(clauseConcept(th, concepts, { text, section, topics })).toBe(expected);
  });
});

describe('objectOffConcept', () => {
  it.each([
    [['技术改造'], '国家级绿色制造体系', true],
    [['技术改造'], '一般技改扩能', false],
    [['绿色工厂'], '国家级绿色制造体系', false],
    [['软件信息服务'], '年销售收入首次突破1000万', false],
    [['技术改造'], undefined, false],
  ])('%j, %s → %s', (concepts, object, off) => {
    expect(objectOffConcept(th, concepts, object)).toBe(off);
  });
  it('keeps an amount whose own segment names the concept (corpus/004: 给予最高不超过50万元保费补贴)', () => {
    const text = '对于《重庆市首台(套)重大技术装备推广应用目录(2019年版)》内列明的装备且投保“综合险”的企业，采取先保后补的方式，对前3台（套）或首批次投保装备给予最高不超过50万元保费补贴。';
    const seg = amountSegment(text, text.indexOf('50万元'));
    expect(seg).toBe('对前3台（套）或首批次投保装备给予最高不超过50万元保费补贴');
    expect(objectOffConcept(th, ['保险补贴'], '前3台（套）或首批次投保装备', seg)).toBe(false);
    expect(objectOffConcept(th, ['保险补贴'], '前3台（套）或首批次投保装备')).toBe(true);
  });
});
