import { describe, expect, it } from 'vitest';
import { cleanText, HEADING_RE } from './clean.js';
import { documentsOfPlainText } from './ingest.js';
import { devText } from '../dev-notices.js';

// Round 192 (issue 9): layouts of new notices that ran lines together or took a measure for the title.
const lines = (s: string) => cleanText(s).clean.text.split('\n');
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('two blank lines or more after a line with no sentence under way set a post of phrases apart (phrase-per-line post)', () => {
  it('大连 (liaoning-dalian-fangjiaohui.txt): the heading lines stay off the sentence below them', () => {
    const got = lines(devText('liaoning-dalian-fangjiaohui.txt'));
    expect(got).toContain('补贴标准和对象');
    expect(got.some((l) => l.startsWith('2022年秋季房交会期间,个人购买市内四区参展楼盘'))).toBe(true);
  });
  it('form: a sentence under way goes on across two blank lines (a page break inside it)', () =>
    expect(lines('对新认定的重庆市院士工作站，一次性给予50万元\n\n\n配套奖励。')).toEqual(['对新认定的重庆市院士工作站，一次性给予50万元配套奖励。']));
});

describe('a first line that states a measure as a closed sentence under an item mark is body, not the title (item sentence untitled)', () => {
  it('屯昌 (hainan-tunchang-jiuyefupin.txt)', () => {
    const d = doc(devText('hainan-tunchang-jiuyefupin.txt'));
    expect(d.title ?? '').toBe('');
    expect(d.text).toContain('在县外连续务工满六个月的贫困户人员');
  });
  it('invalid: a bare first heading over the text stays its title', () => expect(doc('一、总体要求\n为推动高质量发展，制定本方案。').title).toBe('一、总体要求'));
});

describe('a bracket a field line leaves open does not carry it into the next field (field record bracket)', () => {
  it('永川 (chongqing-yongchuan-jiuyechuangye.txt): 政策依据 over 责任单位', () =>
    expect(lines('政策依据:《关于进一步完善就业相关扶持政策申领程序的通知(渝人社发〔2018174号)\n\n责任单位:重庆市永川区就业和人才中心创业促进科\n\n咨询电话:023-49584991')).toEqual([
      '政策依据:《关于进一步完善就业相关扶持政策申领程序的通知(渝人社发〔2018174号)',
      '责任单位:重庆市永川区就业和人才中心创业促进科',
      '咨询电话:023-49584991',
    ]));
  it('invalid: a note a PDF wrapped inside its bracket goes on', () =>
    expect(lines('推进试点。〔责\n任单位:市发改委〕')).toEqual(['推进试点。〔责任单位:市发改委〕']));
});

describe('an item mark right before the year its item opens with is a mark (item mark before a year)', () => {
  it.each([['05、2022年12月1日至2023年1月31日期间,个体工商户经营场所用水、污水处理费价格下浮10%。'], ['1、2020年新上规入库企业奖励金:2020年度新上规入库企业共85家。']])('%s', (s) => expect(HEADING_RE.test(s)).toBe(true));
  it.each([['3.2023年'], ['1、2、3类企业']])('invalid: %s', (s) => expect(HEADING_RE.test(s)).toBe(false));
});
