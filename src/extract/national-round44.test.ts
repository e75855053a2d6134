import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from '../ingest/ingest.js';
import { extractDocuments, extractValues } from './extract.js';

// Round 44 of the national development set (宿迁, 武进, 东营, 郑州, 绍兴, 北京市, 嘉定, 达州, 乌鲁木齐, 贵阳高新区, 楚雄), scored before any rule
// for it (amounts 1.000, rates 1.000, thresholds 0.667, units 0.917, deadlines 0.821). The classes of its misses, each with the dev
// sentence that showed it (file named) and forms written from the class.
const clauses = (text: string) => extractDocuments(documentsOfPlainText(text)).flat();

describe('a bare kind after 和 names no body of its own: the group stays whole (宿迁)', () => {
  it.each([
    // (jiangsu-suqian-wuxinfuwu.txt)
    ['1. 落实企业家参与涉企政策制定。各地各部门研究制定专项政策。〔责任单位:市政府办公室、市各有关部门和单位,各县(区)人民政府〕\n', ['市政府办公室', '市各有关部门和单位', '各县(区)人民政府']],
    // (two bodies joined by 和 still split)
    ['1. 加强监管。开展专项检查。(责任单位:市场监管局和税务局)\n', ['市场监管局', '税务局']],
  ] as [string, string[]][])('%s', (text, want) => expect([...clauses(text)[0].units]).toEqual(want));
});

describe('a day’s limit with its hour in Beijing time before 前 (乌鲁木齐)', () => {
  it('请各申报单位于10月20日19:30(北京时间)前… (xinjiang-wulumuqi-tingdiliandong.txt)', () => {
    expect(extractValues('请各申报单位于10月20日19:30(北京时间)前,将全部申报材料提交至市科技局。', '2025-09-30').deadlines.map((d) => d.date)).toEqual(['2025-10-20']);
  });
});

describe('addressees with the notice run on after them on one line are no title (贵阳高新区)', () => {
  it('各企业:2023年省级企业技术中心认定工作已正式启动,… (guizhou-guiyanggaoxinqu-jishuzhongxin.txt)', () => {
    const text = '各企业:2023年省级企业技术中心认定工作已正式启动,现将《省工业和信息化厅关于组织开展2023年省级企业技术中心认定工作的通知》转发你们,请符合条件的企业积极申报,于3月27日至4月3日完成线上线下申报,高新区产业发展局2023年3月10日。';
    const found = clauses(text).flatMap((c) => c.deadlines.map((d) => [d.from, d.date]));
    expect(found).toContainEqual(['2023-03-27', '2023-04-03']);
  });
});
