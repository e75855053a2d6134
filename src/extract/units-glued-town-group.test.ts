import { describe, expect, it } from 'vitest';
import { parseBodyList } from './units.js';

// A table's unit cell with a body and a group of towns a space apart, the space closed up by the cleaner: two units, the towns' group
// one of them (ANNOTATION round 261). A group that is no towns' (市委各部门) stays one name.
const names = (list: string) => parseBodyList(list, 0)?.map((u) => u.name);

describe('a group of towns glued after a body (units glued town group)', () => {
  it.each([
    // (宁海, 浙江: traditional, a 民生实事 table's 责任單位 cell)
    ['縣民政局各相關鄉鎮街道', ['縣民政局', '各相關鄉鎮街道']],
    // (the same cell in simplified characters; a group written 镇(街道))
    ['县民政局各相关乡镇街道', ['县民政局', '各相关乡镇街道']],
    ['区农业农村局各镇(街道)', ['区农业农村局', '各镇(街道)']],
    // (a group of places' governments, read before this class, kept)
    ['市发展改革委各县(市、区)政府', ['市发展改革委', '各县(市、区)政府']],
    ['市委各部门', ['市委各部门']],
  ])('%s', (list, expected) => expect(names(list)).toEqual(expected));
});
