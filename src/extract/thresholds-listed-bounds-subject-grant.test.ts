import { describe, expect, it } from 'vitest';
import { extractValues } from './extract.js';

// Bounds listed with 、, each on its own measure, then the grant with its subject before 给予 (研学旅游线路接待游客1500人以上、红色旅游线路接待游客
// 500人以上的,经专家评审认定后,“扬州的夏日”期间的线路给予开发单位每条新线路补贴1万—5万元, 扬州 round 283): the first bound was lost, the
// listed bounds reaching their grant only where 给予 came right after the comma or a check. A subject qualified by 的 before the grant
// (…期间的线路给予) is the grant's, as a check is; a 对…的 phrase there names another beneficiary with bounds of its own (issue 9).
const bounds = (text: string) => extractValues(text, '2020-06-01').thresholds.map((t) => [t.metric, t.min, t.unit]);

describe('listed bounds reach a grant whose subject stands before it (thresholds listed bounds subject grant)', () => {
  it.each([
    // 扬州 (jiangsu-yangzhou-lvyoujiangli2020.txt)
    [
      '研学旅游线路接待游客1500人以上、红色旅游线路接待游客500人以上的,经专家评审认定后,“扬州的夏日”期间的线路给予开发单位每条新线路补贴1万—5万元,“冬季养生节”期间的线路给予开发单位每条新线路补贴不超过3万元。',
      [['研学旅游线路接待游客', 1500, '人'], ['红色旅游线路接待游客', 500, '人']],
    ],
    // (a goal's counts, then a grant to another beneficiary named by 对…的: 临沂, shandong-linyi-chibanggongcheng.txt — no condition)
    ['实施科技型企业梯次培育行动,全年新增国家高新技术企业200家以上,国家科技型中小企业突破3000家,对首次认定为高新技术企业的中小微企业给予10万元一次性奖补。', []],
    // (a cap on how many projects a body funds, its subject bare: 温州, zhejiang-wenzhou-chanyezhengce.txt — no condition)
    ['支持以应用为导向的基础研究,每年实施不超过300个应用基础研究项目,市财政给予单个项目最高10万元补助。', []],
  ])('%s', (text, want) => {
    expect(bounds(text)).toEqual(want);
  });
});
