import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// The first bullet of a page's list right under the title line, a date alone, its share widget after: the page's own date on the
// issuer's site. Not a date under a read-aloud button (• 听全文 / • 2022-04-14), which may be years after the plan the page carries.
const first = (text: string) => documentsOfPlainText(text)[0];

describe('a bulleted date right under the title (bullet date under title)', () => {
  it('昌都 (xizang-changdu-zhaoshangyouhui.txt): …若干规定(试行) / • 2024-02-11 / • 分享到', () =>
    expect(first(dev('xizang-changdu-zhaoshangyouhui.txt')).date).toBe('2024-02-11'));
  it('广州 (guangdong-guangzhou-qiangqugongcheng.txt): • 听全文 / • 2022-04-14 stays no date', () =>
    expect(first(dev('guangdong-guangzhou-qiangqugongcheng.txt')).date).toBeUndefined());
});
