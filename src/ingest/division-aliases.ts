import { createRequire } from 'node:module';

/**
 * Names a notice writes for a division the gazetteer holds under another name (dict/division-aliases.json): the body that governs it
 * under a name of its own (济源示范区 for 济源市, 419001), read as that division.
 */
export interface DivisionAlias {
  alias: string;
  name: string;
  code: string;
}

export const DIVISION_ALIASES: DivisionAlias[] = (createRequire(import.meta.url)('../../dict/division-aliases.json') as { aliases: DivisionAlias[] }).aliases;
