import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A command post (指挥部) issues notices of its own: a county's fire-prevention command (景谷傣族彝族自治县森林草原防灭火指挥部关于…的通告) and a
// league's epidemic command (锡林郭勒盟新型冠状病毒感染肺炎防控工作指挥部, signing its voucher notice) were no issuer, 指挥部 missing from the
// organ words of dict/document-meta.json; the league's notice lost its region and date with it (issue 9).
const meta = (file: string) => {
  const [d] = documentsOfPlainText(dev(file));
  return [d.region, d.issuer, d.date];
};

describe('a command post is an issuing body (issuer command post)', () => {
  it.each([
    ['yunnan-jinggu-youjiangjubao.txt', ['景谷傣族彝族自治县', '景谷傣族彝族自治县森林草原防灭火指挥部', '2023-04-21']],
    ['neimenggu-xilinguole-xiaofeiquan.txt', ['锡林郭勒盟', '锡林郭勒盟新型冠状病毒感染肺炎防控工作指挥部', '2020']],
  ])('%s', (file, want) => {
    expect(meta(file)).toEqual(want);
  });
});
