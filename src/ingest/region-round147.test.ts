import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Regions from round 147 of the national development set (issue 9).
const region = (text: string) => documentsOfPlainText(text)[0].region;

describe('an autonomous region that names no place is 内蒙古 where it addresses leagues or banners (leagues)', () => {
  it('内蒙古 (neimenggu-zizhiqu-jiechuxingfuwuye.txt): 各盟行政公署、市人民政府,自治區各委、辦、廳、局', () => {
    expect(region(dev('neimenggu-zizhiqu-jiechuxingfuwuye.txt'))).toBe('内蒙古自治区');
  });
  it('form: 盟市 and 旗县 in simplified characters', () => {
    expect(region('各盟市、旗县人民政府,自治区各委、办、厅、局:\n经自治区人民政府同意,现将有关事项通知如下。\n一、自治区财政安排专项资金支持盟市开展工作。\n')).toBe('内蒙古自治区');
  });
  it('valid: an autonomous region that names no place and no league has none', () => {
    expect(region('各州、市、县人民政府,自治区各委、办、厅、局:\n经自治区人民政府同意,现将有关事项通知如下。\n一、自治区财政安排专项资金。\n')).toBeUndefined();
  });
});

describe('a county named in passing in a notice that speaks only through the province\'s purse is the province\'s (provincial purse)', () => {
  it('四川省 (sichuan-sichuansheng-caoyuanxumu.txt): 省级财政补助 beside 甘孜、阿坝州和木里县, 凉山州', () => {
    expect(region(dev('sichuan-sichuansheng-caoyuanxumu.txt'))).toBe('四川省');
  });
});
