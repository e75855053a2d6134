import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// Kinds of development zone that are regions in their own right (dict/document-meta.json zones): lines of eval/national/dev.
const regions = (text: string) => documentsOfPlainText(text).map((d) => d.region);

describe('a city’s 城乡一体化示范区 is a zone, the region of the notices it issues (zone kinds)', () => {
  it.each([
    // 周口示范区 (henan-zhoukoushifanqu-xianjiezijin.txt): its title names it, its body speaks as 我区
    ['周口市城乡一体化示范区2023年度财政衔接推进乡村振兴补助资金项目实施计划\n周口市财政局、周口市乡村振兴局:\n为做好我区巩固拓展脱贫攻坚成果和乡村振兴项目有效衔接工作,现报告如下:\n', '周口城乡一体化示范区'],
    // form: another city's, its committee issuing
    ['开封城乡一体化示范区管理委员会关于印发促进产业发展若干措施的通知\n各乡镇办事处:\n现将措施印发给你们。\n', '开封城乡一体化示范区'],
  ])('%s', (text, want) => expect(regions(text)[0]).toBe(want));
});
