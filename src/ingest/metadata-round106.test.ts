import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { documentsOfPlainText } from './ingest.js';
import { closingBody, closingDate, signatureOf } from './metadata.js';

// Metadata classes from round 106 of the national development set (issue 9).

describe('a signer wrapped over two lines with no joining word, its place on the first (wrapped signer)', () => {
  it.each([
    // 云南省 (yunnan-yunnansheng-yixianyiye.txt)
    [['确保示范创建有力、有序推进。', '云南省打造世界一流“绿色食品牌”', '工作领导小组办公室', '2021年6月17日'], { issuer: '云南省打造世界一流“绿色食品牌”工作领导小组办公室', date: '2021-06-17' }],
    // form: a whole body on each line stays two signers
    [['请认真贯彻执行。', '某市财政局', '某市发展和改革委员会', '2021年6月17日'], { issuer: '某市财政局、某市发展和改革委员会', date: '2021-06-17' }],
    // form: a body with its level only on the line after a sentence is the signer alone
    [['请认真贯彻执行。', '市政府办公室', '2021年6月17日'], { issuer: '市政府办公室', date: '2021-06-17' }],
  ])('%#', (paras, signature) => {
    expect(signatureOf(paras as string[])).toEqual(signature);
  });
});

describe('a closing date run onto the end of the last sentence, a bar cell’s end after it (run-on closing date)', () => {
  it.each([
    // 永康 (zhejiang-yongkang-wushibai.txt)
    [['望以上企业再接再厉,为我市经济社会又好又快发展做出新的更大的贡献! 二○○八年二月二十九日 |'], '2008-02-29'],
    // form: Arabic figures
    [['请认真贯彻执行。2021年6月17日'], '2021-06-17'],
    // form: a date inside the sentence is no closing date
    [['本办法自2021年6月17日起施行,有效期三年。'], undefined],
  ])('%#', (paras, date) => {
    expect(closingDate(paras as string[])).toBe(date);
  });
});

// Round 107.
describe('a site’s name and hotline run in front of the title line, over a town body’s notice (contact prefix, town issuer)', () => {
  const doc = (text: string) => documentsOfPlainText(text)[0];
  it('北蔡镇 (shanghai-beicaizhen-caizhengfuchi.txt), its head', () => {
    const d = doc('China Finance Executive Council\n服务热线:400-820-2536\n\n北蔡镇人民政府关于调整财政扶持经济发展的若干规定\n\n  内容分类: 财务会计法 实 效 性:现行有效\n  文    号:浦北府[2007]37号 发文机关:\n  发文日期:2007-04-29 生效日期:2007-01-01\n\n为进一步加大招商引资育财力度,促进本镇经济又好又快发展,结合本镇实际,对财政扶持经济发展的相关规定作调整如下:\n');
    expect([d.title, d.issuer, d.region]).toEqual(['关于调整财政扶持经济发展的若干规定', '北蔡镇人民政府', '浦东新区']);
  });
  it('form: a county’s government keeps the number’s place out of it too', () => {
    const d = doc('某某网 服务热线:400-820-2536\n宁海县人民政府关于印发若干政策的通知\n宁政发〔2020〕3号\n各乡镇人民政府:\n现将若干政策印发给你们。\n');
    expect([d.issuer, d.region]).toEqual(['宁海县人民政府', '宁海县']);
  });
});

// Round 108.
describe('bodies named in front of 关于 at length, or after the notice’s number, issue it (joint issuers, number lead)', () => {
  const doc = (text: string) => documentsOfPlainText(text)[0];
  it('成都 (sichuan-chengdu-qianrushifuwu.txt), its title line', () => {
    const d = doc('成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施建设工程实施方案的通知\n\n各区(市)县政府(管委会),市级有关部门,有关单位:\n\n经市领导同意,现将《成都市城市社区嵌入式服务设施建设工程实施方案》印发给你们,请结合实际认真贯彻落实.\n');
    expect(d.issuer).toBe('成都市发展和改革委员会中共成都市委社会工作部成都市规划和自然资源局成都市住房和城乡建设局');
  });
  it('邹城 (shandong-zoucheng-jiaotongqiangguo.txt): the number in front of the issuer on the file-name line', () => {
    const d = doc(readFileSync(new URL('../../eval/national/dev/shandong-zoucheng-jiaotongqiangguo.txt', import.meta.url), 'utf8'));
    expect([d.issuer, d.title.startsWith('关于印发加快建设交通强国山东示范区邹城市行动方案')]).toEqual(['邹城市人民政府', true]);
  });
});

// Round 108's review: signers the pages lost their lines around.
describe('a signer after a comma closing the paragraph, or alone closing the text with no date (comma signature, closing body)', () => {
  it('河南省 (henan-henansheng-shengzhudiaochu.txt): …服务业处,河南省财政厅2024年10月21日。', () => {
    expect(signatureOf(['公示期自2024年10月21日至2024年10月27日,请在公示期内以书面形式向省财政厅反映,通信地址:郑州市金水区经三路25号河南省财政厅服务业处,河南省财政厅2024年10月21日。'])).toEqual({ issuer: '河南省财政厅', date: '2024-10-21' });
  });
  it('form: a date inside a sentence after a comma is no signature', () => {
    expect(signatureOf(['各单位请于规定时间前报送,市财政局2024年10月21日起受理申请,逾期不予受理。'])).toBeUndefined();
  });
  it.each([
    // 和田地区 (xinjiang-hetian-huanjingzhengzhi.txt): the cleaner ran the body onto the contact line
    [['四、监督电话', '电话号码:2021866-6700和田地区财政局', '你的浏览器目前处于缩放状态,页面可能会出现错位现象,建议100%大小显示。'], '和田地区财政局'],
    // form: on a line of its own
    [['监督电话:0903-2021866', '和田地区财政局'], '和田地区财政局'],
    // form: a sentence last is no signer
    [['监督电话:0903-2021866', '请各单位认真贯彻落实。'], undefined],
  ])('%#', (paras, issuer) => {
    expect(closingBody(paras as string[])).toBe(issuer);
  });
});

describe('a page’s byline of a body and its day ends its line, never run into the addressees below (body-date byline)', () => {
  const doc = (text: string) => documentsOfPlainText(text)[0];
  it('惠州 (guangdong-huizhou-xiaoshenggui.txt), its head', () => {
    const d = doc('查政策, 找服务, 就上查策网 !\n\n惠州市工业和信息化局关于下达2023年惠州市促进民营经济及小微工业企业上规模发展市级专项资金奖励安排计划的通知\n\n惠州市工业和信息化局 | 2023-05-10\n各县(区)政府(管委会):根据《广东省工业和信息化厅关于下达2022年促进小微工业企业上规模发展奖补资金安排计划的通知》要求,现将计划下达给“四个区”。\n');
    expect([d.date, d.text.split('\n').some((l) => l.startsWith('各县(区)政府(管委会)'))]).toEqual(['2023-05-10', true]);
  });
  it('form: a sentence wrapped after a day goes on', () => {
    const d = doc('关于做好申报工作的通知\n各单位:\n请于2023-05-10\n前将材料报送至市工业和信息化局。\n');
    expect(d.text.includes('请于2023-05-10前将材料报送至市工业和信息化局。')).toBe(true);
  });
});
