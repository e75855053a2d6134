import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Round 219 (issue 9), scored before its rules: an attachment's title in a short page's head named the issuer over the cover's own
// signature (汕头); a district's name that is an everyday word, at the text's start before 各, was taken for the place (北京 2015's
// 郊区各区县). Heads of eval/national/dev notices.
const doc = (text: string) => documentsOfPlainText(text)[0];

describe('an attachment line in the head names no issuer (attachment title in the head)', () => {
  it('汕头 (guangdong-shantou-tesechanyejiqun2022.txt, whole)', () => {
    const d = doc(readFileSync('eval/national/dev/guangdong-shantou-tesechanyejiqun2022.txt', 'utf8'));
    expect([d.issuer, d.region]).toEqual(['汕头市工业和信息化局', '汕头市']);
  });
});

describe('an everyday-word district before 各 is no place (common-word name before 各)', () => {
  it('北京 2015 (beijing-beijingshi-liangshizhibu2015.txt, whole): not 郊区 (its 双河农场 still reads as 双河市: left)', () =>
    expect(doc(readFileSync('eval/national/dev/beijing-beijingshi-liangshizhibu2015.txt', 'utf8')).region).not.toBe('郊区'));
  it.each([
    // form of 北京 2015 (beijing-beijingshi-liangshizhibu2015.txt): the suburbs' districts addressed; the city is named only in cited
    // titles, which give no region, so none is found (the dev notice itself stays wrong: its 双河农场 reads as 双河市, left)
    ['郊区各区县人民政府:\n为贯彻落实《中共北京市委北京市人民政府关于调结构转方式发展高效节水农业的意见》精神,现就2015年粮食直补政策提出如下意见。\n', undefined],
    // valid: the district itself at the start (阳泉 郊区)
    ['郊区人民政府关于印发农业补贴办法的通知\n各乡镇:\n现将办法印发给你们。\n', '郊区'],
  ])('%#', (text, want) => expect(doc(text).region).toBe(want));
});
