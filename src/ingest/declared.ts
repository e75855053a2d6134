import { regionByName } from './regions.js';
import { regionOfAddress } from './address-region.js';
import type { PolicyDocument } from '../types.js';

/**
 * Metadata the analyst states rather than the text: front matter at the head of a file, a row of a
 * sidecar manifest, or --region/--issuer/--date for a whole batch. It outranks what the text says.
 */
export interface DeclaredMeta {
  /** Where the text came from (a web address), kept as the documents' address, never their title. */
  address?: string;
  region?: string;
  issuer?: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string;
}

const KEYS: Record<string, keyof DeclaredMeta> = {
  source: 'address', url: 'address', address: 'address', link: 'address', 来源网址: 'address', 原文链接: 'address', 原文地址: 'address', 网址: 'address', 链接: 'address',
  region: 'region', 地区: 'region', 区域: 'region',
  issuer: 'issuer', 发文机关: 'issuer', 发布机构: 'issuer',
  date: 'date', 日期: 'date', 成文日期: 'date',
};
const LINE = /^[ \t]*(?:#|<!--|\/\/)?[ \t]*([A-Za-z\u4e00-\u9fff]+)[ \t]*[:：][ \t]*(.*?)[ \t]*(?:-->)?[ \t]*$/;
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Front matter: leading `key: value` lines (`# source: https://…`, or a block between `---` lines),
 * read before the text is cleaned. Returns the metadata and how many characters it spans, so the
 * caller blanks them and offsets into the file stay exact. A line is front matter only when its key
 * is known and, outside a --- block, an address key holds an address: a notice's own first line
 * (来源:盟商务口岸局…) is text.
 */
export function frontMatter(text: string): { meta: DeclaredMeta; end: number } {
  const meta: DeclaredMeta = {};
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineAt = (p: number) => {
    const e = text.indexOf('\n', p);
    return { line: text.slice(p, e < 0 ? text.length : e).replace(/\r$/, ''), next: e < 0 ? text.length : e + 1 };
  };
  let first = lineAt(pos);
  const fenced = first.line.trim() === '---';
  if (fenced) pos = first.next;
  let end = 0;
  while (pos < text.length) {
    const { line, next } = lineAt(pos);
    if (fenced && line.trim() === '---') return { meta, end: next };
    const m = LINE.exec(line);
    const key = m && KEYS[m[1].toLowerCase()];
    if (!m || !key || !m[2]) break;
    if (!fenced && !(key === 'address' ? ADDRESS.test(m[2]) : /^(?:#|<!--|\/\/)/.test(line.trim()))) break;
    meta[key] = m[2];
    pos = next;
    end = next;
    first = { line, next };
  }
  return fenced ? { meta: {}, end: 0 } : { meta, end };
}

/**
 * Put declared metadata on a file's documents. A region is resolved against the gazetteer (南京 →
 * 南京市 with its code); one that is no division is kept as written, with a warning.
 */
export function applyDeclared(docs: PolicyDocument[], meta: DeclaredMeta, file: string): string[] {
  const warnings: string[] = [];
  const region = meta.region ? regionByName(meta.region) : undefined;
  if (meta.region && !region) warnings.push(`${file}: region "${meta.region}" is not a division the gazetteer knows; kept as written`);
  // A government site's address names the division of a text that names none itself (www.panyu.gov.cn → 番禺区); the text's
  // own words, and a declared region, outrank it.
  const addressRegion = meta.address && !meta.region && docs.some((d) => !d.region) ? regionOfAddress(meta.address) : undefined;
  for (const d of docs) {
    if (meta.address) d.address = meta.address;
    if (addressRegion && !d.region) Object.assign(d, { region: addressRegion.name, regionCode: addressRegion.code });
    if (meta.issuer) d.issuer = meta.issuer;
    if (meta.date) d.date = meta.date;
    if (meta.region) {
      if (region && d.region && d.region !== region.name && d.index === 0) warnings.push(`${file}: the text reads region ${d.region}; using the declared ${region.name}`);
      d.region = region?.name ?? meta.region;
      d.regionCode = region?.code;
    }
  }
  return warnings;
}

/** --region/--issuer/--date for a batch: they fill what neither the text nor a manifest gave. */
export function applyDefaults(docs: PolicyDocument[], meta: DeclaredMeta, file: string): string[] {
  const warnings = new Set<string>();
  for (const d of docs) {
    const gaps: DeclaredMeta = {};
    for (const k of ['region', 'issuer', 'date', 'address'] as const) if (meta[k] && !d[k]) gaps[k] = meta[k];
    for (const w of applyDeclared([d], gaps, file)) warnings.add(w);
  }
  return [...warnings];
}
