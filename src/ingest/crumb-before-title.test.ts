import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A site's trail of sections glued before the title on its line (…>宝安区资助项目>宝安区开展…申报工作): the title is the tail after the
// trail's last mark where that tail names a document by its kind; a trail whose tail names none (…>>科技政策>>文件公告) is left alone.
const title = (text: string) => documentsOfPlainText(text)[0].title;

describe('a trail glued before the title (crumb before title)', () => {
  it.each([
    // 宝安 (guangdong-baoan-gongyeyuanquzhengzhi.txt): a consultancy's trail, the call's title after it
    ['guangdong-baoan-gongyeyuanquzhengzhi.txt', '宝安区开展2023年支持工业园区开展综合整治提升项目申报工作'],
    // 大鹏 (guangdong-dapeng-haiyangchanye.txt): a draft's mark after the kind
    ['guangdong-dapeng-haiyangchanye.txt', '深圳市大鹏新区关于促进海洋产业高质量发展的若干措施(征求意见稿)'],
  ])('%s', (file, want) => expect(title(dev(file))).toBe(want));
  it('a trail whose tail names no document stays as it is', () =>
    expect(title('您的当前位置:首页>>科技政策>>文件公告\n对新认定的企业给予10万元奖励。')).not.toBe('文件公告'));
});
