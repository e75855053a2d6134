import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { findNotes, mergeUnits } from './units.js';
import { fold } from '../ingest/clean.js';

// Round 7 of the national development set (issue 9): the unit classes its 7 notices showed, each in its general form.
// Sentences are real (dev file named in the comment) or written from the class ("form").
const note = (text: string) => mergeUnits(...findNotes(text).map((n) => n.units));
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('a data field names a body; its label is never kept on it', () => {
  it.each([
    // sichuan-chengdu-mubiaorenwu.txt
    ['1.地区生产总值增长7%左右。(牵头单位:市发改委;数据提供单位:市统计局)', ['市发改委', '市统计局']],
    ['10.城镇居民人均可支配收入增长7.3%。(牵头单位:市人社局;数据提供单位:成都调查队)', ['市人社局', '成都调查队']],
    // form: full-width brackets and colon, other data labels
    ['常住人口城镇化率79.5%。（牵头单位：市发改委；数据来源单位：市统计局）', ['市发改委', '市统计局']],
    ['全社会研发经费投入增长8%。\n数据报送单位:区科技局', ['区科技局']],
    ['新增市场主体2万户。（责任单位：县市场监管局；数据提供部门：县统计局）', ['县市场监管局', '县统计局']],
  ])('%s', (text, units) => {
    expect(note(text).units).toEqual(units);
  });
});

describe('a note whose tail names bodies for every measure, behind a ；or a ，', () => {
  it.each([
    // liaoning-liaoningsheng-minyingjingji.txt (traditional, half-width brackets, ;)
    ['推進“非禁即入”普遍落實。(責任單位:省發展改革委、省商務廳、省市場監管局等;各項舉措均需各市政府、省沈撫改革創新示范區管委會落實,以下不再列出)',
      ['省发展改革委', '省商务厅', '省市场监管局', '各市政府', '省沈抚改革创新示范区管委会'], ['各市政府', '省沈抚改革创新示范区管委会']],
    // liaoning-liaoningsheng-yingshanghuanjing.txt (unlabelled duty note, ,)
    ['增强政策一致性、稳定性、可预期性。(省发展改革委、省司法厅、省市场监管局等有关部门按职责分工负责,各项政策措施均需各市政府、省沈抚示范区管委会落实,以下不再列出)',
      ['省发展改革委', '省司法厅', '省市场监管局', '各市政府', '省沈抚示范区管委会'], ['各市政府', '省沈抚示范区管委会']],
    // 广东潮州 https://cntfj.com/news/12190.html (checked against the held-out list): 〔〕, a 。 before the tail
    ['1.制定实施准入清单。完成生态保护红线、环境质量底线编制工作。〔市生态环境局牵头,市发展和改革局、工业和信息化局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕',
      ['市生态环境局', '市发展和改革局', '工业和信息化局', '各县、区人民政府(管委会)'], ['各县、区人民政府(管委会)']],
    // the same with a ; (form)
    ['1.制定实施准入清单。完成编制工作。〔市生态环境局牵头,市发展和改革局、工业和信息化局参与;以下各项工作均需各县、区人民政府(管委会)落实,不再列出〕',
      ['市生态环境局', '市发展和改革局', '工业和信息化局', '各县、区人民政府(管委会)'], ['各县、区人民政府(管委会)']],
    // form: full width, 所有措施均由…负责落实，不再单独列出
    ['加快项目建设。（牵头单位：市发展改革委；责任单位：市财政局，所有措施均由各县（市、区）人民政府负责落实，不再单独列出）',
      ['市发展改革委', '市财政局', '各县（市、区）人民政府'], ['各县（市、区）人民政府']],
    ['加快项目建设。（市工信局牵头，市财政局配合，以下均需各区县政府落实）', ['市工信局', '市财政局', '各区县政府'], ['各区县政府']],
  ])('%s', (text, units, standing) => {
    // Extraction reads folded text (traditional → simplified, one character for one).
    const notes = findNotes(fold(text));
    expect(mergeUnits(...notes.map((n) => n.units)).units).toEqual(units);
    expect(notes.flatMap((n) => n.standing ?? []).map((u) => u.name)).toEqual(standing);
  });
  it.each([
    // a bare "以下不再列出" after a list names no body (form)
    ['加快项目建设。（责任单位：市发改委、各县区政府，以下不再列出）', ['市发改委', '各县区政府']],
    // a 各项 clause without 均 is an ordinary list item, not a tail (form)
    ['加快项目建设。（责任单位：市发改委、市财政局）', ['市发改委', '市财政局']],
  ])('%s', (text, units) => {
    const notes = findNotes(text);
    expect(mergeUnits(...notes.map((n) => n.units)).units).toEqual(units);
    expect(notes.some((n) => n.standing)).toBe(false);
  });
});

