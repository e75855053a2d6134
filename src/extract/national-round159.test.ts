import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';
import { dutyPairs } from './units.js';

// Classes from round 159 of the national development set (issue 9, fortieth session).
// Sentences are real, from the dev notice named in the comment.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

describe('a lead and the partners it works with after 会同 (or 会 short for it), their duty 办理 or 负责落实 (lead with partners)', () => {
  it.each([
    // 广东省 2008 (guangdong-guangdongsheng-zhongxiaoqiye2008.txt)
    ['(一)加大对中小企业的信贷支持力度。金融机构要落实好国家已出台的金融支持政策。(由省金融办牵头,会省经贸委、广东银监局、人行广州分行办理)\n', ['省金融办', '省经贸委', '广东银监局', '人行广州分行']],
    // 广东省 2008 扩大内需 (guangdong-guangdongsheng-kuodaneixu2008.txt), traditional as written
    ['(一)加快鐵路、公路等重大基礎設施建設。\n2009年安排交通重點項目投資約1080億元。(由省發展改革委牽頭,會同省交通廳、財政廳,廣州、深圳市政府等單位負責落實)\n', ['省發展改革委', '省交通廳', '財政廳', '廣州、深圳市政府']],
  ] as [string, string[]][])('%s', (text, units) => {
    const c = clauses(text).find((x) => x.units.length);
    expect(c?.units).toEqual(units);
    expect(c?.lead).toEqual([units[0]]);
  });
  it('in running text: 由工信部牵头会同财政部对…进行审核 (江苏省 2022, jiangsu-jiangsusheng-shuzihuashidian.txt)', () => {
    expect(dutyPairs('实施期满后,由工信部牵头会同财政部对试点中小企业数字化改造情况进行审核').map((u) => [u.name, u.lead])).toEqual([['工信部', true], ['财政部', false]]);
  });
  it('valid: a bare group after 会同 names no body (由市发改委牵头,会同有关部门做好)', () => {
    expect(dutyPairs('由市发改委牵头,会同有关部门做好')).toEqual([]);
  });
});

describe("a project's or a batch's own period is a span, its raw the span alone (project period)", () => {
  const spans = (s: string) => extractValues(s, '2022-08-01').deadlines.map((d) => [d.raw, d.kind]);
  it.each([
    // 江苏省 2022 (jiangsu-jiangsusheng-shuzihuashidian.txt)
    ['奖补资金在实施期初先按一定比例预拨,每批实施期1年,实施期满后,由工信部牵头会同财政部', [['1年', 'relative']]],
    // 日照 (shandong-rizhao-kejizhuanxiang.txt), an older dev miss
    ['实施周期3年。', [['3年', 'relative']]],
    // valid: the notice's own period keeps its word, as the dev gold has it
    ['本办法有效期3年。', [['有效期3年', 'relative']]],
  ] as [string, string[][]][])('%s', (s, want) => expect(spans(s)).toEqual(want));
});

describe('money a measure drives, its year between the verb and the figure, is a goal (driven figure)', () => {
  it('广东省 2008 (guangdong-guangdongsheng-kuodaneixu2008.txt): 帶動2009年全社會投資1.3萬億元左右', () => {
    expect(extractValues('資金集中投向完善公共交通網絡、節能減排基礎設施建設等方面,帶動2009年全社會投資1.3萬億元左右。', '2008-11-18').amounts.map((a) => [a.yuan, a.role])).toEqual([[1.3e12, 'target']]);
  });
});

describe("a works programme's planned investment is a goal, a budget beside it stays a total (works investment)", () => {
  it('广东省 2008 (guangdong-guangdongsheng-kuodaneixu2008.txt): 集中投入財政性資金約1000億元,並安排重點工程投資3000億元', () => {
    const s = '統籌使用2009年至2012年各項支持經濟社會發展資金、集中投入財政性資金約1000億元,並安排重點工程投資3000億元,進一步擴大內需。';
    expect(extractValues(s, '2008-11-18').amounts.map((a) => [a.yuan, a.role])).toEqual([[1e11, 'total'], [3e11, 'target']]);
  });
});

describe('an unlabelled duty note closing a line ends its item, and the item opens with its aim in two phrases (noted unnumbered item)', () => {
  // 山东省 2022 (shandong-shandongsheng-shuzihuazhuanxing.txt): items with no numbers under 一、总体要求, each closed by its own duty note
  const text = [
    '一、总体要求',
    '牢牢把握新一轮科技革命和产业变革机遇。力争到2025年,全省制造业数字化水平明显提升,信息化和工业化融合发展指数达到125,实现制造模式、生产组织方式和产业形态的深层次变革。',
    '加快“新基建”,数字基础设施支撑能力显著增强。开通5G基站25万个,建成确定性网络2万公里;建设运营工业互联网标识解析二级节点30个以上。(省工业和信息化厅、省通信管理局牵头,省大数据局参与)',
    '催生“新动能”,企业数字化转型成效更加凸显。推动超过2万家规模以上工业企业实施数字化转型。(省工业和信息化厅牵头)',
    '',
  ].join('\n');
  const rows = clauses(text).map((c) => [c.text.slice(0, 8), c.units]);
  it('the paragraph above the first item waits for no note of it', () => {
    expect(rows.find((r) => String(r[0]).startsWith('牢牢把握'))?.[1]).toEqual([]);
  });
  it("each item's note is its own, and its aim sentence is its heading, no clause", () => {
    expect(rows.filter((r) => (r[1] as string[]).length)).toEqual([
      ['开通5G基站25', ['省工业和信息化厅', '省通信管理局', '省大数据局']],
      ['建设运营工业互联', ['省工业和信息化厅', '省通信管理局', '省大数据局']],
      ['推动超过2万家规', ['省工业和信息化厅']],
    ]);
  });
});
