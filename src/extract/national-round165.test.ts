import { describe, expect, it } from 'vitest';
import { fold } from '../ingest/clean.js';
import { extractValues } from './extract.js';

// Classes from round 165 of the national development set (issue 9, forty-first session).
// Sentences are real, from the dev notice named in the comment (traditional as written where the page is, read folded as the pipeline
// reads it, the unit taken from the written text); composed forms are marked "form".

describe('a bounded quantity, a comma, then the one paid named before the grant, is a condition (grant to a named recipient after a bound)', () => {
  it.each([
    // 长宁 (shanghai-changning-jienengjiantan.txt)
    ['用能單位通過對現有工藝和設備開展節能改造,或采用調適、用能托管等節能管理新模式,實現年節能50噸標準煤及以上,對單個項目給予最高100萬元補貼。', [[50, '噸標準煤']]],
    // form: the grant right after the comma, as before
    ['实现年节能50吨标准煤及以上,给予最高100万元补贴。', [[50, '吨标准煤']]],
  ] as [string, unknown[][]][])('%s', (s, want) => expect(extractValues(fold(s), '2024-02-26').thresholds.map((t) => [t.min, s.slice(t.start + String(t.min).length, t.end).replace(/及以上$/, '')])).toEqual(want));
});

describe('a support span with its bound word after the verb keeps the verb in its raw (bounded support span)', () => {
  it.each([
    // 长宁 (shanghai-changning-jienengjiantan.txt)
    ['對于致力于實現碳中和、推進科學碳減排的倡議機制或聯盟組織,經認定,每年對發起機構給予最高50萬元支持,連續支持不得超過3年。', ['連續支持不得超過3年']],
    // form: 不超过 and no bound word, as before
    ['连续补贴不超过3年。', ['连续补贴不超过3年']],
    ['每年给予最高50万元支持,连续支持3年。', ['连续支持3年']],
  ] as [string, string[]][])('%s', (s, want) => expect(extractValues(s, '2024-02-26').deadlines.map((d) => d.raw)).toEqual(want));
});
