import { describe, expect, it } from 'vitest';
import { valueTable } from './fixture-table.js';

// A count a goal says is reached (到2022年,…企业达到5万户) is a target, not a condition on an applicant, even where a sized class's
// 的 follows further on in the sentence; a count closed by its own 的, or one in a sentence that grants, stays a condition.

describe('a count a goal says is reached is no threshold (goal reached counts)', () => {
  it.each([
    // 贵州省 (guizhou-guizhousheng-dalvyou2020.txt): only the sized class 营业收入超1亿元的旅游企业 bounds anyone
    ['到2022年,旅游业增加值达到2100亿元左右、占GDP比重达到12%以上,重点项目投资468亿元、企业达到5万户、就业人数达到85万人,营业收入超1亿元的旅游企业达到70家以上。', [[100000000, '元']]],
    // 深圳 (guangdong-shenzhen-shangmaoqiye.txt)
    ['到2024年底,全市净增批发、零售、餐饮业入库企业4000家以上,酒店住宿业入库企业达到1000家以上;', []],
    // 黔南 (guizhou-qiannan-shichangzhuti.txt)
    ['企业年均新设立9000户以上,年均增速9.4%以上,到2025年达到10万户;', []],
    // valid: no goal word, the count bounds whom the grant is for — 厦门 思明 (fujian-siming-huizhan.txt)
    ['对会期1天及以上、参会人数达150人及以上,住宿间夜数200间夜及以上的境内会议,按会议场租及住宿费用的20%给予奖补。', [[1, '天'], [150, '人'], [200, '间夜']]],
    // valid: 吉林 龙井 — a count reached, a grant in the sentence
    ['吸纳农村贫困劳动力在乡镇和农村就业达到5人(含5人)以上,与其签订6个月(含6个月)以上劳动合同或就业协议,累计工作时间不少于6个月且工资待遇不低于龙井市最低工资标准的,给予一次性奖补。', [[5, '人'], [6, '个月'], [6, '个月']]],
  ])('%s', (s, want) => expect(valueTable(s).thresholds.map((t) => [t[1], t[3]])).toEqual(want));
});
