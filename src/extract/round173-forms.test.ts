import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';
import { findNotes } from './units.js';

// Forms from round 173's notices, each a class the rules did not read (found on the files named; labels per ANNOTATION round 173).
const deadlines = (text: string, docDate?: string) => extractValues(text, docDate).deadlines.map((d) => [d.raw, d.kind ?? d.date]);
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

// The year opening the window an act must fall in, its inclusive mark before 以后 (对2024年(含)以后通过兼并重组…的企业), as 2024年以后 is.
describe('a window year marked inclusive (window year inclusive)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-nongfushipinjiagong.txt)
    ['对2024年(含)以后通过兼并重组、扩规提产等方式实现年主营业务收入达到2亿元以上的农畜产品精深加工企业,给予贴息支持。', [['2024年(含)以后', '2024']]],
  ])('%s', (s, want) => expect(deadlines(s, '2025-02-25')).toEqual(want));
});

// Spans of a rent relief listed after one verb (分别免4年、3年房租), and a grant's span beside a bounded share before the grant (给予最多1年、
// 最高100%的租金补贴): each span relative.
describe('listed relief spans, and a span beside a share (listed relief spans)', () => {
  it.each([
    // 湖北 汉阳 (hubei-hanyang-rengongzhineng.txt)
    ['其中,对高层次人才、高管人才分别免4年、3年房租,对全日制博士研究生、硕士研究生,分别免3年、2年房租。', [['4年', 'relative'], ['3年', 'relative'], ['3年', 'relative'], ['2年', 'relative']]],
    // 上海市 (shanghai-shanghaishi-rengongzhinengyingyong.txt)
    ['按照“补早补小”原则,市区协同给予最多1年、最高100%的租金补贴。', [['最多1年', 'relative']]],
    // valid: a year named after 免 is no span
    ['对企业免2024年度房租。', []],
  ])('%s', (s, want) => expect(deadlines(s, '2024-06-12')).toEqual(want));
});

// A clause right under a heading naming a grant's standards (二、奖补标准) sets sums per a unit though it names no grant itself.
describe('sums per a unit under a heading of grant standards (grant standard heading)', () => {
  it('天河 (guangdong-tianhe-chongdianjiangbu.txt): caps per kilowatt', () => {
    const got = clauses('关于组织开展天河区2023年度电动汽车充电基础设施奖补资金申报工作的通知\n一、申报条件\n在天河区行政区域范围内安装的充电基础设施。\n二、奖补标准\n直流充电设施不超过200元/千瓦、交流充电设施不超过40元/千瓦。\n');
    expect(got.find((c) => c.text.includes('200元'))?.amounts.map((a) => [a.yuan, a.role])).toEqual([[200, 'cap'], [40, 'cap']]);
  });
  it('valid: the same sums under a heading of prices stay no grant', () => {
    const got = clauses('关于调整充电服务费的通知\n一、收费标准\n直流充电设施不超过2元/千瓦时、交流充电设施不超过1元/千瓦时。\n');
    expect(got.find((c) => c.text.includes('2元'))?.amounts ?? []).toEqual([]);
  });
});

// A note that names the policy's source before who carries it out (农业农村部、财政部支持政策,自治区农牧厅、财政厅负责) gives the duty part's
// bodies; the source part names no duty.
describe('a note naming a source, then the bodies responsible (sourced duty note)', () => {
  it.each([
    // 内蒙古 (neimenggu-zizhiqu-nongfushipinjiagong.txt)
    ['支持农副食品加工企业下沉县域。(农业农村部、财政部支持政策,自治区农牧厅、财政厅负责)', ['自治区农牧厅', '财政厅']],
    ['对新认定为国家级绿色工厂的给予100万元一次性奖励。(内政发〔2024〕6号,自治区工业和信息化厅负责)', ['自治区工业和信息化厅']],
  ])('%s', (s, want) => expect(findNotes(s).flatMap((n) => n.units.map((u) => u.name))).toEqual(want));
  it('valid: a remark and a note of bodies with no source stay as they were read', () => {
    expect(findNotes('完成年度任务。(市发展改革委牵头,市财政局配合)').flatMap((n) => n.units.map((u) => u.name))).toEqual(['市发展改革委', '市财政局']);
  });
});
