import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// The year of the round a call turns to after 现将, its applications' matters named without 工作 (现将2024年临翔区脱贫劳动力跨省外出务工一次性
// 交通补助申请相关事项通知如下, 临翔 round 273), was read as a deadline: it names the round, as …申报工作有关事项通知如下 does (issue 9).
const years = (text: string) => extractValues(text, undefined).deadlines.map((d) => d.raw);

describe("a call's round named before its applications' matters is no deadline (deadlines call matters year)", () => {
  it.each([
    // 临翔 (yunnan-linxiang-jiaotongbuzhu2024.txt)
    '根据《关于进一步做好一次性交通补助发放工作的通知》(云人社发〔2023〕33号)文件要求,现将2024年临翔区脱贫劳动力跨省外出务工一次性交通补助申请相关事项通知如下:',
    // 渝北 (chongqing-yubei-keyanpeitao.txt), 吉林省 (jilin-jilinsheng-jinrongzhuanxiangzijin2022.txt), 成都 (sichuan-chengdu-danbaodaichang.txt)
    '现将2024年度市级重点以上科研项目配套经费申报有关事项通知如下:',
    '现将2022年度金融业发展专项资金申报有关事项通知如下:',
    '现将2025年成都市支持担保机构担保代偿补助项目申报有关事项通知如下:',
  ])('%s', (text) => {
    expect(years(text)).toEqual([]);
  });
});
