import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A plan's cover: its title, its period, then its body and its year and month a line each before the text opens. The date is the
// month written (ANNOTATION: a date as precise as the text gives it); the date line is never run into the first sentence below it.
const first = (text: string) => documentsOfPlainText(text)[0];

describe("a plan's cover dated by its year and month (cover month date)", () => {
  it('湛江 (guangdong-zhanjiang-leizhoubandao.txt): 湛江市农业局 / 二O一六年十月 under the title', () => {
    const d = first(dev('guangdong-zhanjiang-leizhoubandao.txt'));
    expect([d.issuer, d.date]).toEqual(['湛江市农业局', '2016-10']);
  });
  it('the same cover in digits', () => {
    const d = first('雷州半岛现代农业发展规划实施方案\n(2016-2020年)\n湛江市农业局\n2016年10月\n按照省委省政府关于加快雷州半岛现代农业发展的要求,制定本方案。\n一、总体要求\n到2020年,全市农业总产值达到900亿元。');
    expect([d.issuer, d.date]).toEqual(['湛江市农业局', '2016-10']);
    expect(d.text).toContain('2016年10月\n按照');
  });
});
