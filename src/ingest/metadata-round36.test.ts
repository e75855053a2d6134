import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// Round 36 document classes: real texts of eval/national/dev (file named), and "form" for a text written from the class.
const meta = (text: string) => documentsOfPlainText(text).map((d) => [d.region, d.issuer, d.date]);

describe('a site’s chrome run into the title line is no part of the issuer (site chrome)', () => {
  it.each([
    // 河东区 (shandong-hedong-dongnengzhuanhuan.txt): 欢迎访问… / 退出长者模式 / 长者浏览模式 / 政府文件 / the title with its author
    ['河东区 dev', dev('shandong-hedong-dongnengzhuanhuan.txt'), ['河东区', '河东区人民政府办公室', '2023-09-18']],
    ['form: an elderly-mode link and a section label', '欢迎访问某县政府网站\n进入关怀版\n政策文件\n永嘉县人民政府关于印发支持制造业发展若干政策的通知\n永政发〔2024〕3号\n各乡镇人民政府:\n现将政策印发给你们。\n永嘉县人民政府\n2024年3月1日\n', ['永嘉县', '永嘉县人民政府', '2024-03-01']],
  ] as [string, string, unknown[]][])('%s', (_, text, want) => expect(meta(text)[0]).toEqual(want));
});

describe('a site’s chrome above a document number and an issuer line opens no document of its own (site chrome head)', () => {
  it.each([
    // 永康 (zhejiang-yongkang-zhongdianrenwu.txt): 朗读 / 永政办发〔2008〕31号 / 永康市人民政府办公室 / 关于印发…的通知 (its 永 is no 永州市)
    ['永康 dev', dev('zhejiang-yongkang-zhongdianrenwu.txt'), ['永康市', '永康市人民政府办公室', undefined]],
    ['form: a read-aloud button', '语音朗读\n嘉政办发〔2024〕5号\n嘉善县人民政府办公室\n关于印发2024年重点工作任务的通知\n各镇人民政府:\n现将任务印发给你们。\n', ['嘉善县', '嘉善县人民政府办公室', undefined]],
  ] as [string, string, unknown[]][])('%s', (_, text, want) => expect(meta(text)).toEqual([want]));
});

describe('an issuer field that names a joint notice’s bodies gives them all (joint issuer field)', () => {
  it.each([
    // 镇赉 (jilin-zhenlai-yinsufa.txt, round 38): 发文机关: 镇赉县工信局 镇赉县财政局
    ['镇赉 dev', dev('jilin-zhenlai-yinsufa.txt'), ['镇赉县', '镇赉县工信局镇赉县财政局', '2022-11-07']],
    ['form: one body and the next field on its line', '发布机构: 市政府办公室 成文日期: 2023-02-09\n诸暨市人民政府办公室关于印发2023年政府重点工作责任清单的通知\n各镇乡人民政府:\n现将清单印发给你们。\n', ['诸暨市', '诸暨市人民政府办公室', '2023-02-09']],
  ] as [string, string, unknown[]][])('%s', (_, text, want) => expect(meta(text)[0]).toEqual(want));
});
