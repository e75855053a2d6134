import { createRequire } from 'node:module';

/**
 * County-level divisions renamed since 2009 (dict/renamed-divisions.json): a notice older than the change
 * writes the old name (盘县), which the gazetteer no longer holds; it is the same jurisdiction under its
 * current name and code (盘州市, 520281).
 */
export interface RenamedDivision {
  old: string;
  name: string;
  code: string;
  year: number;
}

export const RENAMED_DIVISIONS: RenamedDivision[] = (createRequire(import.meta.url)('../../dict/renamed-divisions.json') as { divisions: RenamedDivision[] }).divisions;
