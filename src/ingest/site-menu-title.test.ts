import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

// A portal's login, editions and menu over the notice (登录 注册 / • 蒙古文版 / • 微信公众号 / • 首页 / • 要闻动态 / • 政务公开…): furniture
// throughout, however many items; the title is below it.
const head = (text: string) => documentsOfPlainText(text)[0];

describe('a site menu of many bulleted items above the title (site menu)', () => {
  it('呼和浩特 (neimenggu-huhehaote-wenlv.txt): the title below a menu of 20 lines gives the issuer', () => {
    const d = head(dev('neimenggu-huhehaote-wenlv.txt'));
    expect(d.title).toBe('关于推动文化旅游业高质量发展的实施意见');
    expect(d.issuer).toBe('呼和浩特市人民政府');
    // (its field block, 成文日期 2025-07-14 with no colon, below the menu: the head reaches down to the title)
    expect(d.date).toBe('2025-07-14');
  });
  it('form: 登录 | 注册 and a 手机版 over the title', () => {
    const d = head('登录 | 注册\n• 手机版\n• 藏文版\n• 首页\n• 新闻中心\n• 政务公开\n• 办事服务\n• 互动交流\n• 数据开放\n• 专题专栏\n某县人民政府关于促进工业经济稳增长的若干措施\n为促进工业经济平稳增长,制定以下措施。\n');
    expect(d.title).toBe('关于促进工业经济稳增长的若干措施');
  });
});
