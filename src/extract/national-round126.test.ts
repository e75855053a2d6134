import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument, extractValues } from './extract.js';

// Classes from round 126 of the national development set (issue 9).
// Sentences are real, from the dev notice named in the comment; "form" marks one written from the class.

/** A sentence's deadlines as [raw, from, date]. */
const dl = (s: string, date: string) => extractValues(s, date).deadlines.map((d) => [d.raw, d.from, d.date ?? d.kind]);

describe('a span from one year’s season to the next year’s is one period (season span)', () => {
  it.each([
    // 西藏 (xizang-xizangqu-dongyouxizang.txt): the seasons without 季, nothing between them
    ['根据西藏自治区人民政府关于做好“冬游西藏”市场促进的工作部署,推出2018年冬2019年春“冬游西藏”活动优惠政策。', '2019-01-18', [['2018年冬2019年春', '2018', '2019']]],
    // forms: 季 and a joining word or dash, full-width
    ['2023年冬季至2024年春季，在全县开展农田水利基本建设。', '2023-10-20', [['2023年冬季至2024年春季', '2023', '2024']]],
    ['各景区2024年秋—2025年春执行淡季门票价格。', '2024-09-01', [['2024年秋—2025年春', '2024', '2025']]],
    // this winter and next spring, the notice's year to the next
    ['扎实做好今冬明春农田水利基本建设工作。', '2016-11-08', [['今冬明春', '2016', '2017']]],
    // (seasons of years not next to each other are no such span: each year read as before)
    ['2018年冬2020年春', '2018-01-01', [['2018年', undefined, '2018'], ['2020年', undefined, '2020']]],
    // (冬 opening a name is no season: 冬奥会, an event's year as before)
    ['办好2022年冬奥会相关服务保障工作。', '2021-03-01', []],
  ] as [string, string, unknown][])('%s', (s, date, want) => expect(dl(s, date)).toEqual(want));
});

/** Each clause's first 8 characters and its units, of a text read as a document. */
const clauses = (text: string) =>
  documentsOfPlainText(text)
    .flatMap((d) => extractDocument(d))
    .map((c) => [c.text.slice(0, 8), [...c.units], [...(c.lead ?? [])]]);

describe('a labelled list of bodies that opens the text is a clause of its own, the lines under it joining it (opening list)', () => {
  it.each([
    // 昌都 (xizang-changdu-niuyangrou.txt): a repost that starts at the campaign's organisers, no title and no heading
    [
      '主办单位:昌都市人民政府\n承办单位:昌都市农业农村局、昌都市商务局\n协办单位:西藏昌都市财政局、昌都市市场监督管理局,各县(区)商务局。\n个人消费昌都本地牛羊肉,满1000元减100元,满2000元减200元,满5000元减500元,满10000元减1000元,4个档次执行。\n',
      [
        ['主办单位:昌都市', ['昌都市人民政府', '昌都市农业农村局', '昌都市商务局', '西藏昌都市财政局', '昌都市市场监督管理局', '各县(区)商务局'], ['昌都市人民政府']],
        ['个人消费昌都本地', [], []],
      ],
    ],
    // 浙江省 (zhejiang-zhejiangsheng-fushengzhang.txt): an excerpt that starts at the note of an item it cut off
    [
      '责任单位:省市场监管局、省委网信办、省发展改革委\n3.加强食品药品全链条闭环监管。\n责任单位:省市场监管局、省药监局,省食品药品安全委员会其他成员单位\n',
      [
        ['责任单位:省市场', ['省市场监管局', '省委网信办', '省发展改革委'], []],
        ['加强食品药品全链', ['省市场监管局', '省药监局', '省食品药品安全委员会其他成员单位'], []],
      ],
    ],
    // form: under a title line, full-width colons
    [
      '关于举办2025年秋季消费节的通知\n主办单位：县人民政府\n承办单位：县商务局\n活动期间，对参与商户给予每户2000元补贴。\n',
      [
        ['主办单位：县人民', ['县人民政府', '县商务局'], ['县人民政府']],
        ['活动期间，对参与', [], []],
      ],
    ],
  ] as [string, unknown][])('%s', (text, want) => expect(clauses(text)).toEqual(want));
});
