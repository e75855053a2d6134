import { describe, expect, it } from 'vitest';
import { cleanText } from './clean.js';
import { devText } from '../dev-notices.js';

// A sentence closed by its stop with a bar right after it, the only bar on its line in a text that draws no table, is a page's layout
// cell closing: the bar was kept, so the line no longer ended on its stop and (四)年满60周岁。| was read as a heading (威海).
const clean = (text: string) => cleanText(text).clean.text;

describe('a bar right after a sentence\'s stop, the only bar of its line, is layout (stop then bar)', () => {
  it('威海 (shandong-weihai-jianglifuzhu.txt)', () => expect(clean(devText('shandong-weihai-jianglifuzhu.txt'))).toMatch(/\(四\)年满60周岁。\s*$/));
  it('form: a full-width bar after a semicolon', () => expect(clean('一、对新开业的门店给予5万元奖励;｜\n二、其他。')).not.toMatch(/｜/));
  it('valid: a table row keeps its bars', () => expect(clean('序号|任务|责任单位|\n1|对新开业的门店给予奖励。|市商务局|')).toMatch(/\|/));
});
