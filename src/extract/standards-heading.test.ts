import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocument } from './extract.js';

// Items under a heading that names the standards a project must be built to ((一)建设标准 / 1. 连片100座以上。 / 2. …最小长度不低于60米。, 哈密):
// conditions, as items under 申报条件 or 认定标准 are (建设标准 and 验收标准 join the condition labels in dict/condition-words.json). Found on
// xinjiang-hami-sheshinongye.txt (dev, round 180).
const clausesOf = (text: string) => extractDocument(documentsOfPlainText(text)[0]);

describe('items under a heading of construction standards (standards heading)', () => {
  it('哈密: each bounded item is a threshold', () => {
    const text = '二、设施农业\n(一)建设标准\n1. 连片100座以上。\n2. 日光温室标准长80米、宽8米,最小长度不低于60米。\n3. 完成小区基础设施配套。\n(二)补助要求\n1. 当年新建日光温室完成配套并投入生产的,每座日光温室一次性补助2000元。\n';
    const t = clausesOf(text).flatMap((c) => c.thresholds.map((x) => [x.raw, x.min, x.unit]));
    expect(t).toEqual([['100座以上', 100, '座'], ['60米', 60, '米']]);
  });
});
