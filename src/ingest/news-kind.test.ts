import { describe, expect, it } from 'vitest';
import { documentsOfPlainText } from './ingest.js';
import { devText as dev } from '../dev-notices.js';

const first = (text: string) => documentsOfPlainText(text)[0];

describe('what a measure says of the press is no news report (news kind)', () => {
  it.each([
    // 荆州 (hubei-jingzhou-jiaotonglvyou.txt): a task list with no title, its second item on the press industry
    ['24.积极对接高铁,推动旅游深度开发。力争实现旅游收入90亿元,增长30%。(责任单位:市旅游局、市发改委、市交通运输局)\n25.扶持新闻传媒、数字动漫、文化创意等文化产业快速成长。(责任单位:市文化局、市广电局)\n', 'other'],
    // 乌鲁木齐 (xinjiang-wulumuqi-qingjiaohuohuan.txt): the press told to report the campaign
    ['(五)加强宣传。各级政府要组织新闻媒体加大消防宣传报道力度,各新闻媒体要每周跟踪报道排查整治情况,每月召开1次新闻发布会。\n', 'other'],
    // a news site's trail still makes one (河南 dev, henan-henansheng-xiaofeiquan.txt), as a reporter's byline does
    ['9月13日10时开抢！河南新一波消费券来了\n您当前的位置 ： 洛阳网 > 新闻中心 > 洛阳 > 洛阳新闻  来源: 河南省商务厅 2025.09.12 19:22\n\u3000\u3000今日，河南省商务厅官微发布消息称，为抢抓消费旺季，惠民利企，释放消费潜力。\n', 'news'],
    ['各类保障性住房5100套今年竣工\n北京青年报记者获悉,房山区公布2023年40件重要民生实事项目。\n', 'news'],
  ])('%s → %s', (text, kind) => expect(first(text).kind).toBe(kind));

  it('荆州 dev: a titleless task list that names 荆州 in its own words (尽快凸显荆州交通区位优势) is 荆州市', () => {
    expect(first(dev('hubei-jingzhou-jiaotonglvyou.txt')).region).toBe('荆州市');
  });

  it('泰安 dev: a news page carrying a city\'s task list (澎湃号·政务; 全市…, 泰安特种建筑用钢产业集群项目) has the city the list speaks as', () => {
    const d = first(dev('shandong-taian-zhongdianrenwu2020.txt'));
    expect(d.kind).toBe('news');
    expect(d.region).toBe('泰安市');
  });
});
