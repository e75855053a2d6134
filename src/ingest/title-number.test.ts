import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A document number closing the title in brackets (issue 9): the notice's own number, and the place it gives.
const docs = (text: string) => documentsOfPlainText(text);

describe('a title that carries its own number in brackets (title number)', () => {
  it.each([
    ['hubei-jingzhou-zerenfenjie2020.txt', '荆政办发〔2020〕1号'],
    ['shanghai-shanghaishi-kuaguozongbu.txt', '沪府发〔2011〕98号'],
    ['zhejiang-jiande-shuzijingji.txt', '建政办函〔2021〕24号'],
    ['guangdong-zhuhai-rengongzhineng.txt', '珠工信〔2025〕68号'],
  ])('%s: %s', (file, number) => {
    expect(docs(dev(file)).find((d) => d.docNumber)?.docNumber).toBe(number);
  });
  it('form: half-width brackets and a number in square brackets', () => {
    expect(docs('关于加快发展现代物流业的若干意见(临政发[2019]12号)\n各县区人民政府:\n一、对新建物流园区给予50万元奖励。\n')[0].docNumber).toBe('临政发[2019]12号');
  });
  it('valid: a cited number on a line that is no title is not the notice\'s (附件, 政策依据)', () => {
    expect(docs(dev('chongqing-banan-xianjiezijin.txt')).find((d) => d.docNumber)).toBeUndefined();
    expect(docs(dev('jiangsu-wujin-zhinengchejian.txt')).find((d) => d.docNumber)).toBeUndefined();
  });
});

describe('a county-level city\'s number names it inside the city its text names (county-level city number)', () => {
  it('建德市 (zhejiang-jiande-shuzijingji.txt): 建政办函 in a notice that speaks as 市 and cites 《杭州市…》', () => {
    expect(docs(dev('zhejiang-jiande-shuzijingji.txt'))[0].region).toBe('建德市');
  });
  it('valid: no city the text names holds a county-level city starting so: none', () => {
    expect(docs('关于加快发展数字经济的实施意见(建政办函〔2021〕24号)\n为加快我市数字经济发展,结合我市实际,制定以下意见。\n一、对新入库企业给予10万元奖励。\n')[0].region).toBeUndefined();
  });
});
