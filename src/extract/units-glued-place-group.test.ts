import { describe, expect, it } from 'vitest';
import { findNotes, parseBodyList } from './units.js';

// Two unit cells of a flattened task table glued, the second a group of places' governments (第一责任单位 | 主要责任单位:
// 市发展改革委 | 各县(市、区)政府…, 嘉兴 十一五 分解), and a zone named by its kind closing the list (嘉兴港区): each is a body of its own.
// A group that is no place's (市委各部门) stays one name.
const names = (list: string) => parseBodyList(list, 0)?.map((u) => u.name);
const rowUnits = (row: string) => findNotes(row).flatMap((n) => n.units.map((u) => u.name));

describe('a group of places glued after a body, a zone by its kind (units)', () => {
  it.each([
    ['市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区', ['市发展改革委', '各县(市、区)政府', '嘉兴经济开发区', '嘉兴港区']],
    ['市财政局各县(市、区)政府、嘉兴经济开发区、嘉兴港区、市国税局', ['市财政局', '各县(市、区)政府', '嘉兴经济开发区', '嘉兴港区', '市国税局']],
    ['市委各部门', ['市委各部门']],
  ])('%s', (list, expected) => {
    expect(names(list)).toEqual(expected);
  });

  it('嘉兴: the row line a flattened table gives takes both columns', () => {
    expect(rowUnits('1地区生产总值年均增长12%左右,人均生产总值达到6万元左右。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区')).toEqual([
      '市发展改革委',
      '各县(市、区)政府',
      '嘉兴经济开发区',
      '嘉兴港区',
    ]);
  });
});
