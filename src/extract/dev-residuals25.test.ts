import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDeadlines } from './deadlines.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices of round 90 (twenty-first session: 江宁, 珠海 ×2, 眉山, 花都, 十堰, 海南省 ×2, 西畴, 泰顺, 射阳, 扬州, 德州),
// each with the dev sentence that showed it (file named) and forms from other provinces.

const docsOf = (text: string) => documentsOfPlainText(text);
const limits = (s: string, docDate?: string) => extractDeadlines(s, docDate).map((d) => [d.raw, d.kind ?? d.date, d.from ?? null]);
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.metric, t.min ?? null, t.unit]);

describe('spans and periods (round 90 deadlines)', () => {
  it.each([
    // 花都 (guangdong-huadu-dikongjingji.txt): a grant's span with its bound after the grant word
    ['鼓励企业在本区建设低空经济产业园区,每年给予其建设、运营投入补贴最高不超过200万元,连续补贴不超3年。', [['连续补贴不超3年', 'relative', null]]],
    // 西畴 (yunnan-xichou-ganzhe.txt): a season spanning two years, written with a slash
    ['经县人民政府研究同意,现将《西畴县2023/2024榨季甘蔗生产计划及政策措施》印发给你们', [['2023/2024榨季', '2024', '2023']]],
    ['2024/2025学年,全市新增学位5000个。', [['2024/2025学年', '2025', '2024']]],
    // 眉山 (sichuan-meishan-dikongjingji.txt): the day a site carried a text is no limit; the comment window's end is one
    ['2025年2月18日,眉山市人民政府网站刊发“眉山市发展和改革委员会关于征求意见的公告”,征求意见时间截止2025年2月25日。', [['截止2025年2月25日', '2025-02-25', null]]],
    // a day opening a sentence of something else done stays
    ['2025年2月18日,市政府召开常务会议研究部署。', [['2025年2月18日', '2025-02-18', null]]],
    // a slash of two years a year apart only
    ['2023/2025年', [['2025年', '2025', null]]],
  ])('%s', (s, want) => expect(limits(s)).toEqual(want));
});

describe('how long a thing must have run before its grant is a condition on it (run before grant)', () => {
  it.each([
    // 眉山 (sichuan-meishan-dikongjingji.txt)
    ['对建设相关基础设施的企业,投入使用一年后,最高按照项目实际新增固定资产投资额(不包含航空器采购及软件系统)的50%给予一次性补助。', [['投入使用', 1, '年']]],
    // 余杭 (zhejiang-yuhang-zhuanjingtexin.txt): the dev gold's older form
    ['对区外首次引入的专精特新企业,正常生产经营一年后给予相应级别奖励。', [['正常生产经营', 1, '年']]],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it('a span after 投产 is a deadline, no condition: 企业投产后3年内给予补贴。', () => expect(bounds('企业投产后3年内给予补贴。')).toEqual([]));
});

describe('a programme set up with its total\'s ceiling is a total (programme ceiling)', () => {
  it('珠海 (guangdong-zhuhai-rengongzhineng.txt)', () =>
    expect(extractValues('用好“云上智城”算力资源,设立总额最高5亿元的“算力券”,降低企业使用智能算力的成本。').amounts.map((a) => [a.yuan, a.role])).toEqual([[500000000, 'total']]));
});

describe('actors of an article a note closes: places with a bracketed body, a government\'s departments (round 90 units)', () => {
  it('德州 (shandong-dezhou-haopinshandong.txt)', () => {
    const text = '关于共建共享“好品山东”的实施意见\n二、重点任务\n(一)大力实施质量强市和品牌战略,科学构建品牌体系。各县(市、区)政府(管委会)、市政府有关部门要把“好品山东”品牌建设列入重点工作进行安排部署。将有关品牌纳入培育体系。(责任单位:市市场监管局、市发展改革委)';
    expect(extractDocuments(docsOf(text)).flat().map((c) => c.units)).toEqual([
      ['各县(市、区)政府(管委会)', '市政府有关部门', '市市场监管局', '市发展改革委'],
      ['市市场监管局', '市发展改革委'],
    ]);
  });
});

describe('a law site\'s masthead and a title that forwards or prints a body\'s document (page head, round 90)', () => {
  it.each([
    // 海南省 (hainan-hainansheng-hangquan2004.txt): the forwarded body issues what the notice carries
    ['法搜网--中国法律信息搜索网\n海南省人民政府办公厅转发航权办关于2004年海南开放部分航权试点工作要点的通知\n  (六)争取年内开辟至海南的航线。', ['海南省人民政府办公厅转发航权办关于2004年海南开放部分航权试点工作要点的通知', '航权办']],
    // 海南省 (hainan-hainansheng-hangquan.txt): the body that prints a 规定
    ['法搜网--中国法律信息搜索网\n海南省人民政府办公厅印发海南省关于开放部分航权若干政策规定的通知\n(琼府办〔2009〕14号)\n各市、县、自治县人民政府:\n  《海南省关于开放部分航权若干政策的规定》已经省政府同意,现印发给你们。\n二○○九年二月五日\n海南省关于开放部分航权若干政策的规定\n  一、对航空公司给予全额补贴。', ['海南省人民政府办公厅印发海南省关于开放部分航权若干政策规定的通知', '海南省人民政府办公厅']],
  ])('%s', (text, want) => {
    const d = docsOf(text)[0];
    expect([d.title, d.issuer]).toEqual(want);
  });
});
