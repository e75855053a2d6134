import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../extract/extract.js';
import { headingLevel, isParagraphEnd, isTabRow } from './clean.js';
import { htmlToText } from './html.js';
import { documentsFromText, documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// House style must not change what is read: the same notice with its punctuation in the other width, its unit notes in
// another bracket shape or its characters traditional gives the same documents, metadata and values (folded back to compare).
// Each class below was found by applying such a rewrite to the dev half (eval/national/dev) and the seeds (corpus/).
const seed = (file: string) => readFileSync(new URL(`../../corpus/${file}`, import.meta.url), 'utf8');
/** A clause's values as keys: its units, rates, amounts and deadlines. */
const valueKeys = (c: ReturnType<typeof extractDocuments>[number][number]): string[] => [
  ...c.units.map((u) => `u${u}`),
  ...c.rates.map((r) => `r${r.value}`),
  ...c.amounts.map((a) => `a${a.yuan}`),
  ...c.deadlines.map((d) => `d${d.date ?? d.raw}`),
];
/** The values of each clause of a text that holds any, in order: two readings of one notice compare equal. */
const clauseValues = (text: string) =>
  extractDocuments(documentsOfPlainText(text))
    .flat()
    .map(valueKeys)
    .filter((k) => k.length);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

const rewrites: Record<string, (s: string) => string> = {
  'half-width punctuation': (s) => s.replace(/（/g, '(').replace(/）/g, ')').replace(/：/g, ':').replace(/；/g, ';').replace(/，/g, ','),
  // (not a web address's colon, a converter's marker's ([bookmark: _GoBack]) nor a thousands separator)
  'full-width punctuation': (s) => s.replace(/\(/g, '（').replace(/\)/g, '）').replace(/:(?!\d|\/\/| )/g, '：').replace(/;/g, '；').replace(/,(?!\d{3})/g, '，'),
  traditional: (s) => toTraditional(s),
  // (an item's number with its stop left out: 1.对… → 1对…, as 沈阳 and 江苏省 print them)
  'bare item numbers': (s) => s.replace(/^(\s*)(\d{1,2})[.．、](?=[\u4e00-\u9fff“])/gm, '$1$2'),
  'full-width digits': (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  '【】 unit notes': (s) => s.replace(/[（(]((?:责任|牵头|配合|主责|实施|承办)[^（()）]{0,80})[）)]/g, '【$1】'),
  '[] unit notes': (s) => s.replace(/[（(]((?:责任|牵头|配合|主责|实施|承办)[^（()）]{0,80})[）)]/g, '[$1]'),
};
const same = (s: string) => toSimplified(s).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[（(]/g, '(').replace(/[）)]/g, ')').replace(/[，]/g, ',').replace(/[：]/g, ':').replace(/[；]/g, ';');

function reading(text: string) {
  const docs = documentsOfPlainText(text);
  const clauses = extractDocuments(docs).flat();
  return {
    docs: docs.map((d) => [same(d.title), same(d.region ?? ''), same(d.issuer ?? ''), d.date ?? ''].join(' / ')),
    amounts: clauses.flatMap((c) => c.amounts.map((a) => a.yuan)),
    rates: clauses.flatMap((c) => c.rates.map((r) => r.value)),
    thresholds: clauses.flatMap((c) => c.thresholds.map((t) => `${t.min}|${t.max}`)),
    units: clauses.flatMap((c) => c.units.map(same)),
    deadlines: clauses.flatMap((c) => c.deadlines.map((d) => d.date)),
  };
}

describe('a notice reads the same whatever its house style (punctuation width, note brackets, traditional characters, digit width, item numbers)', () => {
  const texts: [string, string][] = [
    // 湛江: headings with a comma (一、建立长效机制,减少工业粉尘污染) over items with a (由…牵头落实。配合单位:…) note.
    ['guangdong-zhanjiang-jingxihuaguanli.txt', dev('guangdong-zhanjiang-jingxihuaguanli.txt')],
    // 濮阳县: 责任单位:县科技局、工信局、税务局、财政局按职责分工负责;各乡镇…落实。
    ['henan-puyangxian-xiaowei.txt', dev('henan-puyangxian-xiaowei.txt')],
    // 海南: the carried rules' title holds a bracket, 专项资金(旅游产业)使用实施细则.
    ['hainan-hainansheng-lvyouzhuanxiang.txt', dev('hainan-hainansheng-lvyouzhuanxiang.txt')],
    // 抚顺: a metadata block, a masthead and the document number over the title.
    ['liaoning-fushun-wenzhongqiujin.txt', dev('liaoning-fushun-wenzhongqiujin.txt')],
    // 荆门: a call for comments (我委起草了《…(征求意见稿)》) over the draft.
    ['hubei-jingmen-gaoxinqu.txt', dev('hubei-jingmen-gaoxinqu.txt')],
    // 四川省: (财政厅牵头) after a long item.
    ['sichuan-sichuansheng-bumenfengong.txt', dev('sichuan-sichuansheng-bumenfengong.txt')],
    // 广西: a heading that moves a time limit (一、申报截止时间调整至2023年5月10日) over the sentence it governs.
    ['guangxi-zizhiqu-xinnengyuanqiche.txt', dev('guangxi-zizhiqu-xinnengyuanqiche.txt')],
    // 綦江 (seed): attachments titled over a bracketed period line each, (2021-2025年).
    ['000_1783c25a94a31d5b.txt', seed('000_1783c25a94a31d5b.txt')],
    // 重庆 (seed): five plans, each after an item closed by its (责任单位:…,各区县) note.
    ['003_8734aef2fc347d61.txt', seed('003_8734aef2fc347d61.txt')],
  ];
  const base = new Map(texts.map(([name, text]) => [name, reading(text)]));
  for (const [name, text] of texts) {
    it.each(Object.keys(rewrites))(`${name}: %s`, (rewrite) => {
      expect(reading(rewrites[rewrite](text))).toEqual(base.get(name));
    });
  }
});

describe('a heading ends its line whatever the width of its comma (punctuation width)', () => {
  it.each([
    // 湛江 (guangdong-zhanjiang-jingxihuaguanli.txt)
    ['一、建立长效机制,减少工业粉尘污染', '建立严格的考核问责制度,加强对工业企业大气污染控制和治理。', true],
    ['一、建立长效机制，减少工业粉尘污染', '建立严格的考核问责制度，加强对工业企业大气污染控制和治理。', true],
    // (a sentence's first part, its stop on the next line, is no heading: a 。 or ； in it says so)
    ['一、加强组织领导。统筹推进各项工作', '重大问题及时提请市委研究。', false],
  ])('%s', (p, n, want) => expect(isParagraphEnd(p, n)).toBe(want));
});

describe('a unit note closes its paragraph in a bracket of any shape (note brackets)', () => {
  // 重庆 (corpus/003): the item's note, then the next plan's title over its first sentence.
  it.each([
    '（责任单位：市政府办公厅、市发展改革委，各区县）',
    '(责任单位:市政府办公厅、市发展改革委,各区县)',
    '【责任单位：市政府办公厅、市发展改革委，各区县】',
    '〔责任单位:市政府办公厅、市发展改革委,各区县〕',
    '[责任单位:市政府办公厅、市发展改革委,各区县]',
  ])('%s', (note) => {
    expect(isParagraphEnd(`加强知识产权保护，完善社会信用体系。${note}`, '重庆市制造业产业创新能力')).toBe(true);
  });
});

describe('a unit field on a line of its own ends its paragraph: the next item starts below it (note line)', () => {
  it.each([
    // 临沂 (shandong-linyi-chibanggongcheng.txt), its bracketed note written as a line of its own
    ['责任单位:市财政局、市税务局', '健全创新型中小企业、专精特新企业梯队培育体系,对新认定的国家级“单项冠军”企业给予奖励。', true],
    // 新乡 (henan-xinxiang-nongyechanyehua.txt)
    ['责任单位:牧野区、卫滨区人民政府、市农业局、市商务局', '随着农业产业的不断发展,对各县(市、区)涌现出的发展势头好的集群', true],
    // forms: 牵头部门 with a full-width colon, a closing bracket
    ['牵头部门：县发展改革局（县重点项目服务中心）', '二、加快推进项目建设，确保全年开工30个以上。', true],
    // (a list the layout wraps goes on: it ends in 、 or in the middle of a name)
    ['责任单位:县科技局、工信局、', '税务局、财政局按职责分工负责。', false],
    ['责任单位:市发展改革委、市财', '政局、市税务局', false],
  ])('%s', (p, n, want) => expect(isParagraphEnd(p, n)).toBe(want));
  it('临沂 dev: each item keeps its own note when the notes stand on lines of their own', () => {
    const text = dev('shandong-linyi-chibanggongcheng.txt');
    const asLines = text.replace(/[（(]((?:责任单位|牵头单位)[：:][^（()）\n]{1,80})[）)]\s*$/gm, '\n$1');
    expect(asLines).not.toBe(text);
    expect(reading(asLines)).toEqual(reading(text));
  });
});

describe('an item number with its stop left out is an item number, not a count or a date (bare item numbers)', () => {
  it.each([
    // 沈阳 (liaoning-shenyang-yixiangyiye.txt), 江苏省 (jiangsu-jiangsusheng-zhongdianrenwu.txt), 吉林市 and 梁溪 (01…)
    ['1对发展一乡一业具有重大带动作用的新建农产品加工企业,在现有固定资产投资补贴政策基础上', 4],
    ['2加快实施服务业“倍增”计划,提升服务业的规模和层次', 4],
    ['01鼓励企业做大做强', 4],
    // (a count, a month, a place's count, a year: no item)
    ['3个重点项目全部开工', 0],
    ['6月底前完成全部验收', 0],
    ['10县市人民政府', 0],
    ['2025年全市地区生产总值增长6%', 0],
  ])('%s', (p, want) => expect(headingLevel(p)).toBe(want));
});

// A hard wrap (a PDF's text layer, `eval --variant wrapped`) may cut a number; the rest of it is no item number without its stop.
describe('a number a hard wrap cut (wrapped number)', () => {
  const widths = new Set([36]);
  it.each([
    // 济南 (shandong-jinan-laiwugangcheng.txt) wrapped at 36: …和国道2 / 05线钢城城区段绕线工程…
    ['至两区快速通道。推动省道317线莱芜区鹿野至章丘区射垛段升级改造和国道2', '05线钢城城区段绕线工程(钢城发展大道)建设。尽快开通主城区经章丘至两区', false],
    // forms: a sum cut before its last digits
    ['对首次认定的国家级专精特新小巨人企业,给予一次性奖励,奖励金额为10', '0万元,由区财政局兑付,并对其研发费用按照一定比例给予补助,最高不超过', false],
    // (a short line ending in a digit is no wrap: the item numbered 12 below it starts a paragraph)
    ['加快建设,2025年底前完成', '12加快推进重点项目建设。', true],
  ])('%s', (p, n, want) => expect(isParagraphEnd(p, n, widths)).toBe(want));
  it('济南 dev: wrapped at 36 characters, every sentence of item 1 keeps the item’s note', () => {
    const text = dev('shandong-jinan-laiwugangcheng.txt');
    const wrapped = text.split('\n').map((l) => l.match(/.{1,36}/g)?.join('\n') ?? l).join('\n');
    const units = (t: string) => extractDocuments(documentsOfPlainText(t)).flat().find((c) => c.text.startsWith('推动省道317线'))?.units;
    expect(units(wrapped)).toEqual(units(text));
    expect(units(text)).toContain('济南轨道交通集团');
  });
});

// A PDF text layer that sets every glyph apart (`eval --variant spaced`): the source's own spaces are the wider gaps, and they part
// what they part in running text — a unit field's bodies.
describe('a spaced-out line keeps its own gaps (spaced layout)', () => {
  const spaced = (s: string) => [...s].join(' ');
  it('开封 dev (henan-kaifeng-fenjieluoshi.txt): 责任单位:市发改委 五县五区政府 开发区管委会, spaced out', () => {
    const line = '  责任单位:市发改委 五县五区政府 开发区管委会';
    const text = `关于印发重点工作分解落实意见的通知\n1.加快重点项目建设,确保全年完成投资100亿元。\n${line}\n2.抓好招商引资。\n`;
    const units = (t: string) => extractDocuments(documentsOfPlainText(t)).flat().find((c) => c.text.startsWith('加快'))?.units;
    expect(units(text)).toEqual(['市发改委', '五县五区政府', '开发区管委会']);
    expect(units(text.replace(line, spaced(line)))).toEqual(units(text));
  });
});

describe('a page that lost its line breaks is read from its first sentence (flattened page)', () => {
  const flat = (s: string) => s.replace(/\n/g, '');
  const read = (text: string) => {
    const docs = documentsOfPlainText(text);
    return { docs, clauses: extractDocuments(docs).flat() };
  };
  it('辽宁省 dev (liaoning-liaoningsheng-jiuyechuangye.txt, flattened): the addressees open the line, no title; the first item keeps its note', () => {
    const { docs, clauses } = read(flat(dev('liaoning-liaoningsheng-jiuyechuangye.txt')));
    expect(docs[0].title).toBe('');
    const first = clauses.find((c) => c.text.startsWith('把穩定和擴大就業'));
    expect(first?.units.slice(0, 3)).toEqual(['省發展改革委', '省經濟和信息化委', '省科技廳']);
  });
  it('红寺堡 dev (ningxia-hongsibao-nongyechanye.txt, flattened): a news lead, no title end, is body up to its first inline heading', () => {
    const { clauses } = read(flat(dev('ningxia-hongsibao-nongyechanye.txt')));
    expect(clauses.flatMap((c) => c.amounts.map((a) => a.yuan))).toEqual(expect.arrayContaining([64590000, 6500]));
  });
  it('开封 dev (henan-kaifeng-wenjin.txt, one line as found): the addressees run into the cover sentence; the title is what it carries', () => {
    const { docs } = read(dev('henan-kaifeng-wenjin.txt'));
    expect([docs[0].title, docs[0].date]).toEqual(['扎实推进2024年下半年经济稳进向好若干措施', '2024-09-06']);
  });
  it.each([
    // 江门 dev (guangdong-jiangmen-zhizaoye.txt): the title of what the cover carries follows its signing date
    ['guangdong-jiangmen-zhizaoye.txt', '江门市人民政府', '2023-03-28'],
    // 江门 dev (guangdong-jiangmen-jigairuku.txt): the contact after the date
    ['guangdong-jiangmen-jigairuku.txt', '江门市工业和信息化局', '2019-09-23'],
    // 海东 dev (qinghai-haidong-xiezuozijin.txt): a telephone number before the body, the text's end after the date
    ['qinghai-haidong-xiezuozijin.txt', '海东市扶贫开发局', '2018-11-01'],
  ])('%s flattened: the signature inside the line gives its issuer and date', (file, issuer, date) => {
    const { docs } = read(flat(dev(file)));
    expect([docs[0].issuer, docs[0].date]).toEqual([issuer, date]);
  });
  it.each([
    // 嘉鱼 dev: the attachments' list runs into the date before (此件公开发布)
    ['hubei-jiayu-zerenfenjie.txt', '2021-05-12'],
    // 遂宁 dev: the signing body after the attachment's title in 《》
    ['sichuan-suining-chanyeyuanqu.txt', '2023-07-14'],
    // 四川省, 包头, 焦作 dev: a decision's date in brackets under its title (焦作's opening bracket lost)
    ['sichuan-sichuansheng-fuwuye.txt', '2020-06-06'],
    ['neimenggu-baotou-chuangxinqudong.txt', '2024-01-01'],
    ['henan-jiaozuo-gongyejingji.txt', '2019-04-26'],
    // 奉化 dev: a date field with no colon inside the run-together head (发文日期 2022-05-20)
    ['zhejiang-fenghua-gongtongfuyu.txt', '2022-05-20'],
  ])('%s flattened: the notice’s date inside the line', (file, date) => {
    expect(read(flat(dev(file))).docs[0].date).toBe(date);
  });
  it('金山 dev (shanghai-jinshan-shitijingji.txt, flattened): five bodies signing together before the date', () => {
    const { docs } = read(flat(dev('shanghai-jinshan-shitijingji.txt')));
    expect([docs[0].issuer, docs[0].date]).toEqual(['金山区经济委员会金山区科学技术委员会金山区财政局金山区市场监督管理局金山区投资促进办公室', '2023-12-21']);
  });
  it.each([
    // as written: 怀柔 dev, a cover's run-on lines; 淮安 dev, the date before (此件公开发布) outranks the page's
    ['beijing-huairou-wuranfangzhi.txt', '2019-02-27'],
    ['jiangsu-huaian-weiminshishi.txt', '2020-01-23'],
  ])('%s as written: the signing date before its remark', (file, date) => {
    expect(read(dev(file)).docs[0].date).toBe(date);
  });
  it('浙江省 dev (zhejiang-zhejiangsheng-zerenfenjie.txt, flattened): a unit field ends where the next item’s number starts, which is no part of its clause', () => {
    const text = flat(dev('zhejiang-zhejiangsheng-zerenfenjie.txt'));
    // (the items' numbers, run on after the notes, are no part of their clauses)
    const units = read(text).clauses.filter((c) => /^(?:堅持政府過緊日子|積極爭取並高效)/.test(c.text)).map((c) => c.units);
    expect(units).toEqual([['省政府辦公廳', '省財政廳', '省商務廳', '省文化廣電和旅遊廳'], ['省財政廳', '省發展改革委']]);
  });
  it('宁波 dev (zhejiang-ningbo-gaozhiliang.txt, lines joined by spaces): a heading with a comma and 的 closed by its note heads its section', () => {
    const text = dev('zhejiang-ningbo-gaozhiliang.txt').replace(/\n/g, ' ');
    const first = read(text).clauses.find((c) => c.text.startsWith('充分發揮投資'));
    expect(first?.units).toEqual(['市發改委']);
  });
  it('辽宁省 dev (liaoning-liaoningsheng-renwufenjie.txt, flattened): a leader’s field run into the unit fields after an item is no clause, the fields its note', () => {
    const { clauses } = read(flat(dev('liaoning-liaoningsheng-renwufenjie.txt')));
    const first = clauses.find((c) => c.text.startsWith('地区生产总值增长5%'));
    expect(first?.units).toEqual(['省发展改革委', '省工业和信息化厅', '省农业农村厅', '省商务厅', '各市人民政府', '省沈抚示范区管委会']);
    // (the last item's leader ends the excerpt with no note after it: a clause of nothing, as its own line would be)
    expect(clauses.filter((c) => c.text.startsWith('牵头领导')).length).toBe(1);
  });
  it('静安 dev (shanghai-jingan-zhongdiangongzuo.txt, flattened): the government’s own departments addressed first give no title; the carried title ends in 安排', () => {
    const { docs } = read(flat(dev('shanghai-jingan-zhongdiangongzuo.txt')));
    expect([docs[0].title, docs[0].issuer, docs[0].date]).toEqual(['', '上海市静安区人民政府', '2023-02-27']);
  });
  it.each([
    ['县直各单位,各乡镇人民政府:\n现将《关于支持企业发展的若干措施》印发给你们,请认真贯彻执行。\n'],
    ['市政府各部门、各直属机构:\n现将《2024年重点工作安排》印发给你们,请认真贯彻执行。\n'],
  ])('addressees that name the government’s own departments first give no title: %s', (text) => {
    expect(read(text).docs[0].title).toBe('');
  });
  it('an addressee line alone still gives no title', () => {
    const { docs } = read('各县(市、区)人民政府,市政府各部门:\n现将《关于支持企业发展的若干措施》印发给你们,请认真贯彻执行。\n');
    expect(docs[0].title).toBe('');
  });
});

describe('a table whose cells tabs part reads as the same table drawn with bars (tabbed table)', () => {
  // (as a table copied out of a browser or saved as text from Word gives it: each bar a tab, no tab opening or closing a row)
  const tabbed = (s: string) => s.replace(/[|｜]/g, '\t').replace(/ *\t */g, '\t').replace(/^\t+|\t+$/gm, '');
  it.each([
    // 嘉善 dev: a target table (任务名称 | 嘉善现值 | 2023年目标 | 2025年目标 | 2027年目标 | 责任单位)
    ['zhejiang-jiashan-mubiaorenwu.txt'],
    // 上城 dev: a task table (序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门)
    ['zhejiang-shangcheng-mubiaofenjie.txt'],
    // 番禺 dev: a table of projects with their plans (序号 | 项目名称 | 工作任务 | 责任单位 | …)
    ['guangdong-panyu-minshengshishi.txt'],
    // 宝山 dev: a header that names no column a table is read by (专项资金 | 编号 | 扶持项目 | 扶持标准和方式): its rows are lines of text
    ['shanghai-baoshan-zhuanxiangzijin.txt'],
    // 广东省 dev: a table of two columns, one tab a row (地市 | 计划安排额度(万元), 汕头市 | 19600)
    ['guangdong-guangdongsheng-jigaizijin.txt'],
    // 泰顺 dev: rows whose unit cell is merged with the row's above, one cell short with no padding as tabs give them
    ['zhejiang-taishun-minshengshishi.txt'],
  ])('%s', (file) => {
    const text = dev(file);
    expect(clauseValues(tabbed(text))).toEqual(clauseValues(text));
  });
  it('a line with a tab or two inside a sentence is no row: 资金\t50万元 stays running text', () => {
    expect(isTabRow('对企业给予50万元奖励。')).toBe(false);
    expect(isTabRow('1\t加快项目建设\t市发改委')).toBe(true);
    expect(isTabRow('\t市发改委')).toBe(false);
  });
  it('two cells a line make a table only as a run of such lines: one line of two cells stays running text (tabbed table)', () => {
    // 广东省 dev (guangdong-guangdongsheng-jigaizijin.txt): 汕头市\t19600 is a row among rows, and 19600万元 its amount
    const rows = tabbed(dev('guangdong-guangdongsheng-jigaizijin.txt').split('\n').slice(10, 14).join('\n'));
    const amounts = (t: string) => extractDocuments(documentsOfPlainText(t)).flat().flatMap((c) => c.amounts.map((a) => a.yuan));
    expect(amounts(rows)).toEqual([1400000000, 196000000, 140000000]);
    // (a line alone with a tab in it, 资金\t50万元: the tab is a gap in a sentence)
    expect(amounts('关于支持企业发展的若干措施\n一、对符合条件的企业给予资金\t50万元奖励。\n二、对新认定的企业给予奖励。')).toEqual([500000]);
  });
});

describe('a table on a web page reads as the same table drawn with bars in a text (page table)', () => {
  // (the page a text's bar-drawn table came from: a <p> a line, the bar rows a <table>; the reader renders it a cell a line)
  const BAR_LINE = /^\s*[|｜].*[|｜]\s*$|^[^|｜\n]+[|｜][^\n]*[|｜]\s*$/;
  const asPage = (t: string) => {
    const out = ['<html><body><div class="content">'];
    let open = false;
    for (const line of t.split('\n')) {
      if (BAR_LINE.test(line)) {
        if (!open) out.push('<table>');
        open = true;
        const cells = line.trim().replace(/^[|｜]/, '').replace(/[|｜]\s*$/, '').split(/[|｜]/);
        out.push(`<tr>${cells.map((c) => `<td>${c.trim()}</td>`).join('')}</tr>`);
      } else {
        if (open) out.push('</table>');
        open = false;
        if (line.trim()) out.push(`<p>${line}</p>`);
      }
    }
    if (open) out.push('</table>');
    return `${out.join('\n')}</div></body></html>`;
  };
  // (the values alone, not their clauses: a page's table gives a clause a row, a text's a clause a sentence of the task cell)
  const values = (docs: ReturnType<typeof documentsFromText>) => extractDocuments(docs).flat().flatMap(valueKeys).sort();
  it.each([
    // 上城 dev: a task table (序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门); 泰顺 dev: a table of projects with plan columns; 大冶 dev: a
    // project table with money columns
    ['zhejiang-shangcheng-mubiaofenjie.txt'],
    ['zhejiang-taishun-minshengshishi.txt'],
    ['hubei-daye-xianjiezijin.txt'],
    // 福田 dev (序号 | 类别 | 项目说明 | 支持额度 | 备注) and 宝山 dev (专项资金 | 编号 | 扶持项目 | 扶持标准和方式): no column names the task,
    // so every cell that is no number, unit, time or money column is read, as the text's row is
    ['guangdong-futian-zhaoshangyinzi.txt'],
    ['shanghai-baoshan-zhuanxiangzijin.txt'],
  ])('%s', (file) => {
    const text = dev(file);
    const page = documentsFromText({ text: htmlToText(asPage(text), { wholeDocument: true }), format: 'html', encoding: 'utf-8' }, 'x.html');
    expect(values(page)).toEqual(values(documentsOfPlainText(text)));
  });
});

describe('a page converted to Markdown reads as the page (markdown marks)', () => {
  // (the headings of a notice: 一、…, （一）… alone on their line)
  const HEADING_LINE = /^(\s*)((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；\n]{1,30})$/gm;
  it.each([
    // 湖州 dev (headings over their notes), 临海 dev, 宁波 dev
    ['zhejiang-huzhou-gaozhiliang2025.txt'],
    ['zhejiang-linhai-gaozhiliang.txt'],
    ['zhejiang-ningbo-gaozhiliang.txt'],
  ])('%s: ## before each heading, or the heading in bold', (file) => {
    const text = dev(file);
    expect(clauseValues(text.replace(HEADING_LINE, '$1## $2'))).toEqual(clauseValues(text));
    expect(clauseValues(text.replace(HEADING_LINE, '$1**$2**'))).toEqual(clauseValues(text));
  });
  it('a name masked with asterisks keeps them: 张**、李**', () => {
    const docs = documentsOfPlainText('关于拟奖励人员名单的公示\n张**、李**等2人拟获奖励。\n');
    expect(docs[0].text).toContain('张**、李**');
  });
});

describe('a gazette’s or a site’s section names over the title are no part of it (section label)', () => {
  const head = (text: string) => documentsOfPlainText(text).map((d) => [d.title, d.issuer]);
  it('咸宁 dev (hubei-xianning-cuoshifengong.txt): a gazette’s 目录 and 市政府文件 over its first title', () => {
    const first = head(dev('hubei-xianning-cuoshifengong.txt')).find((d) => (d[0] ?? '').includes('城市生活垃圾处理收费管理办法'));
    expect(first?.[1]).toBe('市人民政府');
  });
  it('宜兴 dev (jiangsu-yixing-zhongdiangongzuo.txt): a site’s section label 市政府文件 on the first line', () => {
    const text = dev('jiangsu-yixing-zhongdiangongzuo.txt');
    expect(head(text)[0]).toEqual(['市政府关于印发2020年重点工作分解落实方案的通知', '宜兴市人民政府']);
  });
});
