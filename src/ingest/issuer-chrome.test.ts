import { describe, expect, it } from 'vitest';
import { withoutChrome } from './documents.js';
import { documentsOfPlainText } from './ingest.js';

// Page chrome run into the line an issuer is read from: lines of eval/national/dev (file named in each case).
describe('an issuer’s name opens with its place, not with page chrome (withoutChrome)', () => {
  it.each([
    // 青浦 (shanghai-qingpu-yijiduyaodian.txt): 返回上一级 / 字号 / 打印 / 上海市青浦区人民政府办公室关于印发…
    ['打印上海市青浦区人民政府办公室', '上海市青浦区人民政府办公室'],
    // 彭州 (sichuan-pengzhou-zhizaoyebeizeng.txt): 政策查询 / 彭州市人民政府关于印发…
    ['政策查询彭州市人民政府', '彭州市人民政府'],
    // 临高 (hainan-lingao-touzijiangli.txt): a section label over the body's line
    ['投资奖励临高县商务局', '临高县商务局'],
  ])('%s → %s', (issuer, body) => expect(withoutChrome(issuer)).toBe(body));

  it.each([
    // a place first, 中共 first, a state body first, a level-only name, a joint issuer: as they are
    ['上海市青浦区人民政府办公室'],
    ['中共临高县委'],
    ['国家税务总局临高县税务局'],
    ['中国人民银行建德市支行'],
    ['市人民政府办公室'],
    ['三明市工业和信息化局三明市财政局'],
    // a body of a zone named before its city's place (a zone word in the run): kept
    ['临港新片区管委会'],
    ['天府新区成都直管区管委会'],
  ])('%s stays', (issuer) => expect(withoutChrome(issuer)).toBe(issuer));

  it('青浦 (shanghai-qingpu-yijiduyaodian.txt): the head’s chrome lines leave the office as the issuer', () => {
    const text =
      '返回上一级\n\n字号\n\n打印\n\n上海市青浦区人民政府办公室关于印发区政府2016年第一季度工作要点的通知\n\n主动公开\n\n青府办发〔2016〕8号\n\n青浦区人民政府\n\n2016.03.15\n\n各镇人民政府、街道办事处,区政府各委、办、局,各有关单位:\n    经区政府同意,现将《青浦区人民政府2016年第一季度工作要点》印发给你们,请认真贯彻落实。\n\n \n\n上海市青浦区人民政府办公室\n                            2016年2月15日\n\n一、加快推进重点项目建设,完成固定资产投资50亿元。\n';
    const docs = documentsOfPlainText(text);
    expect(docs.find((d) => d.title.includes('工作要点'))?.issuer).toBe('上海市青浦区人民政府办公室');
  });

  it('常州西太湖 (jiangsu-xitaihu-gongyechuangxin.txt): lines of bars alone are no head lines; the masthead glued to its number names the issuer', () => {
    const text =
      '|\n|\n|\n| 当前位置:首页 >> 政策速递 >> 常州市 >> 武进区 |\n| 常州西太湖科技产业园促进工业经济创新发展的政策意见 | ||||||||||||\n常州西太湖科技产业园管理委员会文件 常西科发〔2017〕7号 常州西太湖科技产业园促进工业经济创新发展的政策意见(2017-2019年) 西湖街道办事处,文化旅游办,中以管理办,机关各局室(公司),各有关单位: 为进一步发挥财政资金的引导和杠杆作用,增强工业企业自主创新能力,现就促进园区工业经济创新发展制定如下政策意见: 一、支持对象 1.为工商登记、税务登记在常州西太湖科技产业园的企业;\n';
    const [d] = documentsOfPlainText(text);
    expect(d.issuer).toBe('常州西太湖科技产业园管理委员会');
  });
});

// A page's social buttons a line each over the title (我要收藏 / 取消收藏 / 青岛市海洋发展局关于…, round 239's shandong-qingdao-haiyanggongye2025.txt):
// chrome, never the issuer's start.
describe('social buttons with their verb over the title are chrome (social button lines)', () => {
  it('青岛 海洋: the issuer is the body alone', () => {
    const text = '我要收藏\n取消收藏\n青岛市海洋发展局关于开展海洋工业相关奖补资金补充申报的通知\n字体大小: 打印\n各区、市海洋经济主管部门,相关功能区:\n现开展海洋工业相关奖补资金补充申报工作,有关事项通知如下:\n一、申报范围\n';
    expect(documentsOfPlainText(text)[0].issuer).toBe('青岛市海洋发展局');
  });
});
