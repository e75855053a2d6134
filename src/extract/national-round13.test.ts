import { describe, expect, it } from 'vitest';
import { extractDocument } from './extract.js';
import { valueRows } from './fixture-table.js';
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

describe('a count written before a size with a bound word, the things counted after it: a threshold on what is counted', () => {
  it.each([
    // 湖北 应城 (hubei-yingcheng-gongyeqiangshi.txt): 一个 before the size, 产业集群 after it.
    ['培植一个年销售收入过150亿元的产业集群;', 15000000000],
    ['扶持两个销售收入过30亿元的企业集团;', 3000000000],
    // 河南 商丘 (http://shangqiu.yuduxx.com/huashang/181767.html): 5个 / 3个 before the size, in a goal sentence.
    ['力争到2017年,形成5个主营业务收入超百亿元的产业集群。', 10000000000],
    ['力争到2017年,市级形成食品、纺织服装制鞋、装备制造3个主营业务收入超千亿元的产业集群。', 100000000000],
    // Traditional characters (form, from 应城).
    ['培植一個年銷售收入過150億元的產業集群;', 15000000000],
  ] as [string, number][])('%s', (text, min) => {
    expect(valueRows(text)).toEqual({ amounts: [], rates: [], thresholds: [[min, undefined, '元']] });
  });

  it.each([
    // Without a bound word the size is nothing or a scale (ANNOTATION), never a threshold (forms).
    '建设3个千亿产业集群',
    // A figure the sentence sets as a goal, no count before it, stays a target (应城).
    '力争盐化工和精细化工产业两年内销售收入过150亿元;',
  ])('%s', (text) => {
    expect(valueRows(text).thresholds).toEqual([]);
  });
});
