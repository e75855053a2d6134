import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Tests read real dev-half notices by file name; one loader instead of a copy in every test file.
const DEV = new URL('../eval/national/dev/', import.meta.url);

/** The path of a dev-half notice (eval/national/dev/<file>). */
export const devPath = (file: string): string => fileURLToPath(new URL(file, DEV));

/** The text of a dev-half notice, as saved. */
export const devText = (file: string): string => readFileSync(new URL(file, DEV), 'utf8');
