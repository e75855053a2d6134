import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { maskCitations } from './regions.js';
import { devText as dev } from '../dev-notices.js';


describe('a title that is one quoted title is the notice\'s own, not a citation (quoted title)', () => {
  it.each([
    // 宿迁 (jiangsu-suqian-dianzishangwu.txt): a repost's headline
    ['《宿迁市关于进一步支持电子商务产业加快发展的政策意见》全文', true],
    // forms: an edition or a draft mark after it, the whole notice quoted
    ['《长春市人民政府办公厅印发〈关于加快推进工业转型升级的实施意见〉实施细则的通知》', true],
    ['《嘉兴市关于加快数字经济发展的若干政策》(征求意见稿)', true],
    // a title that cites a superior's document and names its own kind after it is a citation still
    ['《江苏省人民政府关于加快发展先进制造业的意见》实施细则', false],
    ['贯彻落实《中共苏州市委 苏州市人民政府关于促进经济高质量发展的意见》', false],
  ])('%s → kept %s', (title, kept) => expect(maskCitations(title) === title).toBe(kept));

  it('宿迁 dev: the headline 《宿迁市关于…》全文 gives the region', () => {
    const text = dev('jiangsu-suqian-dianzishangwu.txt');
    expect(documentsOfPlainText(text)[0].region).toBe('宿迁市');
  });
});
