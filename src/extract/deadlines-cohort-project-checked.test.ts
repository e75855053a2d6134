import { describe, expect, it } from 'vitest';
import { deadlinePairs } from './fixture-table.js';

// The year a funded project was closed and checked, in an applicant's conditions (且2023年結題驗收通過,未獲得區級資助的科技項目, 江夏 round 284,
// traditional), was no deadline: the window an act falls in (2023年认定的…, 2020年通过高新技术企业认定的…) knew designations, events and
// projects begun, not a project's closing check (结题, 验收). It is such an act: the year is the window (issue 9).
describe('the year a project passed its closing check is a window (deadlines cohort project checked)', () => {
  it.each([
    // 江夏 (hubei-jiangxia-kejixiangmushouji2024.txt), as written and simplified
    ['企業獨立或牽頭承擔國家、省、市科技部門資助的,且2023年結題驗收通過,未獲得區級資助的科技項目。', [['2023年', '2023']]],
    ['企业独立或牵头承担国家、省、市科技部门资助的,且2023年结题验收通过,未获得区级资助的科技项目。', [['2023年', '2023']]],
    // (通过 before the check, as 通过认定 is)
    ['2022年通过验收的科技项目。', [['2022年', '2022']]],
  ])('%s', (text, want) => {
    expect(deadlinePairs(text, '2024-07-15')).toEqual(want);
  });
});
