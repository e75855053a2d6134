import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';
import { devText as dev } from '../dev-notices.js';

// Classes from round 99 of the national development set (issue 9). Sentences are real, from the dev notice named in the comment;
// "form" marks one written from the class.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();
const thresholds = (got: ReturnType<typeof clauses>, start: string) =>
  got.find((c) => c.text.startsWith(start))?.thresholds.map((t) => [t.min, t.unit]);

describe('a heading naming what an applicant must have opens a list of conditions, its items’ paragraphs too (conditions heading)', () => {
  it('北京经开区 (beijing-jingkaiqu-fuhuaqi.txt): 第五条孵化器应具备的条件 over (一)…(五)', () => {
    const got = clauses(dev('beijing-jingkaiqu-fuhuaqi.txt'));
    expect(thresholds(got, '可自主支配的孵化场地使用面积达3000平方米以上')).toEqual([[3000, '平方米']]);
    expect(thresholds(got, '其中,在孵企业使用的场地')).toEqual([[0.7, '%']]);
    // (a paragraph of item (二) on a line of its own below it)
    expect(thresholds(got, '可自主支配场地是指')).toEqual([[2, '年']]);
    expect(thresholds(got, '可自主支配场地内的在孵企业达10家以上')).toEqual([[10, '家']]);
    expect(got.find((c) => c.text.startsWith('其中,在孵企业使用的场地'))?.rates).toEqual([]);
  });
  it('form: a heading that is no conditions label leaves its items’ bounded targets alone', () => {
    const got = clauses('某区工作方案\n为推动发展,制定本方案。\n第五条工作目标\n(一)全年引进项目10个以上。\n其中,亿元以上项目占比达到30%以上。\n');
    // (30% stays the target's rate; 亿元以上项目 is a size class, read as such whatever the list)
    expect(got.find((c) => c.text.startsWith('其中,亿元以上项目占比'))?.rates.map((r) => r.value)).toEqual([0.3]);
    expect(thresholds(got, '其中,亿元以上项目占比')?.filter(([, unit]) => unit === '%')).toEqual([]);
  });
  it('form: a paragraph under the list after a heading is no item of it', () => {
    const got = clauses('某区管理办法\n第五条企业应具备的条件\n(一)在区内注册。\n(二)年营业收入2000万元以上。\n第六条支持标准\n全区产值增长10%以上。\n');
    expect(thresholds(got, '年营业收入2000万元以上')).toEqual([[20000000, '元']]);
    expect(thresholds(got, '全区产值增长10%以上')).toEqual([]);
  });
});

describe('a grant’s longest term with its name between the bound and the figure (named term bound)', () => {
  it.each([
    // 洛阳高新区 (henan-luoyanggaoxinqu-gaozhiliang.txt)
    ['通过产业引导资金给予固定资产投资总额3%奖励,最长期限5年。', [['最长期限5年', 'relative']]],
    // form: the term of a thing rented, an applicant after it, is none
    ['对租赁期限最长时间为10年的厂房,不予补贴。', []],
  ])('%s', (sentence, want) => {
    expect(extractValues(sentence, '2021-01-01').deadlines.map((d) => [d.raw, d.kind ?? d.date])).toEqual(want);
  });
});

describe('a list of months a computation is based on sets no deadline (months of a basis)', () => {
  it.each([
    // 西湖区 (zhejiang-xihu-huanjingzhengzhi.txt)
    ['根据7月、8月和9月区内排名和市级优胜榜、警示榜结果,经核算,第三季度奖励经费总计712.5万元。', []],
    // form: months listed as limits stay limits
    ['请于7月、8月底前分两批报送。', [['于7月', '2022-07'], ['8月底前', '2022-08']]],
  ])('%s', (sentence, want) => {
    expect(extractValues(sentence, '2022-10-31').deadlines.map((d) => [d.raw, d.date])).toEqual(want);
  });
});

describe('a grant’s sentence naming its applicant first: a floor between it and the grant is a condition (applicant first)', () => {
  const th = (sentence: string) => extractValues(sentence, '2025-10-31').thresholds.map((t) => [t.min, t.max, t.unit]);
  it.each([
    // 宁波高新区 (zhejiang-ningbogaoxinqu-wenhuachanye.txt, round 96): a field's label and an item's number before 对
    ['奖励标准:1.对新办并向社会公众开放的科普馆、文化类民营场馆(博物馆、非遗馆、展览馆、艺术馆、体验馆、纪念馆、图书馆、美术馆、剧场),建筑面积达到300平米以上,经行业主管部门颁发许可证后,按照场馆建设实际投入的30%给予最高80万元支持。', [[300, undefined, '平米']]],
    // 镜口 (jiangsu-jingkou-chanyeqiangqu.txt): a cap before the grant bounds what is granted, no condition
    ['对新注册的制造业企业,每年区级经济贡献超100万元的,对企业高管(包括董事长、副董事长、总经理、副总经理或相当层级的人员,每家企业不超过6名)按其年度个人区级经济贡献的100%予以奖励,奖励期限为3年。', [[1000000, undefined, '元']]],
  ])('%s', (sentence, want) => {
    expect(th(sentence)).toEqual(want);
  });
});

describe('an applicant named first holds no grant of its own (applicant first, grant inside)', () => {
  it('重庆 seed 004: 对…企业分别给予…的一次性奖励,晋级补差(已经享受过一次性的补贴…) has no condition on 一次', () => {
    const got = extractValues('对市级认定的龙头型企业、成长型企业、创新型企业分别给予50万元、25万元、10万元的一次性奖励,晋级补差(已经享受过一次性的补贴,且当年没有晋级的企业,不能再次享受补贴)。', '2021-10-14');
    expect(got.thresholds).toEqual([]);
    expect(got.amounts.map((a) => a.yuan)).toEqual([500000, 250000, 100000]);
  });
});
