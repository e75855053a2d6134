import { describe, expect, it } from 'vitest';
import { taskedCountiesCity } from './regions.js';

// A task table whose unit cells name county-level governments of one city (丹阳市政府 / 句容市政府 / 丹徒区政府 / 京口区政府), the city itself
// never written (round 238's jiangsu-zhenjiang-taihuzhili2008.txt, 镇江): that city's notice. Read only where nothing else names a place.
const city = (text: string) => taskedCountiesCity(text)?.name;

describe('a notice tasking the governments of two counties of one city or more is that city’s (tasked counties city)', () => {
  it.each([
    // 江苏 镇江 (jiangsu-zhenjiang-taihuzhili2008.txt, round 238)
    ['丹阳市石城污水处理厂除磷脱氮改造工程2008年6月底前开工建设。\n丹阳市政府\n句容市政府\n丹徒区政府\n市建设局\n京口工业园区要加快管网建设。\n京口区政府\n润州区政府\n', '镇江市'],
    // form: 苏州's counties, a note's list, 人民政府 written whole
    ['加快推进老旧小区改造。(责任单位:常熟市人民政府、张家港市人民政府、昆山市人民政府)\n', '苏州市'],
    // form: the city's own government beside its counties
    ['(牵头单位:洛阳市人民政府;责任单位:偃师区人民政府、孟津区人民政府)\n', '洛阳市'],
  ])('%s', (text, want) => expect(city(text)).toBe(want));
  it.each([
    // valid: one county only
    ['丹阳市政府负责组织实施。\n'],
    // valid: counties of two cities
    ['(责任单位:常熟市人民政府、江阴市人民政府)\n'],
    // valid: a group of levels, no county named
    ['(责任单位:各县(市、区)人民政府,各县市区政府)\n'],
  ])('%s: none', (text) => expect(city(text)).toBeUndefined());
});
