import { describe, expect, it } from 'vitest';
import { documentsOfPlainText, ingestFile } from './ingest.js';
import { devPath } from '../dev-notices.js';

// Round 41 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
// (Read as a user's batch reads them, bytes decoded by the reader.)
const dev = (file: string) => ingestFile(devPath(file));
const docs = (text: string) => documentsOfPlainText(text);

describe('a page’s title field gives the title where the page writes no title line (title field)', () => {
  it.each([
    // 六盘水 (guizhou-liupanshui-xinjijian.txt): 名 称: | 市人民政府办公室关于印发…的通知 | over the addressees
    ['六盘水 dev', () => dev('guizhou-liupanshui-xinjijian.txt'), ['关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知', '市人民政府办公室']],
    // 科右中旗 (neimenggu-keyouzhongqi-zhaoshang.txt): 标题: over a 概述: field that runs the notice's opening together
    ['科右中旗 dev', () => dev('neimenggu-keyouzhongqi-zhaoshang.txt'), ['关于印发《科右中旗招商引资优惠政策》的通知', '科右中旗人民政府办公室']],
    ['form: a bar-drawn 信息名称 row, then the addressees', async () => docs('| 发布机构: | 某某 | 生成日期: | 2024-01-05 |\n| 信息名称: | 德清县人民政府关于印发支持数字经济发展若干政策的通知 |\n各乡镇人民政府:\n现将政策印发给你们。\n'), ['关于印发支持数字经济发展若干政策的通知', '德清县人民政府']],
  ] as [string, () => Promise<{ title?: string; issuer?: string }[]>, unknown[]][])('%s', async (_, read, want) => {
    const d = (await read())[0];
    expect([d.title, d.issuer]).toEqual(want);
  });
  it('a title line of its own below the field block keeps the signature’s issuer (玄武, jiangsu-xuanwu-renwufenjie.txt)', async () => {
    const d = (await dev('jiangsu-xuanwu-renwufenjie.txt'))[0];
    expect([d.title, d.issuer]).toEqual(['关于印发2023年区政府主要工作目标任务分解落实方案的通知', '南京市玄武区人民政府']);
  });
});

describe('a document number in brackets with a remark is the notice’s number (巴州)', () => {
  it('(巴政发〔2022〕100号,九方面51项125条措施) (xinjiang-bazhou-wenjingji.txt)', async () => {
    expect((await dev('xinjiang-bazhou-wenjingji.txt'))[0].docNumber).toBe('巴政发〔2022〕100号');
  });
});

describe('a banner named for its wing or side is written by its place’s first character and side (科右中旗)', () => {
  it.each([
    // (neimenggu-keyouzhongqi-zhaoshang.txt: 科右中旗人民政府办公室, its parent 兴安盟 cited in 参照《兴安盟招商引资优惠政策》)
    ['科右中旗人民政府办公室关于印发《科右中旗招商引资优惠政策》的通知\n各苏木镇人民政府:\n参照《兴安盟招商引资优惠政策》,结合我旗实际,特制定本优惠政策。\n', '科尔沁右翼中旗'],
    ['察右前旗人民政府关于印发稳增长若干措施的通知\n各乡镇人民政府:\n现将措施印发给你们。\n', '察哈尔右翼前旗'],
    ['土左旗人民政府关于印发工业发展若干政策的通知\n各乡镇人民政府:\n现将政策印发给你们。\n', '土默特左旗'],
  ] as [string, string][])('%s', (text, want) => expect(docs(text)[0].region).toBe(want));
});

describe('an aggregator’s bulleted byline under the title gives the issuer and the date (龙泉驿)', () => {
  it.each([
    // (sichuan-longquanyi-xiaoshenggui.txt, round 38)
    ['成都龙泉驿:关于开展成都市2022年“小升规”申报工作的通知\n\n  • 成都市龙泉驿区经济和信息化局\n  • 2022-05-24\n  • 申报通知\n  • 公示公告\n\n各企业:\n为做好申报工作,现通知如下。\n', ['成都市龙泉驿区经济和信息化局', '2022-05-24', '龙泉驿区']],
    // (a page's time under its read-aloud button dates the page, not the plan: 广州's records of 2021 tasks, published 2022)
    ['任务29\n  • 听全文\n  • 2022-04-14\n  • 来源:广州市人民政府办公厅\n重点工作:实施“强区”工程。\n', ['广州市人民政府办公厅', undefined, '广州市']],
  ] as [string, unknown[]][])('%s', (text, want) => {
    const d = docs(text)[0];
    expect([d.issuer, d.date, d.region]).toEqual(want);
  });
});
