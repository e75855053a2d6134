import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDeadlines } from './deadlines.js';
import { extractDocuments, extractValues } from './extract.js';

// Classes found on the dev notices of round 88 (twenty-first session: 嘉兴港区, 广东省 储能, 潍坊 氢能, 曲靖, 上海 总部, 云南省 ×2, 泸州, 湖北省
// 生物医药), each with the dev sentence that showed it (file named) and forms from other provinces.

const docsOf = (text: string) => documentsOfPlainText(text);
const clausesOf = (text: string) => extractDocuments(docsOf(text)).flat();
const amounts = (s: string) => extractValues(s).amounts.map((a) => [a.yuan, a.role]);
const bounds = (s: string) => extractValues(s).thresholds.map((t) => [t.min ?? null, t.max ?? null, t.unit]);

describe('the end of a five-year period is its last year (period end)', () => {
  const limits = (s: string) => extractDeadlines(s).map((d) => [d.raw, d.date, d.from ?? null]);
  it.each([
    // 广东省 (guangdong-guangdongsheng-xinxingchuneng.txt)
    ['争取到2025年,全省新能源发电项目配建新型储能电站规模100万千瓦以上,到2027年达到200万千瓦以上,“十五五”期末达到300万千瓦以上。', [['到2025年', '2025', null], ['到2027年', '2027', null], ['“十五五”期末', '2030', null]]],
    // forms: 末 alone, and 期间 still a period
    ['到“十四五”末,全市数字经济核心产业增加值翻番。', [['“十四五”末', '2025', null]]],
    ['“十四五”期间,累计投资100亿元。', [['“十四五”期间', '2025', '2021']]],
  ])('%s', (s, want) => expect(limits(s)).toEqual(want));
});

describe('a size class counted after a counting verb is no sum (size class)', () => {
  it.each([
    // 湖北省 (hubei-hubeisheng-shengwuyiyao.txt)
    ['在生物药领域,聚焦发展新型疫苗,加快研发、临床试验和产业化,培育100亿元大品种1个。', []],
    ['在医疗器械领域,加快高端医疗装备推广应用,培育10亿元大品种5个。', []],
    // forms
    ['新增百亿元企业2家,引进亿元项目3-5个。', []],
    // a grant, and a bounded class (a threshold) stay
    ['奖励50万元企业3家。', [[500000, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
  it('培育10亿元以上大品种15个 is a bounded class', () => expect(bounds('实施首仿药战略布局,培育10亿元以上大品种15个。')).toEqual([[1000000000, null, '元']]));
});

describe('a fee the firm pays is no sum (fee paid)', () => {
  it.each([
    // 云南省 (yunnan-yunnansheng-waishangtouzi.txt)
    ['自第六年起按每年每平方米不超过一元五角计收。', []],
    // forms: a rent charged, a fee paid
    ['按每平方米5元收取租金。', []],
    ['入园企业须向园区缴纳管理费每年2万元。', []],
    // a grant after the paying verb stays one
    ['对于积极抗击疫情的规模以上工业企业,按照2022年5月社保缴纳人数、300元/人的标准,给予一次性生产防疫物资补助。', [[300, 'fixed']]],
    ['对企业缴纳的税收地方留成部分给予100万元奖励。', [[1000000, 'fixed']]],
  ])('%s', (s, want) => expect(amounts(s)).toEqual(want));
});

describe('bounds a ranking scores and a standard relaxed are conditions; an approval power\'s is not (scored bands)', () => {
  it.each([
    // 曲靖 (yunnan-qujing-waimaojiangli.txt): a band that earns points, and a growth step that earns them
    ['出口5000 -9999万美元(含5000万美元),得75分。', [[50000000, 99990000, '美元']]],
    ['出口增量在500万美元以上的,每增长10%计1分。', [[5000000, null, '美元'], [0.1, null, '%']]],
    // 上海 (shanghai-shanghaishi-kuaguozongbu.txt): a qualifying standard relaxed to a level
    ['调整跨国公司地区总部和总部型机构认定标准,将跨国公司地区总部母公司总资产要求放宽至2亿美元,将跨国公司总部型机构母公司总资产要求放宽至1亿美元。', [[200000000, null, '美元'], [100000000, null, '美元']]],
    ['将注册资本门槛降低至500万元。', [[5000000, null, '元']]],
    // 云南省 (yunnan-yunnansheng-guliwaishang.txt, traditional): the size an authority may approve is none
    ['昆明市享受省級待遇,各地州(市)行使1000萬美元以下,瑞麗、畹町、河口三城市行使300萬美元以下外商投資企業審批權。', []],
  ])('%s', (s, want) => expect(bounds(s)).toEqual(want));
  it('a growth step that earns points is no rate', () => expect(extractValues('每增长1个百分点加1分。').rates).toEqual([]));
});

describe('a note a page set at the start of the next item\'s line closes the article above (leading note)', () => {
  it('上海 (shanghai-shanghaishi-kuaguozongbu.txt)', () => {
    const text = '上海市人民政府关于本市促进跨国公司地区总部发展的若干意见\n一、进一步加大鼓励跨国公司地区总部集聚力度(一)调整跨国公司地区总部和总部型机构认定标准,将跨国公司地区总部母公司总资产要求放宽至2亿美元。\n(市商务委负责)(二)调整跨国公司地区总部和总部型机构认定标准,取消跨国公司地区总部母公司实缴注册资本的限制。\n取消跨国公司总部型机构母公司在华投资企业数量限制。\n(市商务委负责)(三)取消跨国公司地区总部和总部型机构须为外商独资企业的限制。\n(市商务委、市市场监管局负责)';
    expect(clausesOf(text).map((c) => [c.text.slice(0, 8), c.units])).toEqual([
      ['调整跨国公司地区', ['市商务委']],
      ['调整跨国公司地区', ['市商务委']],
      ['取消跨国公司总部', ['市商务委']],
      ['取消跨国公司地区', ['市商务委', '市市场监管局']],
    ]);
  });
});

describe('a joint notice signed by many bodies, a party department among them (signers)', () => {
  it('潍坊 (shandong-weifang-qingneng.txt, traditional): fourteen signers, the first a 組織部', () => {
    const signers = ['濰坊市委組織部', '濰坊市發展和改革委員會', '濰坊市教育局', '濰坊市科學技術局', '濰坊市工業和信息化局', '濰坊市公安局', '濰坊市財政局', '濰坊市人力資源和社會保障局', '濰坊市自然資源和規劃局', '濰坊市城市管理局', '濰坊市交通運輸局', '濰坊市應急管理局', '濰坊市國有資產監督管理委員會', '濰坊市市場監督管理局'];
    const text = `市直有關部門,各縣市區、市屬開發區有關部門:\n為推進全市氫能產業高質量發展,我們制定了《關于支持氫能產業發展的若干政策》,已經市政府同意,現印發給你們,請認真貫徹執行。\n${signers.join('\n')}\n2025年4月10日\n(此件公開發布)\n關于支持氫能產業發展的若干政策\n一、鼓勵天然氣管道摻氫及純氫管網建設。對企業投資建設的天然氣管道摻氫項目,按摻混站建設投資的30%進行補貼。(市財政局負責)`;
    const doc = docsOf(text)[0];
    expect([doc.issuer, doc.date]).toEqual([signers.join('、'), '2025-04-10']);
  });
});
