import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';
import { deadlinePairs } from './fixture-table.js';

// Round 225's classes. (1) A grant's span followed by its yearly cap (连续三年、每年最高不超过1000万元): 不超过 holds 超过, which read as the
// bound of a figure measured over the span (连续3年亩均…80万元以上), so the span was dropped. Found on beijing-chaoyang-hulianwang3.txt.
// (2) A note's proviso before its explanation (责任单位:省体育局,省发展改革委;如无特别说明,排在首位的为牵头单位,下同) was read as a unit.
// Found on sichuan-sichuansheng-tiyuxiaofei2020.txt.
describe('a grant span followed by its cap is kept (span before a grant cap)', () => {
  it.each([
    // 北京 朝阳 (beijing-chaoyang-hulianwang3.txt)
    ['建设科研中心、重点实验室等服务载体,可给予连续三年、每年最高不超过1000万元的资金支持。', [['连续三年', 'relative']]],
    // forms: digits, a full-width comma, 最多, traditional
    ['可給予連續3年、每年最高不超過500萬元的資金支持。', [['連續3年', 'relative']]],
    ['对认定的平台，连续两年每年最多支持200万元。', [['连续两年', 'relative']]],
  ])('%s', (text, want) => expect(deadlinePairs(text, '2024-05-01')).toEqual(want));
  it.each([
    // valid: a figure measured over the span, its bound after it, stays a condition
    ['连续3年亩均社会贡献产出超过80万元的企业,给予奖励。'],
    ['连续两年营业收入达到1000万元以上的企业。'],
  ])('%s: no span', (text) => expect(deadlinePairs(text, '2024-05-01')).toEqual([]));
});

const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);
describe('a note’s proviso before its explanation names no unit (note proviso)', () => {
  it.each([
    // 四川省 (sichuan-sichuansheng-tiyuxiaofei2020.txt)
    ['(三)打造体育产业核心增长极。支持成都加快建设世界赛事名城。(责任单位:省体育局,省发展改革委;如无特别说明,排在首位的为牵头单位,下同)', ['省体育局', '省发展改革委'], ['省体育局']],
    // forms: full-width brackets and stops, 特殊, traditional
    ['(三)打造体育产业核心增长极。支持成都加快建设世界赛事名城。（责任单位：省体育局、省发展改革委；如无特殊说明，排在首位的为牵头单位，下同）', ['省体育局', '省发展改革委'], ['省体育局']],
    ['(三)打造體育產業核心增長極。支持成都加快建設世界賽事名城。(責任單位:省體育局,省發展改革委;如無特別說明,排在首位的為牽頭單位,下同)', ['省體育局', '省發展改革委'], ['省體育局']],
  ])('%s', (text, units, lead) => {
    const c = clausesOf(text + '\n').find((x) => x.units.length);
    expect([c?.units, c?.lead ?? []]).toEqual([units, lead]);
  });
});
