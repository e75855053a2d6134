import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Round 81 classes (eighteenth session), from eleven dev notices (action plans, task lists, policy measures from 浙江, 云南, 湖北,
// 江苏, 贵州, 山东, 四川) labelled blind and scored before any rule for them, each with the dev sentence that showed it and forms
// from other provinces.
const th = (s: string) => extractValues(s).thresholds.map((t) => [t.metric, t.min ?? null, t.max ?? null, t.unit]);
const amounts = (s: string) => extractValues(s).amounts.map((a) => a.yuan);
const years = (s: string, date?: string) => extractValues(s, date).deadlines.map((d) => d.date ?? d.kind);
const docsOf = (text: string) => documentsOfPlainText(text);
const unitsOf = (text: string) => docsOf(text).flatMap(extractDocument).map((c) => [c.text, c.units] as const);

describe('the next tier of a list after a grant is a condition, its metric the list’s (tier after a grant)', () => {
  it.each([
    // 崇州 (sichuan-chongzhou-zhizaoye.txt, traditional: 億 萬; the metric is read on the folded text)
    [
      '企業首次入庫,主營業務收入2000萬元(含)—5000萬元的給予10萬元一次性獎勵,5000萬元(含)—1億元的給予20萬元一次性獎勵、1億元(含)以上的給予30萬元一次性獎勵。',
      [['主营业务收入', 20000000, 50000000, '元'], ['', 50000000, 100000000, '元'], ['', 100000000, null, '元']],
      [100000, 200000, 300000],
    ],
    // forms: the tiers all joined by 、, no bracket mark; a tier 以上的, then 奖励 and its sum
    [
      '年产值5000万元至1亿元的给予20万元奖励、1亿元以上的给予30万元奖励。',
      [['年产值', 50000000, 100000000, '元'], ['年产值', 100000000, null, '元']],
      [200000, 300000],
    ],
    [
      '纳税额500万元至1000万元的奖励5万元、1000万元以上的奖励10万元。',
      [['纳税额', 5000000, 10000000, '元'], ['纳税额', 10000000, null, '元']],
      [50000, 100000],
    ],
  ] as [string, unknown[], number[]][])('%s', (s, want, sums) => {
    expect(th(s)).toEqual(want);
    expect(amounts(s)).toEqual(sums);
  });
  it.each([
    // (an award's own floor stays money given)
    ['给予每家企业20万元及以上奖励。', [200000]],
    ['给予20万元以上的奖励。', [200000]],
  ])('%s', (s, sums) => {
    expect(th(s)).toEqual([]);
    expect(amounts(s)).toEqual(sums);
  });
});

describe('a note whose bodies act by their remit, in any wording of it (duty by remit)', () => {
  it.each([
    // 昆明 (yunnan-kunming-wenzengzhang2021.txt)
    ['〔市发展改革委、市工业和信息化局等部门按照职能职责负责,各县(市)区人民政府、开发(度假)区管委会落实〕', ['市发展改革委', '市工业和信息化局', '各县(市)区人民政府', '开发(度假)区管委会']],
    // forms: 依职责, 根据各自职责分工落实, 按职能分工负责
    ['(市工信局、市财政局依职责落实)', ['市工信局', '市财政局']],
    ['(县发改局牵头,县财政局、县商务局根据各自职责分工落实)', ['县发改局', '县财政局', '县商务局']],
    ['（区商务局、区市场监管局按职能分工负责）', ['区商务局', '区市场监管局']],
    ['（市发改委、市财政局等部门按照各自职责做好相关工作）', ['市发改委', '市财政局']],
    // (…and the duty words of a body that carries it out or answers for it all: 具体实施, 负总责)
    ['（市商务局牵头，各区县政府具体实施）', ['市商务局', '各区县政府']],
    ['（市商务局负总责）', ['市商务局']],
  ])('%s', (note, want) => {
    const cs = unitsOf(`一、扩大有效投资\n(一)实施投资攻坚行动。对投资工作成效显著的地区予以倾斜支持。${note}\n(二)加强协调。健全机制。\n`);
    expect(cs.find(([t]) => String(t).startsWith('对投资'))![1]).toEqual(want);
  });
});

describe('the year whose tasks a notice sets is its deadline (tasks set)', () => {
  it.each([
    // 泰安 (shandong-taian-lvseditan.txt)
    ['为全面落实省动员大会精神,根据《泰安市推动绿色低碳高质量发展三年行动计划》安排,确定2023年重点工作任务。', ['2023']],
    // forms
    ['经市政府研究,确定2024年重点任务。', ['2024']],
    // (a year named as what it is, not its tasks)
    ['市政府确定2023年为项目建设年。', []],
  ])('%s', (s, want) => expect(years(s, '2022-12-28')).toEqual(want));
});

describe('a page’s field of the date the notice was made (制发日期) and its number field (文件号)', () => {
  it('江苏 dev (jiangsu-jiangsusheng-teseyoushi.txt): 制发日期 2025-12-23', () => {
    const text =
      '| 发布机构 | 江苏省人民政府 | ||\n| 文件号 | 苏政办发〔2025〕45号 | 制发日期 | 2025-12-23 |\n各市、县(市、区)人民政府,省各委办厅局,省各直属单位:\n为引导和推动各地因地制宜发展特色优势产业,提出如下实施意见。\n一、科学精准定位。科学制定特色优势产业目录。〔省发展改革委、省工业和信息化厅按职责分工负责〕\n';
    const [d] = docsOf(text);
    expect(d.date).toBe('2025-12-23');
    expect(d.docNumber).toBe('苏政办发〔2025〕45号');
  });
});
