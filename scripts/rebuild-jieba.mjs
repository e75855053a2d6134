// nodejieba's load() builds its dictionary trie twice: once for segmentation and again for a
// TextRank extractor that reads the same files. patches/nodejieba+*.patch makes the extractor share
// the first trie (half the load time of every cold `pclause query` and `pclause index`); npm built
// the addon before patch-package ran, so build it again when the binary is older than the source.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'node_modules', 'nodejieba');
const src = join(dir, 'lib', 'nodejieba.cpp');
const bin = join(dir, 'build', 'Release', 'nodejieba.node');
if (!existsSync(src)) process.exit(0); // not installed (e.g. --omit)
if (!readFileSync(src, 'utf8').includes('GetDictTrie()')) {
  console.error('rebuild-jieba: the nodejieba patch is not applied (see patches/)');
  process.exit(1);
}
if (existsSync(bin) && statSync(bin).mtimeMs > statSync(src).mtimeMs) process.exit(0);
console.error('rebuild-jieba: building nodejieba with the shared-dictionary patch');
execFileSync('npm', ['run', 'rebuild'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
