import { describe, expect, it } from 'vitest';
import { unitRows } from './fixture-table.js';

// A sentence names its bodies to a role for the measure: the measure named by 本, 该 or 此, and the role in one or two words, one that leads
// or one that assists (协办, 配合, 承办). Sentences are real, from the dev notice named, and their general forms.
describe('bodies a sentence names to a role, the measure named by 该 or the role one that assists (role named)', () => {
  it.each([
    // 恩施 (hubei-enshi-yianbanli2012.txt)
    ['州交通运输局为该议案办理工作的牵头责任单位,负责拟定办理工作总体实施方案。\n', [['州交通运输局']]],
    ['州发改委、州旅游委、州财政局、州国土局、州水利水产局、州环保局、巴东县政府、建始县政府、恩施市政府为协办单位,各单位要互相配合、积极支持、合力抓好议案中所提建议事项的落实。\n',
      [['州发改委', '州旅游委', '州财政局', '州国土局', '州水利水产局', '州环保局', '巴东县政府', '建始县政府', '恩施市政府']]],
    // general forms: traditional, 此 and 配合, 是 for 为
    ['州交通運輸局為該議案辦理工作的牽頭責任單位,負責擬定辦理工作總體實施方案。\n', [['州交通運輸局']]],
    ['市财政局、市税务局为此项工作的配合单位,负责做好资金保障。\n', [['市财政局', '市税务局']]],
    ['区商务局是本次活动的承办单位,负责活动组织实施。\n', [['区商务局']]],
    // 龙岗 (guangdong-longgang-kejichuangxinxize.txt), the form before
    ['第三条 区科技创新局是本实施细则的组织实施部门。组织实施遵循公开、公平、公正的原则。\n', [['区科技创新局']]],
  ] as [string, string[][]][])('%s', (text, want) => expect(unitRows(text)).toEqual(want));
  it.each([
    // no body named: which of a note's bodies leads (鄂州), an applicant as the unit that carries out
    ['排名第一的责任单位为牵头单位。\n'],
    ['申报企业为项目实施单位,负责项目组织实施。\n'],
  ])('valid: %s names no body', (text) => expect(unitRows(text)).toEqual([]));
});
