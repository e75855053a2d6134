import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { pageByline } from './metadata.js';
import { devText } from '../dev-notices.js';

// A disclosure platform's byline names the body that publishes the page and its level (许昌市建安区河街乡人民政府 乡级 / 2024-04-17 …), the
// form of 河南's county and township pages: that body is the issuer where nothing else names one. Three dev notices (河街乡, 金水区,
// 许昌经开区) had no issuer before.
const issuerOf = (file: string) => documentsOfPlainText(devText(file), file)[0].issuer;

describe('a body and its page\'s level name the issuer (level byline)', () => {
  it.each([
    ['henan-hejiexiang-liangmianyibu.txt', '许昌市建安区河街乡人民政府'],
    ['henan-jinshui-chuangyedanbao.txt', '金水区人力资源和社会保障局'],
    ['henan-xuchangjingkaiqu-kaiyebutie.txt', '许昌经济技术开发区人力资源局'],
  ])('%s', (file, issuer) => expect(issuerOf(file)).toBe(issuer));
  it.each([
    ['a level of support in running text', '对获评省级以上的企业给予奖励'],
    ['a level with no body before it', '县级 2024-04-17'],
  ])('invalid: %s', (_n, line) => expect(pageByline([line, '2024-04-17 16:03'])).toBeUndefined());
});
