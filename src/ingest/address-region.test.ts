import { describe, expect, it } from 'vitest';
import { regionOfAddress } from './address-region.js';
import { applyDeclared } from './declared.js';
import { documentsOfPlainText } from './ingest.js';

// Addresses of eval/national/dev's manifest (sources.tsv), each with the region its notice is labelled with, and forms.
describe('a government site’s address names its division (address region)', () => {
  it.each([
    // the pinyin of the name, short or full
    ['http://www.panyu.gov.cn/zwgk/wgk/zxgk/zxgcgk/sjmsss/content/post_8448655.html', '番禺区'],
    ['http://xialuqu.gov.cn/zwgk/zc/qtzdgkwj/202301/t20230112_981880.html', '下陆区'],
    ['http://www.fangxian.gov.cn/xxgk/zc/zfbwj/202309/t20230922_4316928.shtml', '房县'],
    ['https://yaoan.gov.cn/Pages_321_75699.aspx', '姚安县'],
    // initials of a name of three characters or more; a parent's initials before the name or its initials
    ['http://www.spt.gov.cn/', '沙坡头区'],
    ['http://rd.lyg.gov.cn/', '连云港市'],
    ['http://cxz.gov.cn/', '楚雄彝族自治州'],
    ['http://www.njgl.gov.cn/', '鼓楼区'],
    ['http://www.zjtz.gov.cn/', '台州市'],
    ['https://www.hbqj.gov.cn/xxgk/zc/qtwj/szfbwj/2017/201701/t20170113_2136642.html', '潜江市'],
    ['https://xxgk.shbsq.gov.cn/article.html?infoid=cec02962', '宝山区'],
    ['http://www.nbyz.gov.cn/', '鄞州区'],
    ['http://www.ycxixia.gov.cn/', '西夏区'],
    // a province's portal and its departments' sites
    ['http://gxt.jl.gov.cn/xxgk/tzgg/', '吉林省'],
    ['https://www.gd.gov.cn/zwgk/', '广东省'],
    // a sub-site spelled as a division under the site's
    ['http://yunyang.shiyan.gov.cn/zwgk/', '郧阳区'],
    // written without its scheme, upper case, a port
    ['WWW.PANYU.GOV.CN:8080/a.html', '番禺区'],
  ])('%s', (address, want) => expect(regionOfAddress(address)?.name).toBe(want));
  it.each([
    // four 鼓楼区 share the label; two letters name too many places; not a government host; national sites
    ['http://gulou.gov.cn/zcfg/zcfb/2024/9/3fae77e687bf41b6b1188c81f0ec070e.htm'],
    // (渝北区 and 元宝区 share ybq)
    ['http://www.ybq.gov.cn/'],
    ['http://gxj.sz.gov.cn/xxgk/xxgkml/qt/tzgg/content/post_8668519.html'],
    ['http://qyxmbt.com/hn/zhoukou/4541.html'],
    ['https://www.spb.gov.cn/gjyzj/c100015/'],
    ['https://www.gov.cn/zhengce/content/'],
    ['https://www.miit.gov.cn/jgsj/'],
    ['not an address'],
  ])('%s names none', (address) => expect(regionOfAddress(address)).toBeUndefined());
});

describe('a stated address fills only the region a text does not give', () => {
  const docsOf = (text: string) => documentsOfPlainText(text);
  it('a text naming no place takes the address’s division', () => {
    const docs = docsOf('一、总体要求\n全面贯彻新发展理念,推动高质量发展。\n');
    expect(docs[0].region).toBeUndefined();
    applyDeclared(docs, { address: 'http://www.panyu.gov.cn/zwgk/a.html' }, 'x.txt');
    expect([docs[0].region, docs[0].regionCode, docs[0].address]).toEqual(['番禺区', '440113', 'http://www.panyu.gov.cn/zwgk/a.html']);
  });
  it('the text’s own place outranks the address (a city’s notice reposted on a county’s site)', () => {
    const docs = docsOf('达州市人民政府关于支持工业发展的若干措施\n一、对新入规企业给予10万元奖励。\n');
    applyDeclared(docs, { address: 'http://www.kaijiang.gov.cn/xxgk-show-55342.html' }, 'x.txt');
    expect(docs[0].region).toBe('达州市');
  });
  it('a declared region outranks the address', () => {
    const docs = docsOf('一、总体要求\n全面贯彻新发展理念。\n');
    applyDeclared(docs, { address: 'http://www.panyu.gov.cn/a.html', region: '天河区' }, 'x.txt');
    expect(docs[0].region).toBe('天河区');
  });
  it('front matter’s address does it for a single file', () => {
    const docs = docsOf('# source: https://yaoan.gov.cn/Pages_321_75699.aspx\n一、总体要求\n全面贯彻新发展理念。\n');
    expect(docs[0].region).toBe('姚安县');
  });
});
