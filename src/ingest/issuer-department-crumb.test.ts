import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';

// A site's trail through a department's own section (首页 > 部门集约 > 河源市人力资源和社会保障局 > 公告公示) names the page's publisher, as a
// disclosure catalogue's trail does (长春市政府信息公开专栏 >> 市科学技术局 >> 履职依据): read only where nothing else names the issuer. It
// was read only in trails that say 信息公开. Found on guangdong-heyuan-wengangfanhuan.txt (round 170).
const issuer = (text: string) => documentsOfPlainText(text)[0].issuer;

describe('a department’s section in a site’s trail names the publisher (department crumb)', () => {
  it('河源: the bureau’s section of notices', () => {
    expect(issuer('首页 > 部门集约 > 河源市人力资源和社会保障局 > 公告公示\n关于提高我市中小微企业失业保险稳岗返还标准的公告\n发布日期:2020-12-15 17:14:22 来源:本网\n为加大我市企业援企稳岗工作力度,现将有关事项公告如下:\n一、失业保险稳岗返还将于12月31日截止申报。\n')).toBe('河源市人力资源和社会保障局');
  });
  it('valid: a trail whose department section holds news names no issuer', () => {
    expect(issuer('首页 > 部门集约 > 河源市人力资源和社会保障局 > 工作动态\n关于提高我市中小微企业失业保险稳岗返还标准的公告\n为加大我市企业援企稳岗工作力度,现将有关事项公告如下:\n一、失业保险稳岗返还将于12月31日截止申报。\n')).toBeUndefined();
  });
  it('valid: a body the notice signs with stays its issuer', () => {
    expect(issuer('首页 > 部门集约 > 河源市人力资源和社会保障局 > 公告公示\n关于提高我市中小微企业失业保险稳岗返还标准的公告\n一、失业保险稳岗返还将于12月31日截止申报。\n河源市财政局\n2020年12月15日\n')).toBe('河源市财政局');
  });
});
