import { TOPICS } from '../extract/topics.js';

/** What an analyst's question asks for. */
export interface ParsedQuestion {
  text: string;
  regions: string[];
  topics: string[];
  /** Taxonomy words written in the question (智能工厂): a clause containing one ranks higher. */
  keywords: string[];
  wantsMoney: boolean;
  wantsCap: boolean;
  wantsRate: boolean;
  status?: 'draft' | 'final';
}

/** 渝北区 is also written 渝北; 重庆市 also 重庆. */
function shortName(region: string): string {
  return region.length > 2 ? region.replace(/(自治县|自治州|新区|区|县|市|旗|省)$/, '') : region;
}

export function parseQuestion(question: string, knownRegions: string[] = []): ParsedQuestion {
  const q = question.replace(/\s+/g, '');
  const regions = knownRegions.filter((r) => q.includes(r) || (shortName(r).length >= 2 && q.includes(shortName(r))));
  const keywords: string[] = [];
  const topics: string[] = [];
  for (const t of TOPICS) {
    const hit = t.words.filter((w) => q.includes(w));
    if (hit.length) {
      topics.push(t.tag);
      keywords.push(...hit);
    }
  }
  // The longest keywords first; drop ones inside another (智能 inside 智能工厂).
  const kw = [...new Set(keywords)].sort((a, b) => b.length - a.length).filter((w, i, all) => !all.slice(0, i).some((x) => x.includes(w)));
  return {
    text: question,
    regions,
    topics,
    keywords: kw,
    wantsMoney: /多少|金额|补贴|补助|奖励|资金|资助|万元|亿元|最高|上限|比例|%|给予|支持标准|奖补/.test(q),
    wantsCap: /最高|上限|最多|封顶/.test(q),
    wantsRate: /比例|%|百分之|按.*投资/.test(q),
    status: /征求意见稿|草案|意见稿/.test(q) ? 'draft' : /正式(文件|印发|出台)/.test(q) ? 'final' : undefined,
  };
}
