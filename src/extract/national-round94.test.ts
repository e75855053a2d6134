import { describe, expect, it } from 'vitest';
import { documentsFromText } from '../ingest/ingest.js';
import { extractDocuments } from './extract.js';

// Classes found on the dev notices of round 94 (twenty-fourth session: 23 notices from dev provinces, read before their rules), each
// with the dev text that showed it (file named) and the same form from another province's page.

const clausesOf = (text: string) => extractDocuments(documentsFromText({ text, format: 'txt', encoding: 'utf-8' }, 'x.txt')).flat();
const withDeadlines = (text: string) => clausesOf(text).map((c) => [c.text.slice(0, 8), c.deadlines.map((d) => d.raw)]);

describe('a policy portal\'s catalogue fields and social buttons are page metadata, the title written again with another dash is title (portal fields)', () => {
  it('盐城 (jiangsu-yancheng-shuzijingji.txt): the plan\'s term goes on the first sentence, no field becomes a clause', () => {
    const text =
      '盐城市数字经济发展三年行动计划(2022-2024年)\n\n发布时间:2022-08-12\n\n政策级别:市级\n\n发文部门:盐城市工业和信息化局\n\n政策主题:引导扶持\n\n点赞\n\n收藏\n\n转发\n\n' +
      '盐城市数字经济发展三年行动计划(2022—2024年)\n\n为深入贯彻落实党中央、国务院和省委、省政府决策部署,抢抓新机遇,培育新动能,加快推动全市经济社会数字化转型,结合我市实际,制定本行动计划。\n\n' +
      '(二)发展目标\n\n到2024年,数字经济成为驱动全市经济发展的新引擎,数字产业加快发展。';
    expect(withDeadlines(text)).toEqual([
      ['为深入贯彻落实党', ['2022-2024年']],
      ['到2024年,数', ['到2024年']],
    ]);
  });
  it('扬州经开区 (jiangsu-yangzhoujingkaiqu-zhigaishuzhuan.txt): the same portal over a cover notice', () => {
    const text =
      '关于印发《扬州经开区关于加快制造业智能化改造数字化转型网络化联接的若干措施》的通知\n\n发布时间:2024-07-22\n\n政策级别:市级\n\n发文部门:扬州市人民政府\n\n政策主题:引导扶持\n\n点赞\n\n收藏\n\n转发\n\n' +
      '关于印发《扬州经开区关于加快制造业智能化改造数字化转型网络化联接的若干措施》的通知\n\n各部门,镇(街道),产业园区,有关单位:\n\n《扬州经开区关于加快制造业智能化改造数字化转型网络化联接的若干措施》已经党工委研究同意,现予以印发,请认真贯彻落实。';
    expect(clausesOf(text).map((c) => c.text.slice(0, 6))).toEqual(['各部门,镇(', '《扬州经开区']);
  });
  it('a catalogue field of another portal alone on its line (主题分类, 索引号) is no clause either', () => {
    const text = '某县关于支持工业发展的若干措施\n索引号:11N000/ZK-2023-000021\n主题分类:工业\n一、对新投产项目给予50万元奖励。';
    expect(clausesOf(text).map((c) => c.text)).toEqual(['对新投产项目给予50万元奖励。']);
  });
});