describe('the tail bodies go to every later measure (liaoning-liaoningsheng-yingshanghuanjing.txt)', () => {
  const text = [
    '一、精准施策、全面发力,打造综合最优的政策环境',
    '1.优化政策制定机制。出台涉企政策要多渠道收集意见建议并科学设置过渡期。(省发展改革委、省司法厅、省市场监管局等有关部门按职责分工负责,各项政策措施均需各市政府、省沈抚示范区管委会落实,以下不再列出)',
    '2.提高相关领域立法质效。健全优化营商环境法规制度体系。〔省人大法制委、省司法厅、省数据局(省营商局)等有关部门按职责分工负责〕',
  ].join('\n');
  it('the second measure carries 各市政府 and 省沈抚示范区管委会', () => {
    const c = clausesOf(text).find((x) => x.text.includes('健全优化营商环境法规制度体系'));
    expect(c?.units).toEqual(expect.arrayContaining(['省人大法制委', '省司法厅', '各市政府', '省沈抚示范区管委会']));
    expect(c?.units.some((u) => /不再列出|均需/.test(u))).toBe(false);
  });
});

describe('inline numbered items on one line: each note closes its own item only', () => {
  it.each([
    // henan-henansheng-zhongdiangongzuo.txt (a page flattened to one line, the space after the note lost)
    ['(一)全面促进消费增长。1.把恢复和扩大消费摆在优先位置,创新消费场景。(省商务厅、财政厅、发展改革委等相关部门按职责分工负责)2.落实好提振市场信心90条措施。(省发展改革委牵头,省商务厅、文化和旅游厅、工业和信息化厅等相关部门按职责分工负责)3.激活房地产市场,落实首套房贷款支持政策。(省住房城乡建设厅、地方金融监管局按职责分工负责)',
      [['把恢复和扩大消费', ['省商务厅', '财政厅', '发展改革委']], ['落实好提振市场信心', ['省发展改革委', '省商务厅', '文化和旅游厅', '工业和信息化厅']], ['激活房地产市场', ['省住房城乡建设厅', '地方金融监管局']]]],
    // form: full-width brackets, a body with a second title inside, 〔〕, and a (二) marker after the note
    ['（一）优化政策。1.健全法规制度体系。〔省司法厅、省数据局（省营商局）等按职责分工负责〕2.定期开展执法检查。（省人大法制委牵头）（二）强化服务。3.优化兑现服务。（省财政厅负责）',
      [['健全法规制度体系', ['省司法厅', '省数据局（省营商局）']], ['定期开展执法检查', ['省人大法制委']], ['优化兑现服务', ['省财政厅']]]],
  ] as [string, [string, string[]][]][])('%s', (text, items) => {
    const clauses = clausesOf(text);
    for (const [quote, units] of items) {
      const c = clauses.find((x) => x.text.includes(quote));
      expect(c?.units, quote).toEqual(units);
      expect(/^\d/.test(c!.text), 'the item number is no part of the clause').toBe(false);
    }
  });
  it('a number after a bracket inside a sentence is no item (form)', () => {
    const c = clausesOf('1.支持企业研发(含分支机构)2、3类项目给予奖励。（市科技局负责）');
    expect(c.some((x) => x.text.includes('含分支机构)2、3类'))).toBe(true);
  });
});
