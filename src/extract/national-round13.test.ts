import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.js';
import { documentsFromText } from '../ingest/ingest.js';

// Round 13 of classes (issue 9), values and deadlines half, from the 6 notices of round 13 of the national development set.
// Sentences are real: from a dev notice (file in eval/national/dev named in the comment) or a public page (address in the
// comment, checked against the held-out sources); "form" marks a sentence written from the class where no real one was at hand.
const clausesOf = (text: string) =>
  documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt').flatMap((d) => extractDocument(d));

describe('a list bullet opening a paragraph is no part of its first clause', () => {
  it.each([
    // 山东 邹平 (shandong-zouping-zhaoshang.txt): a page's body written as a bulleted list.
    ['邹平市招商政策\n\n  • 本办法适用于从市域外引进的投资2000万元及以上的重大产业项目或当地实际财政年度贡献量100万元以上的财税贡献类项目。本办法所涉及重大产业项目必须符合国家产业政策和我市产业发展规划。\n',
      '本办法适用于从市域外引进的投资2000万元及以上的重大产业项目或当地实际财政年度贡献量100万元以上的财税贡献类项目。'],
    ['邹平市招商政策\n\n  • 经营贡献奖励。对当地实际财政年度贡献量100万元以上的新建项目,项目投产后,三年内按照其当地实际财政年度贡献量的50%给予企业奖励。\n',
      '经营贡献奖励。'],
    // Other bullet shapes (form): ● ■ ◆ ▪ ・ ·, with or without a space after them.
    ['某县招商政策\n\n●对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n■ 对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n◆对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n▪ 对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n・对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
    ['某县招商政策\n\n· 对新认定的企业给予10万元奖励。\n', '对新认定的企业给予10万元奖励。'],
  ] as [string, string][])('%#', (text, first) => {
    expect(clausesOf(text)[0].text).toBe(first);
  });
});
