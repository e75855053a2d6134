import { divisionByCode, MUNICIPALITIES, type RegionMatch } from './regions.js';

/**
 * A disclosure page's index number (索引号) often opens with its publisher's unified social credit code (统一社会信用代码,
 * GB 32100-2015: 11330206002954449B/2024-198521). Characters 3–8 of that code are the GB/T 2260 division the body is
 * registered in (330206 北仑区), so a page that never writes its place still says whose government published it. Only a
 * code whose check character holds and whose first character is 1 (registered by 机构编制: government organs and their
 * institutions) is read; an older nine-character organisation code (005452065/2013-00024) names no division.
 */
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Does `code` (18 characters) carry a valid GB 32100 check character? */
export function validCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARS.indexOf(code[i]);
    if (v < 0) return false;
    sum += v * WEIGHTS[i];
  }
  return CHARS[(31 - (sum % 31)) % 31] === code[17];
}

/** The division a government body's credit code is registered in (11330600002577014T → 绍兴市), or undefined. */
export function creditCodeDivision(code: string): RegionMatch | undefined {
  if (code[0] !== '1' || !validCreditCode(code)) return undefined;
  const six = code.slice(2, 8);
  if (!/^\d{6}$/.test(six)) return undefined;
  // (the gazetteer keys a province by two digits and a city by four: 330000 → 33, 330600 → 3306; a municipality's 110100 → 11)
  if (six.endsWith('0000')) return divisionByCode(six.slice(0, 2));
  if (six.endsWith('00')) {
    const city = divisionByCode(six.slice(0, 4));
    if (city) return city;
    const province = divisionByCode(six.slice(0, 2));
    return province && MUNICIPALITIES.has(province.name) ? province : undefined;
  }
  return divisionByCode(six);
}

// 索引号 then its value, maybe after a colon, a bar or spaces (索引号: | 113304240025561412/2022-69894); or a bullet holding
// only the index number (• 11330683002584812B/2024-102628).
const INDEX_FIELD = /索\s*引\s*号\s*[:：]?\s*[|｜]?\s*([0-9A-Z]{18})(?=[/／\-—_]|\s|$|[|｜])/;
const BARE_INDEX = /^[•●▪◆■·]?\s*([0-9A-Z]{18})[/／\-]\d{4}[-—]\d{3,8}\s*$/;

/** The division a page's index number names in its head lines, or undefined. */
export function indexNumberDivision(head: string[]): RegionMatch | undefined {
  for (const line of head) {
    const code = (INDEX_FIELD.exec(line) ?? BARE_INDEX.exec(line.trim()))?.[1];
    const division = code ? creditCodeDivision(code) : undefined;
    if (division) return division;
  }
  return undefined;
}
