import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

const region = (text: string) => documentsOfPlainText(text)[0].region;

describe('a province then a colon opening a headline is the place of what follows (headline dateline)', () => {
  it.each([
    // forms: half- and full-width colons, a short or full name
    ['湖南：关于组织申报2024年度省级制造业高质量发展专项资金项目的通知\n各市州工业和信息化局：\n现将有关事项通知如下。\n', '湖南省'],
    ['浙江省:关于开展专精特新中小企业认定工作的通知\n各设区市经信局:\n现将有关事项通知如下。\n', '浙江省'],
    // a city named after the dateline is the notice's place
    ['湖南：长沙市关于支持智能制造发展的若干政策\n为加快推进智能制造，制定本政策。\n', '长沙市'],
  ])('%s → %s', (text, want) => expect(region(text)).toBe(want));

  it('贵州 dev (guizhou-guizhousheng-chubeixiangmu.txt): 贵州:关于继续做好中央引导地方科技发展资金储备项目申报工作的通知', () => {
    expect(region(dev('guizhou-guizhousheng-chubeixiangmu.txt'))).toBe('贵州省');
  });
});
