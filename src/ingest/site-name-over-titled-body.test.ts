import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A government's name heading its site over the page's breadcrumb (武定县人民政府 / 首页 >> 政府信息公开 >> 法定主动公开内容) is the site's,
// not the notice's issuer, where the title below names its own body before 关于 (武定县民政局关于公布提高2023年…标准): that body, as a
// field naming the issuer outranked the site's name already. Found on yunnan-wuding-dibaotekun2023.txt (round 235).
const meta = (text: string) => documentsOfPlainText(text)[0];

describe('a site’s name over its breadcrumb and a title naming its body (site name over titled body)', () => {
  it('武定: the title’s 武定县民政局', () => {
    expect(meta('武定县人民政府\n首页 >> 政府信息公开 >> 法定主动公开内容\n\n武定县民政局关于公布提高2023年城乡居民最低生活保障和特困人员救助供养标准\n\n日期:2023年06月30日   作者:   来源:县民政局    点击:[]\n\n根据州民政局、州财政局《关于提高2023年城乡居民最低生活保障和特困人员救助供养标准的通知》文件,现公布如下:\n(一)城市最低生活保障标准。从2022年700元/人/月提高到728元人/月。\n').issuer).toBe('武定县民政局');
  });
  it('form: traditional characters', () => {
    expect(meta('祿豐市人民政府\n首頁 >> 政府信息公開 >> 法定主動公開內容\n\n祿豐市財政局關於公布2024年農機購置補貼標準\n\n日期:2024年03月30日   來源:市財政局\n\n根據省財政廳文件,現將2024年農機購置補貼標準公布如下:\n每台補貼2000元。\n').issuer).toBe('祿豐市財政局');
  });
  it('valid: a title naming no body keeps the site’s government', () => {
    expect(meta('武定县人民政府\n首页 >> 政府信息公开 >> 法定主动公开内容\n\n2023年城乡居民最低生活保障标准公示\n\n现对武定县2023年城乡居民最低生活保障标准公布如下:\n城市低保标准提高到728元/人/月。\n').issuer).toBe('武定县人民政府');
  });
});
