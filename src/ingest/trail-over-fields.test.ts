import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A page's trail of sections over its field block or its number line (当前位置:首页 / > 政务公开 > … > 其他文件 / 索引号:… / 发布机构:…)
// is the head of the notice below it, not a document of its own: split off, that block's 发布机构 (市政府办公室) was the file's issuer
// and its number line the first document's title.
const docs = (text: string) => documentsOfPlainText(text);

describe('a trail of sections over a field block opens the notice below it (trail over fields)', () => {
  it.each([
    // 绍兴 (zhejiang-shaoxing-zhongdiangongzuoqingdan.txt): the trail goes on on a line of its own
    ['zhejiang-shaoxing-zhongdiangongzuoqingdan.txt', '关于印发市政府2025年重点工作清单的通知', '绍兴市人民政府办公室'],
    // 黄石港 (hubei-huangshigang-zhongdiangongzuo.txt): 当前位置:首页 > … over the number and the title
    ['hubei-huangshigang-zhongdiangongzuo.txt', '关于印发2025年区政府重点工作分解意见的通知', '黄石港区人民政府'],
  ])('%s', (f, title, issuer) => {
    const first = docs(dev(f))[0];
    expect([first.title, first.issuer]).toEqual([title, issuer]);
  });
  it('海东 (qinghai-haidong-lanxi.txt): a site\'s chrome run into its trail stays apart, and the notice keeps its issuer line and wrapped title', () => {
    const d = docs(dev('qinghai-haidong-lanxi.txt')).find((x) => x.kind === 'notice');
    expect([d?.title, d?.issuer]).toEqual(['关于印发海东市与兰州市、临夏州共同推进兰西城市群建设2020年重点任务清单的通知', '海东市人民政府办公室']);
  });
});
