import { describe, expect, it } from 'vitest';
import { findNotes, mergeUnits } from './units.js';

// Round 7 of the national development set (issue 9): the unit classes its 7 notices showed, each in its general form.
// Sentences are real (dev file named in the comment) or written from the class ("form").
const note = (text: string) => mergeUnits(...findNotes(text).map((n) => n.units));

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
