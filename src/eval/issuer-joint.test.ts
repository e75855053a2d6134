import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from './run.js';

// Joint bodies are one issuer with or without the 、 between them (ANNOTATION: bodies signed a line each are joined with 、, bodies
// written on one line stay as written): 永德 writes both, on the title's line and as a signature of two lines.
const dir = mkdtempSync(join(tmpdir(), 'pclause-issuer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const TEXT =
  '中共永德县委办公室  永德县人民政府办公室关于印发《永德县以商招商、民间招商奖励办法》的通知\n各乡(镇)党委、人民政府:\n现将《永德县以商招商、民间招商奖励办法》印发给你们,请认真贯彻执行。\n中共永德县委办公室\n永德县人民政府办公室\n2015年1月21日\n一、对引进项目的个人给予10万元奖励。\n';
const run = async (issuer: string) => {
  writeFileSync(join(dir, 'x.txt'), TEXT);
  const head = { doc: 'x.txt', region: '永德县', issuer, scope: [{ from: '一、', to: '奖励。' }] };
  const line = { quote: '对引进项目的个人给予10万元奖励。', amounts: [{ yuan: 100000, role: 'fixed' }], rates: [], thresholds: [], units: [], lead: [], deadlines: [] };
  writeFileSync(join(dir, 'x.jsonl'), `${JSON.stringify(head)}\n${JSON.stringify(line)}\n`);
  return (await evaluate({ gold: dir })).docs[0].meta?.issuer;
};

describe('issuer_joint_separator: joint bodies match with or without 、', () => {
  it.each(['中共永德县委办公室永德县人民政府办公室', '中共永德县委办公室、永德县人民政府办公室'])('%s', async (issuer) => expect((await run(issuer))?.ok).toBe(true));
  it('another body is still a miss', async () => expect((await run('永德县人民政府办公室'))?.ok).toBe(false));
});

// A joint label whose bodies the text signs a line each (中共永德县委办公室 / 永德县人民政府办公室, labelled joined with 、) is written in the
// text: the 、 is the label's. It had been reported as not written and left out of the figure (大亚湾, 重庆 生产性服务业, 虹口 高企).
describe('issuer_joint_written: a joint label signed a line each counts as written', () => {
  it.each(['中共永德县委办公室、永德县人民政府办公室', '中共永德县委办公室永德县人民政府办公室'])('%s', async (issuer) => expect((await run(issuer))?.notInText).toBeUndefined());
  it('a body the text never writes is still not counted', async () => expect((await run('永德县财政局'))?.notInText).toBe(true));
});
