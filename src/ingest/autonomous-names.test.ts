import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { findRegion, shortDivisionName } from './regions.js';

// An autonomous division's name may write its people without 族 (伊犁哈萨克自治州, 巴音郭楞蒙古自治州, 鄂伦春自治旗): its short name is
// still the place before the people, and place + level word (伊犁州, 木垒县) names it (peoples without 族).
describe('autonomous divisions whose people is written without 族 (peoples without 族)', () => {
  it.each([
    ['伊犁哈萨克自治州', '伊犁'],
    ['巴音郭楞蒙古自治州', '巴音郭楞'],
    ['博尔塔拉蒙古自治州', '博尔塔拉'],
    ['克孜勒苏柯尔克孜自治州', '克孜勒苏'],
    ['塔什库尔干塔吉克自治县', '塔什库尔干'],
    ['察布查尔锡伯自治县', '察布查尔'],
    ['鄂伦春自治旗', '鄂伦春'],
    // (with 族, as before)
    ['黔东南苗族侗族自治州', '黔东南'],
    ['鄂温克族自治旗', '鄂温克'],
  ])('%s → %s', (name, short) => expect(shortDivisionName(name)).toBe(short));
  it.each([
    ['伊犁州人民政府', '伊犁哈萨克自治州'],
    ['木垒县人民政府关于…的通知', '木垒哈萨克自治县'],
    ['关于伊犁州直2008年支持移民发展高效农林牧业优惠政策的意见', '伊犁哈萨克自治州'],
  ])('%s names %s', (text, want) => expect(findRegion(text)?.name).toBe(want));
  it('伊犁 dev: a forwarded opinion whose title names 伊犁州直', () => {
    const text = readFileSync(new URL('../../eval/national/dev/xinjiang-yili-yiminyouhui.txt', import.meta.url), 'utf8');
    const d = documentsOfPlainText(text)[0];
    expect([d.region, d.issuer]).toEqual(['伊犁哈萨克自治州', '州移民办']);
  });
});
