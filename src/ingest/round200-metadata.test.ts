import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText } from '../dev-notices.js';

// Round 200 (issue 9): bodies stationed in a city addressed by its traditional name, and page fields a site's catalogue row opens with.
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('bodies stationed in the notice\'s own place, by its one-character name, name that place (stationed bodies)', () => {
  it('广州 (guangdong-guangzhou-sheqishoufei.txt): 中直驻穗有关单位 in a city\'s addressees', () =>
    expect(doc('市政府各部门、各直属机构,中直驻穗有关单位,各区发展改革局:\n现将有关通知转发给你们,请市发展改革委牵头落实。\n市涉企违规收费专项整治工作小组由市发展改革委、市财政局等部门组成。').region).toBe('广州市'));
  it('form: a province\'s notice addressing 中央驻鲁单位', () =>
    expect(doc('各市人民政府,省政府各部门,中央驻鲁单位:\n全省要加快推进,省财政厅负责资金保障。').region).toBe('山东省'));
  it('valid: another place\'s office in the capital (驻京办) names no place', () =>
    expect(doc('请各驻京办加强联络。\n全市要加快推进,市财政局负责资金保障。').region).toBeUndefined());
});

describe('a catalogue row opening with 公开目录 is a row of fields (catalogue field rows)', () => {
  it('施甸 (yunnan-shidian-yiwujiaoyuzizhu.txt): 公开目录 义务教育概况 发布日期 2025-11-13', () =>
    expect(doc('施甸县人民政府\n索引号 01525914-6/20251113-00001 发布机构 施甸县教育体育局\n公开目录 义务教育概况 发布日期 2025-11-13\n文号 浏览量 21\n义务教育阶段学生资助政策简介\n寄宿生补助标准为小学每生每年1250元。').date).toBe('2025-11-13'));
});

describe('a bar a page drew its text in, closing the signature\'s line, leaves the signature (signature bars)', () => {
  it('瑞安 (zhejiang-ruian-binhaierzhong.txt): the signing day outranks the page\'s 生成日期', () =>
    expect(doc(devText('zhejiang-ruian-binhaierzhong.txt')).date).toBe('2024-07-16'));
});

describe('a division\'s name run on from another place that holds none of that name is part of that place\'s proper name (names under another place)', () => {
  it('瑞安 (zhejiang-ruian-binhaierzhong.txt): 瑞安滨海新区 is 瑞安\'s zone, not 天津\'s 滨海新区, and its committee keeps 瑞安', () => {
    const d = doc(devText('zhejiang-ruian-binhaierzhong.txt'));
    expect(d.region).toBe('瑞安滨海新区');
    expect(d.issuer).toBe('瑞安滨海新区开发建设管理委员会');
  });
  it('valid: a place that holds it stays (天津滨海新区, 温州瓯海区)', () => {
    expect(doc('天津滨海新区管委会关于印发若干措施的通知\n一、对新落户企业给予10万元奖励。').region).toBe('滨海新区');
    expect(doc('温州瓯海区人民政府关于印发若干措施的通知\n一、对新落户企业给予10万元奖励。').region).toBe('瓯海区');
  });
});

describe('an addressee line whose colon the page lost stays its own line (uncoloned addressees)', () => {
  it('松阳 (zhejiang-songyang-cunjizuzhiyunzhuan.txt): the first sentence opens at 根据', () => {
    const d = doc('关于下达2021年度村级组织运转补助经费的通知\n各乡镇人民政府、街道办事处\n根据《浙江省财政厅关于下达2021年度第二批村级组织运转补助经费的通知》等文件精神,现将省级专项补助经费608.888万元下达给各行政村。');
    expect(d.text).toMatch(/各乡镇人民政府、街道办事处\n根据/);
  });
});

describe('under a site\'s chrome and field block, the page\'s own heading is the title (page headings under field blocks)', () => {
  it.each([
    ['施甸 (yunnan-shidian-yiwujiaoyuzizhu.txt)', 'yunnan-shidian-yiwujiaoyuzizhu.txt', '义务教育阶段学生资助政策简介'],
    ['奉化 (zhejiang-fenghua-zaihaijiuzhu.txt)', 'zhejiang-fenghua-zaihaijiuzhu.txt', '自然灾害生活救助补助标准'],
  ])('%s', (_name, file, title) => expect(doc(devText(file)).title).toBe(title));
  it('valid: a numbered heading under the fields is no title', () =>
    expect(doc('无障碍浏览\n索引号 123/2024-1 发布机构 某县农业农村局\n一、活动时间\n2024年5月1日至5月31日。').title).not.toBe('一、活动时间'));
});
