import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { ownLevel } from './regions.js';
import { devText as dev } from '../dev-notices.js';

// A province-level municipality's body named with its name (上海市委网信办, 北京市人民政府门户网站, 重庆市人民政府办公厅) was read as the notice's
// word for its own level, 市: a district's notice that names its district and nothing else of its own level (徐汇 2025, round 270) was
// filed under 上海市. The municipality's 市 is a province's level, its bodies superiors in a district's notice (issue 9).
describe("a municipality's body named with its name is no word for the notice's own level (municipality body level)", () => {
  it.each([
    // 徐汇 (shanghai-xuhui-damoxingbeian2025.txt)
    ['参照国家网信办等七部门联合发布的《生成式人工智能服务管理暂行办法》及上海市委网信办开展生成式人工智能服务登记工作要求,在2024年12月31日前完成生成式人工智能服务备案或登记手续的企业机构。', undefined],
    // 怀柔 (beijing-huairou-shangwushenbao.txt)
    ['符合支持条件的申报企业,应在2025年6月20日至6月30日期间,登录北京市人民政府门户网站“政策兑现”栏目(https://zhengce.beijing.gov.cn),选择相对应的项目', undefined],
    // 城口 (chongqing-chengkou-minyingjingji.txt): its own 我县 stands
    ['为了促进我县民营经济高质量发展,根据重庆市人民政府办公厅有关要求,结合我县实际,制定本措施。', '县'],
    // (a city's own body named with its name still speaks for the city: 苏州市人民政府)
    ['苏州市人民政府决定,对全市规模以上工业企业给予奖励。', '市'],
  ])('%s → %s', (text, level) => {
    expect(ownLevel(text)).toBe(level);
  });
  it('徐汇 2025: the district the notice names is its region', () => {
    const [doc] = documentsOfPlainText(dev('shanghai-xuhui-damoxingbeian2025.txt'));
    expect(doc.region).toBe('徐汇区');
  });
});
