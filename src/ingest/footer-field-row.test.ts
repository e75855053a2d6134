import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { extractDocument } from '../extract/extract.js';

// A site's footer cut by the excerpt before its registration line (瓯海 2021 on 浙江知识产权在线): its sponsor field, a telephone field after a
// bar on the same line, is furniture, not a unit field over the measures above the signature.
const OUHAI = `关于开展2021年度第二期瓯海区知识产权(专利)奖励项目申报的通知
各有关单位:
 五、其他
拒不配合或无正当理由拒不撤回的非正常申请专利的企业和代理机构所代理的专利,暂不专利奖补。房地产企业、房地产项目(小微企业园除外)、“亩均论英雄”综合评价CD类企业以及列入严重失信名单的申报单位,按规定不得申报享受产业政策奖补资金。

瓯海区市场监督管理局

2021年09月23日


主办单位:浙江省市场监督管理局(知识产权局) | 省保护中心专利快速审查咨询电话:0571-56788309
杭州代办处专利优先审查咨询电话:0571-88917568、0571-86412160 | 技术保障电话:0571-89765202(快速审查和优先
`;

describe('a footer field with a telephone after a bar is furniture (footer field row)', () => {
  it('瓯海: no clause takes the site sponsor as its unit', () => {
    const units = extractDocument(documentsOfPlainText(OUHAI)[0]).flatMap((c) => c.units);
    expect(units).toEqual([]);
  });
  it('昌都 牛羊肉: a unit field of the notice itself, no telephone after a bar, still names the bodies', () => {
    const text =
      '主办单位:昌都市人民政府\n承办单位:昌都市农业农村局、昌都市商务局\n个人消费昌都本地牛羊肉,满1000元减100元,满2000元减200元,4个档次执行,每名消费者每个补贴档次仅享受1次。\n全市促消费补贴资金500万元,面向十一县(区)购买本地牛羊肉的消费者。\n';
    const units = extractDocument(documentsOfPlainText(text)[0]).flatMap((c) => c.units);
    expect(units).toContain('昌都市人民政府');
  });

});
