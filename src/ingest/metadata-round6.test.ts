import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { issuerBeforeAbout, titleAuthor } from './metadata.js';
import { devText as dev } from '../dev-notices.js';

// Round 6 of the metadata classes (the 14 dev notices of round 6): real lines of eval/national/dev (file named in each
// case); "form" marks a line written from the class where the dev set had one example only.
const docsOf = (text: string, name = 'x.txt') => documentsOfPlainText(text, name);

describe('the body before 印发关于 / 印发《…》的通知 issues the notice', () => {
  it.each([
    // 浙江 长兴 (zhejiang-changxing-gaozhiliang.txt): its title line, and the two titles it cites (浙江省, 湖州市 use the form)
    ['长兴县人民政府印发关于进一步加快推动经济高质量发展若干政策的通知', '长兴县人民政府'],
    ['浙江省人民政府印发关于推动经济高质量发展若干政策的通知', '浙江省人民政府'],
    ['湖州市人民政府印发关于进一步加快推动经济高质量发展若干政策的通知', '湖州市人民政府'],
    // 河南 开封 (henan-kaifeng-shuangguoban.txt): a report's lead names the body after its province's short name
    ['6月4日,河南开封市人民政府办公室印发《攻坚二季度确保“双过半”若干措施》(以下简称《措施》)的通知。', '开封市人民政府办公室'],
    // forms: 转发, places written in full before the body (kept: only a short name is a locator), the older 关于 form
    ['嘉兴市人民政府办公室转发关于进一步加强工业用地管理意见的通知', '嘉兴市人民政府办公室'],
    ['湖北省十堰市郧阳区人民政府办公室印发《郧阳区促进工业经济稳增长若干措施》的通知', '湖北省十堰市郧阳区人民政府办公室'],
    ['温岭市人民政府关于推动工业经济高质量发展的若干意见', '温岭市人民政府'],
  ])('%s → %s', (line, issuer) => {
    expect(issuerBeforeAbout(line)).toBe(issuer);
  });
  it.each([
    // a body whose document a sentence follows is not the issuer; a title it cites neither
    ['根据河南省人民政府办公厅印发《关于进一步稳经济促增长的若干措施》的通知要求,结合我市实际,制定本措施。'],
    ['按照《浙江省人民政府印发关于推动经济高质量发展若干政策的通知》(浙政发〔2023〕2号)文件要求'],
  ])('no issuer: %s', (line) => {
    expect(issuerBeforeAbout(line)).toBeUndefined();
  });
  it.each([
    ['zhejiang-changxing-gaozhiliang.txt', '长兴县人民政府', '长兴县'],
    ['henan-kaifeng-shuangguoban.txt', '开封市人民政府办公室', '开封市'],
  ])('%s: issuer %s, region %s', (file, issuer, region) => {
    const [doc] = docsOf(dev(file), file);
    expect([doc.issuer, doc.region]).toEqual([issuer, region]);
  });
});

describe('a province named only as a superior, in a notice that speaks as a city of it: the city', () => {
  it('吉林 辽源 (jilin-liaoyuan-gongyeqiye.txt): 吉林省委 in the preamble, 在辽源发展 and 市 bodies in its words', () => {
    expect(docsOf(dev('jilin-liaoyuan-gongyeqiye.txt'))[0].region).toBe('辽源市');
  });
  it.each([
    // forms: the short name in the city's own words, the province in a superior's body; a provincial notice stays
    ['为全面落实中共湖南省委十二届五次全会部署,推动株洲制造高质量发展,结合株洲实际,制定本措施。\n1.对新认定的省级专精特新企业给予一次性奖励10万元。(市工信局)\n2.对新建数字化车间给予奖励。(市工信局、市财政局)\n', '株洲市'],
    ['为全面落实中共湖南省委十二届五次全会部署,推动全省制造业高质量发展,制定本措施。\n1.对新认定的国家级专精特新企业给予一次性奖励。(省工业和信息化厅)\n2.对新建数字化车间给予奖励。(省工业和信息化厅、省财政厅)\n', '湖南省'],
  ])('%#', (text, region) => {
    expect(docsOf(text)[0].region).toBe(region);
  });
});

describe('a work plan titled by its bodies; a zone that names its bodies bare is the zone its text names', () => {
  it.each([
    // 江苏 苏州工业园区 (jiangsu-suzhougongyeyuanqu-gongzuoyaodian.txt), a bar left before the title
    ['|2015年二季度工委、管委会工作要点', '工委、管委会'],
    // forms: the period after the bodies, 重点工作安排, a party committee with its government
    ['市经信局2023年工作要点', '市经信局'],
    ['苏州工业园区管委会2016年工作要点', '苏州工业园区管委会'],
    ['中共长兴县委、长兴县人民政府2023年重点工作安排', '中共长兴县委、长兴县人民政府'],
    ['2024年上半年党工委、管委会工作计划', '党工委、管委会'],
  ])('%s → %s', (title, author) => {
    expect(titleAuthor(title)).toBe(author);
  });
  it.each([['2024年全市工业和信息化工作要点'], ['关于印发2024年工作要点的通知'], ['工作要点']])('no author: %s', (title) => {
    expect(titleAuthor(title)).toBeUndefined();
  });
  it('苏州工业园区: region from the plan it will issue (《苏州工业园区MEMS产业创新发展规划》), issuer as the title writes it', () => {
    const [doc] = docsOf(dev('jiangsu-suzhougongyeyuanqu-gongzuoyaodian.txt'));
    expect([doc.region, doc.issuer]).toEqual(['苏州工业园区', '工委、管委会']);
  });
  it.each([
    // forms: a 高新区's plan; two zones named: no zone (the text does not say which is its own)
    ['2024年党工委、管委会工作要点\n1.加快编制《郑州高新区数字经济发展规划》,推进重大项目建设。\n2.优化营商环境。\n', '郑州高新技术产业开发区'],
    ['2024年党工委、管委会工作要点\n1.加快编制《郑州高新区数字经济发展规划》,对接洛阳高新区开展合作。\n2.优化营商环境。\n', undefined],
  ])('%#', (text, region) => {
    expect(docsOf(text)[0].region).toBe(region);
  });
});
