import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A notice with no title line whose addressees open with 各 and name the bodies by their places (各设区市工信局,昆山市、泰兴市、沭阳县工信局:)
// was filed under the first county its addressees name (昆山市), though the body names its province. The addressee line names whom it writes
// to, not its own place. Found on jiangsu-jiangsusheng-biaoganggongchang2022.txt.
const region = (text: string) => documentsOfPlainText(text)[0].region;

describe('places an addressee line opened by 各 names are not the notice’s region (addressees open with 各)', () => {
  it.each([
    // 江苏省 (jiangsu-jiangsusheng-biaoganggongchang2022.txt)
    ['各设区市工信局,昆山市、泰兴市、沭阳县工信局:\n现组织开展2022年度省工业互联网标杆工厂申报工作,具体要求如下:\n一、申报条件\n1、企业在江苏省境内注册,具有独立的法人资格。\n2、申报项目投入总计不低于2000万元。\n', '江苏省'],
    // forms: full-width stops, traditional
    ['各設區市工信局，昆山市、泰興市、沭陽縣工信局：\n現組織開展2022年度省工業互聯網標杆工廠申報工作，具體要求如下：\n一、申報條件\n1、企業在江蘇省境內註冊，具有獨立的法人資格。\n', '江苏省'],
  ])('%s', (text, want) => expect(region(text)).toBe(want));
});

// A joint issuer a government leads beside a zone's committee (贵阳市人民政府 贵安新区管委会) was read as one zone's body, its zone named from
// both (贵阳人民政府贵安新区). A body's word between the place and the zone word parts two bodies. Found on guizhou-guiyang-shujujiaoyisuo.txt.
describe('a government and a zone’s committee signing together make no zone of the two names (joint government and zone)', () => {
  it.each([
    // 贵州 贵阳 (guizhou-guiyang-shujujiaoyisuo.txt)
    ['贵阳市人民政府 贵安新区管委会\n关于印发贵阳贵安推进数据要素市场化配置改革支持贵阳大数据交易所优化提升实施方案的通知\n筑府发〔2023〕17号\n各区、市、县人民政府:\n现将实施方案印发给你们。\n到2025年,力争贵阳大数据交易所成为国家级数据交易所。\n', '贵阳市'],
    // forms: its office signing, traditional
    ['貴陽市人民政府辦公廳 貴安新區管委會辦公室\n關於印發貴陽貴安推進數據要素市場化配置改革實施方案的通知\n各區、市、縣人民政府:\n現將實施方案印發給你們。\n到2025年,力爭建成國家級數據交易所。\n', '贵阳市'],
  ])('%s', (text, want) => expect(region(text)).toBe(want));
});
