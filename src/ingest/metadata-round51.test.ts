import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Round 51 of the metadata classes: lines of eval/national/dev (file named in each case) and forms of other zones and cities.
const meta = (text: string) => {
  const [d] = documentsOfPlainText(text);
  return { region: d.region, issuer: d.issuer, date: d.date };
};

describe('a notice that speaks as its city’s zone by the zone’s bare name (bare zone)', () => {
  it('大连 (liaoning-daliangaoxinqu-shuzijingji.txt): addressed to 高新区各企业, the zone named with its city once', () => {
    const text = '高新区各企业:\n为加快推进数字经济发展,现开展我区相关申报工作,现将具体事宜通知如下:\n一、申报条件\n申报单位依法在大连市高新区注册登记,具有独立法人资格。\n';
    expect(meta(text).region).toBe('大连高新技术产业开发区');
  });
  it('贵阳 (guizhou-guiyanggaoxinqu-jishuzhongxin.txt): one line, signed by the zone’s bureau at its end', () => {
    const text =
      '各企业:2023年省级企业技术中心认定工作已正式启动,请符合条件的企业积极申报,于3月27日至4月3日完成线上线下申报,贵阳市辖区内企业提交的纸质申报材料须经市工信局加盖推荐章,附件下载:1.省工业和信息化厅关于组织开展2023年省级企业技术中心认定工作的通知2.贵州省企业技术中心认定管理办法高新区产业发展局2023年3月10日。\n';
    expect(meta(text)).toEqual({ region: '贵阳高新技术产业开发区', issuer: '高新区产业发展局', date: '2023-03-10' });
  });
  it('北京经开区 (beijing-jingkaiqu-yanfajigou.txt): one line, signed by 经开区科技创新局 before the attachments', () => {
    const text =
      '关于开展北京经济技术开发区企业研发机构专项奖励申报的通知发表时间:2021-03-11 19:18 各相关企业: 为贯彻落实《北京经济技术开发区支持高精尖产业人才创新创业实施办法》的工作要求,现开展北京经济技术开发区企业研发机构专项奖励申报工作,通知如下: 一、申报时间 自2021年3月10日至2021年3月16日期间进行项目申报。 二、联系方式 工作日上午9:00-12:00,下午2:00-6:00。 经开区科技创新局 2021年3月10日 附件1:企业研发机构专项奖励事项办事指南\n';
    expect(meta(text)).toEqual({ region: '北京经济技术开发区', issuer: '经开区科技创新局', date: '2021-03-10' });
  });
  it('a city’s notice that only mentions its zone stays the city’s', () => {
    const text = '大连市人民政府办公室关于印发加快数字经济发展若干措施的通知\n各区市县人民政府,市政府各委办局:\n支持大连市高新区建设数字经济产业园。\n大连市人民政府办公室\n2024年5月6日\n';
    expect(meta(text).region).toBe('大连市');
  });
});

describe('a page’s bare date before its source field (page stamp)', () => {
  it.each([
    // 河南 信阳 (henan-xinyang-manfuhe.txt)
    ['2023-06-29 来源:信阳市工业和信息化局 浏览:52491'],
    ['2023-06-29 作者:信阳市工业和信息化局'],
    ['2023/06/29 来源：信阳市工业和信息化局'],
  ])('%s', (line) => {
    const text = `关于2023年一季度规上工业企业满负荷生产奖励落实情况的通报\n\n${line}\n\n各县区工信局:\n现将全市落实情况通报如下。\n`;
    expect(meta(text).date).toBe('2023-06-29');
  });
});
