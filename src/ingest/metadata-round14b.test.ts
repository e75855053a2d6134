import { describe, expect, it } from 'vitest';
import { isParagraphEnd } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { pageFieldsOf } from './metadata.js';

// Round 14 of dev notices, values-and-metadata helper: classes of document metadata, each with the dev lines that showed it.
// (metadata-round14.test.ts is the units helper's file of this round.)

describe('a document number followed by its date on one line gives the date, in any written form of the date', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-wudajingjiqu.txt): 年月日 after a space
    ['川办函〔2015〕160号 2015年9月1日', '2015-09-01'],
    // 宁夏 (ningxia-ningxiasheng-xinxinggongye.txt): a dashed date in a flattened head
    ['宁夏回族自治区人民政府办公厅关于深入推进新型工业强区五年计划的实施意见 宁政办发〔2023〕13号 2023-03-24 各市、县(区)人民政府:', '2023-03-24'],
    // Forms of the same line as other house styles write it: an ideographic space, a bracketed date, a numeral date, a comma
    // and zero-padded figures, square brackets around the year, a dotted date.
    ['川办函〔2015〕160号\u30002015年9月1日', '2015-09-01'],
    ['川办函〔2015〕160号（2015年9月1日）', '2015-09-01'],
    ['川办函〔2015〕160号 二〇一五年九月一日', '2015-09-01'],
    ['川办函[2015]160号,2015年09月01日', '2015-09-01'],
    ['穗府办规〔2025〕3号 2025.1.2', '2025-01-02'],
  ])('%s → %s', (line, date) => {
    expect(pageFieldsOf([line]).signed).toBe(date);
  });

  it('四川省: the notice under a three-line title takes the date of its number line (also in traditional characters)', () => {
    const head = '四川省人民政府办公厅\n关于印发全省五大经济区2015年\n重点工作方案的通知\n川办函〔2015〕160号 2015年9月1日\n(已失效)\n各市(州)人民政府,省政府各部门、各直属机构,有关单位:\n经省政府领导同志同意,现将《成都经济区2015年重点工作方案》印发你们,请认真组织实施。\n';
    const trad = '四川省人民政府辦公廳\n關於印發全省五大經濟區2015年\n重點工作方案的通知\n川辦函〔2015〕160號 2015年9月1日\n(已失效)\n各市(州)人民政府,省政府各部門、各直屬機構,有關單位:\n經省政府領導同志同意,現將《成都經濟區2015年重點工作方案》印發你們,請認真組織實施。\n';
    for (const text of [head, trad]) {
      const [doc] = documentsOfPlainText(text);
      expect(doc.date).toBe('2015-09-01');
    }
  });

  it('a number with no date after it gives none (鄂政发〔2018〕26号 alone on its line)', () => {
    expect(pageFieldsOf(['鄂政发〔2018〕26号']).signed).toBeUndefined();
  });
});

describe('a page time stamp alone on its line is a paragraph of its own: a title above it does not take it in', () => {
  // (the cleaner compares lines with their spaces removed: 2017-08-1513:07)
  it.each([
    // 山东 东营经开区 (shandong-dongyingjingkaiqu-fuwuye.txt): the title, then the stamp after a blank line
    ['东营经济技术开发区促进现代服务业发展若干政策', '2017-08-1513:07', true],
    // 广东 增城 (guangdong-zengcheng-shenbao.txt), 山东 滨州 (shandong-binzhou-zhaoshangjili.txt)
    ['2025年广州市增城区服务工业企业高质量发展二十条措施专项资金申报时间、条件要求、补助奖励', '2025-11-0610:08', true],
    ['贯彻落实省政府《支持实体经济高质量发展的若干政策》', '2019-07-2610:15', true],
    // 贵州 遵义 (guizhou-zunyi-gongye.txt): seconds; 河南 许昌 (henan-xuchang-zhongdianrenwu.txt): the stamp over the number line
    ['中共遵义市委关于推动工业高质量发展的决定', '2019-06-1014:36:55', true],
    ['2023-02-2015:38', '许政[2023]2号', true],
    // Forms: a slashed or 年月日 stamp, full-width digits, a stamp without its time
    ['某县促进工业发展若干政策', '2019/6/1014:36', true],
    ['某县促进工业发展若干政策', '2023年3月2日09:30', true],
    ['某县促进工业发展若干政策', '２０１７-０８-１５１３:０７', true],
    ['某县促进工业发展若干政策', '2017-08-15', true],
    // A sentence that opens with a date is no stamp line: a wrapped sentence stays joined.
    ['市财政局根据年度预算,统筹做好资金安排', '2019-06-10起实施的各项政策落实到位。', false],
  ])('%s / %s', (p, n, want) => {
    expect(isParagraphEnd(p, n)).toBe(want);
  });

  it('东营经开区: the zone named only in the title is the issuer once the stamp stays off the title', () => {
    const text = '东营经济技术开发区促进现代服务业发展若干政策\n\n2017-08-15 13:07\n\n第二条本政策适用于工商注册地、税务征管关系在开发区,有健全的财务制度、具有独立法人资格、实行独立核算的企业。\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.title).toBe('东营经济技术开发区促进现代服务业发展若干政策');
    expect(doc.issuer).toBe('东营经济技术开发区');
  });
});

describe('a page field that names a government by its short name (place + 政府) names a body', () => {
  it.each([
    // 浙江 丽水 (zhejiang-lishui-zerenfenjie.txt): 信息来源 on the page's stamp line
    [['时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府'], { published: '2023-07-11', source: '丽水市政府' }],
    // 四川 德阳 (sichuan-deyang-zhizaoqiangshi.txt): 发布机构
    [['发布机构:德阳市政府'], { issuer: '德阳市政府' }],
    // Forms: run into the next field, traditional characters as written, a county
    [['信息来源:丽水市政府浏览次数:'], { source: '丽水市政府' }],
    [['信息来源: 麗水市政府'], { source: '麗水市政府' }],
    [['发布机构: 某某县政府'], { issuer: '某某县政府' }],
    // A level with no place names no body; a site's name or a government's office is not the short name.
    [['信息来源: 市政府'], {}],
    [['来源:某县政府门户网站'], {}],
  ] as [string[], object][])('%s', (lines, want) => {
    expect(pageFieldsOf(lines)).toEqual(want);
  });

  it('丽水: the page\'s 信息来源 is the issuer of a notice whose text names none', () => {
    const text = '当前位置:首页\n>> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)\n市政府工作报告重点工作责任分解(2023年)\n时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府\n\n一、全市经济社会发展主要预期目标\n\n1.生产总值增长6%以上,高质量前提下能快则快。\n\n责任单位:市发改委\n';
    const [doc] = documentsOfPlainText(text);
    expect(doc.issuer).toBe('丽水市政府');
  });
});
