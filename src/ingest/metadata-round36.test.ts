import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsFromText } from './ingest.js';

// Round 36 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
const dev = (file: string) => readFileSync(new URL(`../../eval/national/dev/${file}`, import.meta.url), 'utf8');
const meta = (text: string) => documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt').map((d) => [d.region, d.issuer, d.date]);

describe('a site’s chrome run into the title line is no part of the issuer (site chrome)', () => {
  it.each([
    // 河东区 (shandong-hedong-dongnengzhuanhuan.txt): 欢迎访问… / 退出长者模式 / 长者浏览模式 / 政府文件 / the title with its author
    ['河东区 dev', dev('shandong-hedong-dongnengzhuanhuan.txt'), ['河东区', '河东区人民政府办公室', '2023-09-18']],
    ['form: an elderly-mode link and a section label', '欢迎访问某县政府网站\n进入关怀版\n政策文件\n永嘉县人民政府关于印发支持制造业发展若干政策的通知\n永政发〔2024〕3号\n各乡镇人民政府:\n现将政策印发给你们。\n永嘉县人民政府\n2024年3月1日\n', ['永嘉县', '永嘉县人民政府', '2024-03-01']],
  ] as [string, string, unknown[]][])('%s', (_, text, want) => expect(meta(text)[0]).toEqual(want));
});
