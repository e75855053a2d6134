#!/usr/bin/env node
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { DEFAULT_LIMITS, processFiles, type FileResult, type Want } from './run/batch.js';
import { hasValues } from './run/encode.js';
import { expandInputs } from './run/files.js';
import { readManifest } from './run/manifest.js';
import { regionByName } from './ingest/regions.js';
import { AtomicWriter, writeAtomic } from './run/atomic.js';
import { clausesToCsv, formatClauses, type OutputFormat } from './run/output.js';
import { Progress } from './run/progress.js';
import { updateIndex, PolicyIndex, type EmbedderKind, type UpdateReport } from './index/policy-index.js';
import { checkIndex, repairIndex } from './index/check.js';
import { AsyncQueue } from './run/queue.js';
import { readClauses } from './run/jsonl.js';
import { answer } from './query/answer.js';
import { thesaurus } from './query/concepts/thesaurus.js';
import { mineCandidates } from './query/concepts/mine.js';
import { jiebaTag, words } from './index/tokenize.js';
import { compare } from './query/compare.js';
import { answerToCsv, comparisonToCsv, docsToCsv, renderAnswer, renderComparison, renderDocs } from './query/render.js';
import { listDocuments } from './query/docs.js';
import { evaluateSplits, renderIntervals, renderSplits, splitIntervals } from './eval/splits.js';
import { evaluateVariants, renderVariants } from './eval/variant-report.js';
import { VARIANTS, variantNamed } from './eval/variants.js';
import { evaluate } from './eval/run.js';
import { evaluateQuestions, readQuestions } from './eval/questions.js';
import { renderEval, checkFloors } from './eval/report.js';
import type { Clause, PolicyDocument } from './types.js';
import { TOPICS } from './extract/topics.js';
import { KIND_ZH } from './run/output.js';
import { checkDir, checkFile, date, day, checkInputs, checkOutDir, checkOutFile, listOf, oneFormat, oneOf, outputFormat, positiveInt, unitInterval, yuan, type FileFormat } from './options/validate.js';
import { resolveRegions } from './options/regions.js';
import { developmentNote, goldSet } from './eval/sets.js';

import { answerReport, compareReport } from './report/html.js';
import { answerRows, clauseReportRows, comparisonRows } from './report/rows.js';
import { reviewDocs, reviewPage } from './report/review.js';
import { workbook } from './report/xlsx.js';
import { reviewAgainstGold } from './eval/run.js';
import { answerInForce, comparisonInForce, validityJudge } from './report/validity.js';
import { readValidityGold, scoreValidity } from './eval/validity.js';

const TOPIC_TAGS = TOPICS.map((t) => t.tag);
const KINDS = Object.keys(KIND_ZH);
const KIND_ALIASES = Object.fromEntries(Object.entries(KIND_ZH).map(([k, zh]) => [zh, k]));

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8'));
const program = new Command();
program.name('pclause').description(pkg.description).version(pkg.version);

/** Errors the user can act on print as one line; anything else too, with the stack only under DEBUG. */
function fail(e: unknown): never {
  const msg = String((e as Error)?.message ?? e).split('\n')[0];
  process.stderr.write(`error: ${msg}\n`);
  if (process.env.DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
  process.exit(1);
}

function action<A extends unknown[]>(f: (...args: A) => Promise<void>) {
  return (...args: A) => f(...args).catch(fail);
}

/** Lay tables out to the terminal's width on a TTY; piped output and --wide get the full table. */
function layoutWidth(o: { wide?: boolean; width?: number }): number | undefined {
  if (o.width) return o.width;
  if (o.wide || !process.stdout.isTTY) return undefined;
  return process.stdout.columns || 80;
}

function list(v: string): string[] {
  return v
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

interface BatchFlags {
  workers?: number;
  timeout?: number;
  maxFileMb?: number;
  maxMemoryMb?: number;
  manifest?: string;
  region?: string;
  issuer?: string;
  date?: string;
}

/** The per-file limits every batch command takes. */
function withLimits(cmd: Command): Command {
  return cmd
    .option('--manifest <file>', 'CSV, TSV or JSON: file → region, issuer, date, address (outranks what the text says)')
    .option('--region <name>', 'region of documents whose text and manifest name none (e.g. 南京市)')
    .option('--issuer <name>', 'issuer of documents whose text and manifest name none')
    .option('--date <date>', 'date (YYYY-MM-DD) of documents whose text and manifest give none', date)
    .option('--timeout <s>', `seconds one file may take (default ${DEFAULT_LIMITS.timeoutSec})`, parseFloat)
    .option('--max-file-mb <n>', `largest input file, MB (default ${DEFAULT_LIMITS.maxFileMb})`, parseFloat)
    .option('--max-memory-mb <n>', `heap of the worker reading one file, MB (default ${DEFAULT_LIMITS.maxMemoryMb})`, parseFloat);
}

/**
 * Ingest and extract inputs with a progress bar, streaming each file's result to `onResult` in input
 * order; failures and skipped paths are listed, never fatal to the batch.
 */
async function runBatch(
  inputs: string[],
  opts: BatchFlags & { quiet?: boolean; want?: Want; keep?: boolean; onResult?: (r: FileResult) => void },
): Promise<{ results: FileResult[]; failures: string[]; warnings: string[]; files: number }> {
  const { files, missing, skipped } = expandInputs(inputs);
  const failures = [...missing.map((m) => `${m}: no such file or folder`), ...skipped.map((s) => `${s.path}: ${s.reason}`)];
  const warnings: string[] = [];
  if (!files.length && !failures.length) failures.push(`${inputs.join(' ')}: no supported files (.txt .pdf .docx .html)`);
  const manifest = opts.manifest ? readManifest(opts.manifest) : undefined;
  if (opts.region && !regionByName(opts.region)) throw new Error(`--region ${opts.region}: not a division the gazetteer knows; give its full name (e.g. 南京市, 渝北区, 扬州经济技术开发区)`);
  const defaults = opts.region || opts.issuer || opts.date ? { region: opts.region, issuer: opts.issuer, date: opts.date } : undefined;
  const bar = new Progress(files.length, 'extract', { quiet: opts.quiet });
  const results = await processFiles(files, {
    declared: manifest ? (f) => manifest.lookup(f) : undefined,
    defaults,
    workers: opts.workers,
    timeoutSec: opts.timeout,
    maxFileMb: opts.maxFileMb,
    maxMemoryMb: opts.maxMemoryMb,
    want: opts.want,
    keep: opts.keep,
    onResult: (r, done) => {
      bar.tick(done, basename(r.file));
      if (r.error) failures.push(r.error);
      for (const w of r.warnings ?? []) warnings.push(w);
      opts.onResult?.(r);
    },
  });
  bar.done();
  return { results, failures, warnings, files: files.length };
}

/** Doubtful results are listed at the end; with --strict they fail the run like a bad file. */
function reportWarnings(warnings: string[], o: { json?: boolean; strict?: boolean }): void {
  if (warnings.length && !o.json) process.stderr.write(`\n${warnings.length} warning(s):\n${warnings.map((w) => `  ! ${w}`).join('\n')}\n`);
  if (warnings.length && o.strict) process.exitCode = 1;
}

function reportFailures(failures: string[], quiet: boolean): void {
  if (!failures.length || quiet) return;
  process.stderr.write(`\n${failures.length} file(s) not processed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}\n`);
}

program
  .command('ingest')
  .description('read PDF/DOCX/HTML/TXT files or folders into clean structured documents (one JSON per document)')
  .argument('<paths...>', 'files or folders')
  .option('--out <dir>', 'where to write the document JSON files', 'out/docs')
  .option('--json', 'print the summary as JSON')
  .option('--workers <n>', 'worker threads', positiveInt)
  .option('--strict', 'exit code 1 when a result is doubtful (a document without clauses, a region not read…)');
withLimits(program.commands[program.commands.length - 1])
  .action(
    action(async (paths: string[], o: BatchFlags & { out: string; json?: boolean; strict?: boolean }) => {
      checkInputs(paths);
      checkOutDir(o.out, '--out');
      const { results, failures, warnings } = await runBatch(paths, { ...o, quiet: o.json, want: 'docs' });
      const docs = results.flatMap((r) => r.docs);
      // One output per document: the same name from two folders gets a suffix, never overwrites.
      const written = new Map<string, string>();
      for (const d of docs) {
        const stem = d.id.replace(/[#/\\:]/g, '_');
        let name = `${stem}.json`;
        for (let k = 2; written.has(name) && written.get(name) !== d.sourcePath; k++) name = `${stem}-${k}.json`;
        if (written.get(name) === d.sourcePath && written.has(name)) continue;
        written.set(name, d.sourcePath ?? d.source);
        writeAtomic(join(o.out, name), JSON.stringify(d, null, 1) + '\n');
      }
      const regions = [...new Set(docs.map((d) => d.region).filter(Boolean))];
      const summary = {
        files: results.length,
        documents: docs.length,
        regions,
        out: o.out,
        documentsByFile: results.filter((r) => !r.error).map((r) => ({ file: basename(r.file), documents: r.docs.map((d) => ({ title: d.title, kind: d.kind, region: d.region, date: d.date, docNumber: d.docNumber, status: d.status })) })),
        failures,
        warnings,
      };
      if (o.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      else {
        for (const f of summary.documentsByFile) {
          process.stdout.write(`${f.file}\n`);
          for (const d of f.documents) process.stdout.write(`  · [${d.kind}] ${d.title}  ${d.region ?? '—'}  ${d.date ?? ''} ${d.docNumber ?? ''}${d.status === 'draft' ? ' 征求意见稿' : ''}\n`);
        }
        process.stdout.write(`${docs.length} documents from ${results.length - failures.length} file(s); regions: ${regions.join('、') || '—'}; ${warnings.length} warning(s); written to ${o.out}/\n`);
        reportFailures(failures, false);
      }
      reportWarnings(warnings, o);
      if (failures.length) process.exitCode = 1;
    }),
  );

program
  .command('extract')
  .description('extract clauses (amounts, rates, thresholds, units, deadlines) from files or folders')
  .argument('<paths...>', 'files or folders')
  .option('--out <file>', 'output file (default: standard output)')
  .addOption(new Option('--format <format>', 'output format (default: from the --out extension, else jsonl)').choices(['jsonl', 'json', 'csv']))
  .option('--zh', 'Chinese column headers in CSV')
  .option('--workers <n>', 'worker threads (default: one per core)', positiveInt)
  .option('--json', 'no progress bar; summary as JSON on stderr')
  .option('--offsets', 'CSV: add the start/end offset columns')
  .option('--review <file>', 'also write an HTML review page: each document with its values highlighted by type')
  .option('--gold <dir>', 'with --review: mark false positives and misses against these labels (eval/gold format)')
  .option('--xlsx <file>', 'also write an Excel workbook (one row per measure)')
  .option('--flat', 'with --xlsx: one sheet instead of one per region')
  .option('--strict', 'exit code 1 when a result is doubtful (a document without clauses, a region not read…)');
withLimits(program.commands[program.commands.length - 1])
  .action(
    action(async (paths: string[], o: BatchFlags & { out?: string; format?: FileFormat; zh?: boolean; json?: boolean; offsets?: boolean; strict?: boolean; review?: string; gold?: string; xlsx?: string; flat?: boolean }) => {
      checkInputs(paths);
      checkOutFile(o.out);
      checkOutFile(o.review, '--review');
      checkOutFile(o.xlsx, '--xlsx');
      if (o.gold && !o.review) throw new Error('--gold goes with --review <file>');
      checkDir(o.gold, '--gold');
      // The review page and the workbook need every document and clause at the end; plain output streams.
      const held = o.review || o.xlsx ? { docs: [] as PolicyDocument[], clauses: [] as Clause[] } : undefined;
      const format: OutputFormat = outputFormat(o.out, o.format);
      // Clauses are written as each file finishes (in input order), never held all at once.
      const out = o.out ? new AtomicWriter(o.out) : undefined;
      const write = (t: string | Uint8Array) => (out ? out.write(t) : process.stdout.write(t));
      const csvHead = clausesToCsv([], o.zh, { offsets: o.offsets });
      let count = 0;
      let withValues = 0;
      let ok = 0;
      if (format === 'csv') write(csvHead);
      else if (format === 'json') write('[');
      let r: Awaited<ReturnType<typeof runBatch>>;
      try {
        // Plain JSON lines are encoded in the workers: bytes come back, not clause objects.
        const want: Want = o.review ? 'both' : held || format !== 'jsonl' ? 'clauses' : 'jsonl';
        r = await runBatch(paths, { ...o, quiet: o.json || !o.out, want, keep: false, onResult: (x) => {
          if (!x.error) ok++;
          if (x.encoded) {
            if (x.encoded.clauses) write(x.encoded.jsonl);
            count += x.encoded.clauses;
            withValues += x.encoded.withValues;
            return;
          }
          if (held) {
            for (const d of x.docs) held.docs.push(d);
            for (const c of x.clauses) held.clauses.push(c);
          }
          if (!x.clauses.length) return;
          if (format === 'csv') write(clausesToCsv(x.clauses, o.zh, { offsets: o.offsets }).slice(csvHead.length));
          else if (format === 'json') write(x.clauses.map((c) => `${count++ ? ',' : ''}\n  ${JSON.stringify(c, null, 2).replace(/\n/g, '\n  ')}`).join(''));
          else write(x.clauses.map((c) => JSON.stringify(c)).join('\n') + '\n');
          if (format !== 'json') count += x.clauses.length;
          for (const c of x.clauses) if (hasValues(c)) withValues++;
        } });
        if (format === 'json') write(count ? '\n]\n' : ']\n');
        out?.commit();
      } catch (e) {
        out?.abort();
        throw e;
      }
      const { failures, warnings, files } = r;
      if (held && o.review) {
        const gold = o.gold ? await reviewAgainstGold(o.gold, held.clauses) : undefined;
        writeAtomic(o.review, reviewPage(reviewDocs(held.docs, held.clauses, gold)));
        if (!o.json) process.stderr.write(`review page → ${o.review}${gold ? ` (marked against ${gold.size} labelled document(s) in ${o.gold})` : ''}\n`);
      }
      if (held && o.xlsx) {
        writeAtomic(o.xlsx, await workbook(clauseReportRows(held.clauses), { flat: o.flat, title: `抽取结果：${paths.join(' ')}` }));
        if (!o.json) process.stderr.write(`workbook → ${o.xlsx}\n`);
      }
      if (o.out) {
        const summary = { files, clauses: count, withValues, out: o.out, failures, warnings };
        if (o.json) process.stderr.write(JSON.stringify(summary) + '\n');
        else process.stderr.write(`${count} clauses (${withValues} with values) from ${ok} of ${files} file(s), ${warnings.length} warning(s) → ${o.out}\n`);
      }
      reportFailures(failures, false);
      reportWarnings(warnings, { json: o.json, strict: o.strict });
      if (failures.length) process.exitCode = 1;
    }),
  );

async function loadClauses(inputs: string[]): Promise<Clause[]> {
  const out: Clause[] = [];
  for (const f of inputs) for await (const c of readClauses(f)) out.push(c);
  return out;
}

/**
 * The clauses to index as one stream: the .jsonl files line by line, then the documents as each is
 * extracted (workers go on while the index writer stages what came), so memory does not grow with the corpus.
 */
async function* indexInputs(jsonl: string[], docs: string[], o: BatchFlags & { json?: boolean }, out: { failures: string[]; warnings: string[] }): AsyncGenerator<Clause> {
  for (const f of jsonl) yield* readClauses(f);
  if (!docs.length) return;
  const queue = new AsyncQueue<Clause[]>();
  const batch = runBatch(docs, { ...o, quiet: o.json, want: 'clauses', keep: false, onResult: (x) => queue.push(x.clauses) }).then(
    (r) => {
      out.failures = r.failures;
      out.warnings = r.warnings;
      queue.end();
    },
    (e) => queue.fail(e),
  );
  for await (const list of queue) yield* list;
  await batch;
}

program
  .command('index')
  .description('build or update the search index from clauses.jsonl files or from documents; --check verifies it, --repair rebuilds its vectors')
  .argument('[inputs...]', 'clauses .jsonl files, or documents/folders to extract first')
  .option('--index <dir>', 'index folder', 'out/index')
  .addOption(new Option('--embedder <kind>', 'vector embedder').choices(['tfidf', 'transformers']))
  .option('--model <id>', 'transformers model: hub id (e.g. Xenova/bge-small-zh-v1.5) or local model folder')
  .option('--offline', 'never download a model')
  .option('--rebuild', 'build a new generation beside the live one and switch to it')
  .option('--check', 'verify rows, vectors and checksums of the index; exit 1 with a repair command if anything is wrong')
  .option('--repair', 'rebuild the vectors and BM25 from the clause rows the index holds')
  .option('--workers <n>', 'worker threads for extraction', positiveInt)
  .option('--json', 'print the report as JSON')
  .option('--strict', 'exit code 1 when a result is doubtful (a document without clauses, a region not read…)');
withLimits(program.commands[program.commands.length - 1])
  .action(
    action(async (inputs: string[], o: BatchFlags & { index: string; embedder?: EmbedderKind; model?: string; offline?: boolean; rebuild?: boolean; check?: boolean; repair?: boolean; workers?: number; json?: boolean; strict?: boolean }) => {
      checkInputs(inputs);
      let warnings: string[] = [];
      if (o.check) {
        const r = checkIndex(o.index);
        if (o.json) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        else {
          process.stdout.write(`index ${o.index}${r.generation ? ` (${r.generation})` : ''}: ${r.clauses} clauses, ${r.vectors} vectors in ${r.segments} segment(s) — ${r.ok ? 'ok' : 'DAMAGED'}\n`);
          for (const p of r.problems) process.stdout.write(`  ✗ ${p}\n`);
          if (r.repair) process.stdout.write(`repair: ${r.repair}\n`);
        }
        if (!r.ok) process.exitCode = 1;
        return;
      }
      let report: UpdateReport;
      let failures: string[] = [];
      if (o.repair) report = await repairIndex(o.index, { model: o.model, offline: o.offline });
      else {
        if (!inputs.length) throw new Error('index: give clauses .jsonl files or documents/folders (or --check / --repair)');
        checkOutDir(o.index, '--index');
        const jsonl = inputs.filter((i) => i.endsWith('.jsonl'));
        const docs = inputs.filter((i) => !i.endsWith('.jsonl'));
        const batch = { failures: [] as string[], warnings: [] as string[] };
        const bar = new Progress(1, 'index', { quiet: o.json });
        report = await updateIndex(o.index, indexInputs(jsonl, docs, o, batch), {
          embedder: o.embedder ?? (o.model ? 'transformers' : undefined),
          model: o.model,
          offline: o.offline,
          rebuild: o.rebuild,
          lexicon: thesaurus().lexicon(),
          // While the inputs are read the extraction's own bar shows.
          onProgress: (stage, done, total) => stage !== 'read' && bar.tick(total ? done / total : 1, stage),
        });
        bar.done();
        failures = batch.failures;
        warnings = batch.warnings;
      }
      if (o.json) process.stdout.write(JSON.stringify({ ...report, index: o.index, failures, warnings }, null, 2) + '\n');
      else {
        if (report.tookOverLock) process.stderr.write(`note: took over the lock of pid ${report.tookOverLock.pid} on ${report.tookOverLock.host} (started ${report.tookOverLock.started}), which died while writing\n`);
        process.stdout.write(`index ${o.index}: ${report.total} clauses (${report.embedder}); sources: ${report.added} new, ${report.replaced} replaced, ${report.unchanged} unchanged${report.duplicates.length ? `, ${report.duplicates.length} duplicate` : ''}; clauses +${report.clausesAdded} −${report.clausesRemoved}; ${warnings.length} warning(s)\n`);
        for (const d of report.duplicates) process.stdout.write(`  = ${d.source}: same text as ${d.sameAs}, stored once\n`);
        reportFailures(failures, false);
      }
      reportWarnings(warnings, o);
      if (failures.length) process.exitCode = 1;
    }),
  );

program
  .command('query')
  .description('answer an analyst question with a table by region, e.g. "哪些区县补贴智能工厂，补贴多少？"')
  .argument('<question>', 'the question, in Chinese')
  .option('--index <dir>', 'index folder', 'out/index')
  .option('--region <names>', 'only these regions (comma-separated; 渝北 finds 渝北区)', list)
  .option('--topic <tags>', `only these topics (comma-separated): ${TOPIC_TAGS.join(', ')}`, listOf(TOPIC_TAGS, 'topic'))
  .option('--top <k>', 'clauses to show', positiveInt, 10)
  .addOption(new Option('--status <status>', 'only drafts (征求意见稿) or only final documents').choices(['draft', 'final']))
  .option('--kind <kinds>', 'only these clause kinds: subsidy, target, task, requirement, other', listOf(KINDS, 'kind', KIND_ALIASES))
  .option('--issuer <text>', 'only documents whose issuer contains this')
  .option('--min-yuan <n>', 'only clauses with an amount of at least this many yuan (100万 and 1亿 work too)', yuan)
  .option('--max-yuan <n>', 'only clauses with an amount of at most this many yuan', yuan)
  .addOption(new Option('--role <role>', 'with --min-yuan/--max-yuan: amount role').choices(['cap', 'fixed', 'total', 'target']))
  .addOption(new Option('--mode <mode>', 'retrieval').choices(['hybrid', 'vector', 'bm25']).default('hybrid'))
  .option('--model <dir>', 'transformers model folder, if the index was built with one')
  .option('--json', 'JSON output')
  .option('--csv', 'CSV output (UTF-8 with BOM, opens in Excel)')
  .option('--wide', 'the full table, however wide (default on a terminal: fit its width)')
  .option('--width <n>', 'lay the table out to this many columns', positiveInt)
  .option('--html <file>', 'also write a self-contained HTML report (table, chart, sources)')
  .option('--xlsx <file>', 'also write an Excel workbook')
  .option('--flat', 'with --xlsx: one sheet instead of one per region')
  .option('--in-force', 'only measures of documents in force (not drafts, expired or repealed) as of --as-of')
  .option('--as-of <date>', 'the day validity is judged on (YYYY-MM-DD; default today)', day)
  .action(
    action(async (question: string, o: { index: string; region?: string[]; topic?: string[]; top: number; status?: 'draft' | 'final'; kind?: string[]; issuer?: string; minYuan?: number; maxYuan?: number; role?: string; mode: 'hybrid' | 'vector' | 'bm25'; model?: string; json?: boolean; csv?: boolean; wide?: boolean; width?: number; html?: string; xlsx?: string; flat?: boolean; inForce?: boolean; asOf?: string }) => {
      oneFormat({ json: o.json, csv: o.csv });
      checkOutFile(o.html, '--html');
      checkOutFile(o.xlsx, '--xlsx');
      const index = await PolicyIndex.open(o.index, { model: o.model });
      try {
        if (o.region) o.region = resolveRegions(o.region, index.store.regions().map((r) => r.region));
        const filter = { status: o.status, kinds: o.kind, issuer: o.issuer, minYuan: o.minYuan, maxYuan: o.maxYuan, amountRole: o.role };
        const judge = validityJudge(index.store, o.asOf);
        // With --in-force, ask for more clauses and keep the first `top` in force.
        const asked = await answer(index, question, { regions: o.region, topics: o.topic, top: o.inForce ? o.top * 4 : o.top, mode: o.mode, filter });
        const a = o.inForce ? answerInForce(asked, judge, o.top) : asked;
        if (o.inForce && !o.json) process.stderr.write(`--in-force: only measures of documents in force on ${judge.asOf}\n`);
        if (o.json) process.stdout.write(JSON.stringify({ question: a.question, regions: a.regions }, null, 2) + '\n');
        else if (o.csv) process.stdout.write(answerToCsv(a));
        else process.stdout.write(renderAnswer(a, { width: layoutWidth(o) }) + '\n');
        if (o.html || o.xlsx) {
          const rows = answerRows(a, index.store, judge.label);
          if (o.html) writeAtomic(o.html, answerReport(a, rows, { asOf: judge.asOf, inForce: o.inForce }));
          if (o.xlsx) writeAtomic(o.xlsx, await workbook(rows, { flat: o.flat, title: `问题：${question}` }));
        }
      } finally {
        index.close();
      }
    }),
  );

program
  .command('docs')
  .description('list every indexed document: region, date, number, status, clause count, source')
  .option('--index <dir>', 'index folder', 'out/index')
  .option('--region <names>', 'only these regions (comma-separated; 渝北 finds 渝北区)', list)
  .option('--topic <tags>', `only documents with clauses on these topics: ${TOPIC_TAGS.join(', ')}`, listOf(TOPIC_TAGS, 'topic'))
  .addOption(new Option('--status <status>', 'only drafts (征求意见稿) or only final documents').choices(['draft', 'final']))
  .option('--issuer <text>', 'only documents whose issuer contains this')
  .option('--from <date>', 'only documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)', date)
  .option('--to <date>', 'only documents dated on or before', date)
  .option('--json', 'JSON output')
  .option('--csv', 'CSV output (UTF-8 with BOM, opens in Excel)')
  .option('--wide', 'the full table, however wide')
  .option('--width <n>', 'lay the table out to this many columns', positiveInt)
  .action(
    action(async (o: { index: string; region?: string[]; topic?: string[]; status?: 'draft' | 'final'; issuer?: string; from?: string; to?: string; json?: boolean; csv?: boolean; wide?: boolean; width?: number }) => {
      oneFormat({ json: o.json, csv: o.csv });
      const index = await PolicyIndex.open(o.index);
      try {
        const regions = o.region ? resolveRegions(o.region, index.store.regions().map((r) => r.region)) : undefined;
        // --to 2021 means through the end of 2021.
        const docs = listDocuments(index, { regions, topics: o.topic, status: o.status, issuer: o.issuer, dateFrom: o.from, dateTo: o.to ? `${o.to}\uffff` : undefined });
        if (o.json) process.stdout.write(JSON.stringify(docs, null, 2) + '\n');
        else if (o.csv) process.stdout.write(docsToCsv(docs));
        else process.stdout.write(renderDocs(docs, { width: layoutWidth(o) }) + '\n');
      } finally {
        index.close();
      }
    }),
  );

program
  .command('concepts')
  .description('list the concept thesaurus (dict/concepts.json), or --mine candidates for it from a corpus')
  .argument('[inputs...]', 'with --mine: clauses (.jsonl) or documents to mine')
  .option('--mine', 'propose words for each concept (shared characters, co-occurrence, jieba abbreviations) for review')
  .option('--per-concept <n>', 'with --mine: candidates per concept', (v) => parseInt(v, 10), 8)
  .option('--json', 'JSON output')
  .action(
    action(async (inputs: string[], o: { mine?: boolean; perConcept: number; json?: boolean }) => {
      const th = thesaurus();
      if (!o.mine) {
        if (o.json) process.stdout.write(JSON.stringify(th.concepts, null, 2) + '\n');
        else process.stdout.write(th.concepts.map((c) => `${c.name}${c.aliases.filter((a) => a !== c.name).length ? ` ≡ ${c.aliases.filter((a) => a !== c.name).join('、')}` : ''}${c.narrower.length ? ` ⊃ ${c.narrower.join('、')}` : ''}\n`).join(''));
        return;
      }
      if (!inputs.length) throw new Error('--mine needs clauses (.jsonl) or documents to mine, e.g. pclause concepts --mine out/clauses.jsonl');
      const clauses = await loadClauses(inputs.filter((i) => i.endsWith('.jsonl')));
      const docs = inputs.filter((i) => !i.endsWith('.jsonl'));
      if (docs.length) await runBatch(docs, { quiet: true, want: 'clauses', keep: false, onResult: (x) => {
        for (const c of x.clauses) clauses.push(c);
      } });
      const cands = mineCandidates(th, clauses.map((c) => words(c.text)), { perConcept: o.perConcept, tag: jiebaTag });
      if (o.json) process.stdout.write(JSON.stringify(cands, null, 2) + '\n');
      else {
        process.stdout.write(['concept\tcandidate\tclauses\tevidence', ...cands.map((c) => `${c.concept}\t${c.word}\t${c.count}\t${c.evidence.join(' ')}`)].join('\n') + '\n');
        process.stderr.write(`${cands.length} candidates from ${clauses.length} clauses; add the ones you accept to dict/concepts.json (see README, "Concepts")\n`);
      }
    }),
  );

program
  .command('compare')
  .description('align similar measures of two regions and show their money side by side')
  .requiredOption('--regions <a,b>', 'two regions, e.g. 渝北区,綦江区', list)
  .option('--index <dir>', 'index folder', 'out/index')
  .option('--topic <tag>', `only this topic: ${TOPIC_TAGS.join(', ')}`, oneOf(TOPIC_TAGS, 'topic'))
  .option('--floor <s>', 'similarity floor (0..1) for measures that name no known concept', unitInterval)
  .addOption(new Option('--status <status>', 'only drafts (征求意见稿) or only final documents').choices(['draft', 'final']))
  .option('--in-force', 'only measures of documents in force (not drafts, expired or repealed) as of --as-of')
  .option('--csv', 'CSV output (UTF-8 with BOM, opens in Excel)')
  .option('--all', 'include measures without money')
  .option('--model <dir>', 'transformers model folder, if the index was built with one')
  .option('--json', 'JSON output')
  .option('--wide', 'the full table, however wide')
  .option('--width <n>', 'lay the table out to this many columns', positiveInt)
  .option('--html <file>', 'also write a self-contained HTML report (table, chart, sources)')
  .option('--xlsx <file>', 'also write an Excel workbook')
  .option('--flat', 'with --xlsx: one sheet instead of one per region')
  .option('--as-of <date>', 'the day validity is judged on (YYYY-MM-DD; default today)', day)
  .action(
    action(async (o: { regions: string[]; index: string; topic?: string; floor?: number; status?: 'draft' | 'final'; inForce?: boolean; asOf?: string; all?: boolean; model?: string; json?: boolean; csv?: boolean; wide?: boolean; width?: number; html?: string; xlsx?: string; flat?: boolean }) => {
      if (o.regions.length !== 2) throw new Error('--regions takes exactly two regions, e.g. 渝北区,綦江区');
      oneFormat({ json: o.json, csv: o.csv });
      checkOutFile(o.html, '--html');
      checkOutFile(o.xlsx, '--xlsx');
      const index = await PolicyIndex.open(o.index, { model: o.model });
      try {
        o.regions = resolveRegions(o.regions, index.store.regions().map((r) => r.region));
        const judge = validityJudge(index.store, o.asOf);
        const compared = await compare(index, o.regions[0], o.regions[1], { topic: o.topic, floor: o.floor, all: o.all, status: o.status });
        const c = o.inForce ? comparisonInForce(compared, judge, index.store) : compared;
        if (o.inForce && !o.json) process.stderr.write(`--in-force: only measures of documents in force on ${judge.asOf}\n`);
        if (o.json) process.stdout.write(JSON.stringify(c, null, 2) + '\n');
        else if (o.csv) process.stdout.write(comparisonToCsv(c));
        else process.stdout.write(renderComparison(c, { width: layoutWidth(o) }) + '\n');
        if (o.html || o.xlsx) {
          const rows = comparisonRows(c, index.store, judge.label);
          if (o.html) writeAtomic(o.html, compareReport(c, rows, { asOf: judge.asOf }));
          if (o.xlsx) writeAtomic(o.xlsx, await workbook(rows, { flat: o.flat, pair: true, title: `对比：${o.regions.join(' ↔ ')}` }));
        }
      } finally {
        index.close();
      }
    }),
  );

const here = fileURLToPath(new URL('..', import.meta.url));

program
  .command('eval')
  .description('precision/recall/F1 of extraction against labelled clauses (see eval/gold/ANNOTATION.md), or retrieval on questions')
  .option('--gold <dir>', 'folder of labelled .jsonl files', join(here, 'eval', 'gold'))
  .option('--pred <file>', 'predicted clauses (.jsonl); default: run the extractor on the labelled documents')
  .option('--docs <dir>', 'where the labelled documents are (default: beside the gold, or corpus/)')
  .option('--errors', 'list every false positive and false negative')
  .option('--check <floors.json>', 'exit 1 if any field F1 is below its floor')
  .option('--questions [file]', 'evaluate answers to analyst questions instead (default eval/questions.jsonl; eval/questions-paraphrase.jsonl holds the paraphrase set)')
  .addOption(new Option('--split <half>', 'with --questions: only the dev or test half').choices(['dev', 'test']))
  .option('--index <dir>', 'with --questions: the index to ask (default: build one from corpus/)')
  .option('--model <dir>', 'with --questions: also evaluate a transformers index built with this model')
  .option('--splits', 'score the seeds, the national dev half and the national test half, per split and per province')
  .option('--ci', 'with --splits: 95% intervals of each figure, the documents resampled with replacement (2000 rounds, seed 1)')
  .option('--addresses', 'with --splits: state each national text\'s page address from eval/national/sources.tsv, as a manifest would (the address only, never the region, issuer or date columns): a government site names the region of a text that names none')
  .addOption(new Option('--variant <name>', 'score the documents rewritten in another house style, labels alike (see --variants)').choices(VARIANTS.map((v) => v.name)))
  .option('--variants', 'score --gold as written and in every house-style variant (punctuation widths, traditional, hard-wrapped)')
  .option('--validity [file]', 'score effective dates and status of documents instead (default eval/validity.jsonl; documents from --docs or corpus/)')
  .option('--json', 'JSON output')
  .action(
    action(async (o: { gold: string; pred?: string; docs?: string; errors?: boolean; check?: string; questions?: string | boolean; split?: 'dev' | 'test'; index?: string; model?: string; json?: boolean; splits?: boolean; ci?: boolean; addresses?: boolean; validity?: string | boolean; variant?: string; variants?: boolean }) => {
      checkFile(o.pred, '--pred');
      checkFile(o.check, '--check');
      checkDir(o.gold, '--gold');
      checkDir(o.docs, '--docs');
      checkDir(o.index, '--index');
      if (typeof o.questions === 'string') checkFile(o.questions, '--questions');
      if (typeof o.validity === 'string') checkFile(o.validity, '--validity');
      if (o.validity) {
        const file = typeof o.validity === 'string' ? o.validity : join(here, 'eval', 'validity.jsonl');
        const labels = readValidityGold(file);
        const { results, failures } = await runBatch([o.docs ?? join(here, 'corpus')], { quiet: true, want: 'docs' });
        reportFailures(failures, !!o.json);
        const r = scoreValidity(labels, results.flatMap((x) => x.docs));
        if (o.json) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        else {
          process.stdout.write(`validity of ${r.documents} labelled documents: all right ${r.right} (${(r.accuracy * 100).toFixed(1)}%); from ${r.from}, until ${r.until}, status ${r.status}\n`);
          // Misses only with --errors: a held-out set is scored, not read.
          if (o.errors) for (const w of r.wrong) process.stdout.write(`  ✗ ${w.source} 《${w.title}》 ${w.field}: want ${w.want ?? '—'}, got ${w.got ?? '—'}\n`);
          else if (r.wrong.length) process.stdout.write(`  (${r.wrong.length} miss(es): --errors lists them)\n`);
        }
        if (r.accuracy < 0.95) process.exitCode = 1;
        return;
      }
      if (o.splits) {
        const splits = await evaluateSplits(here, { addresses: !!o.addresses });
        // (resampled once, for either output)
        const computed = o.ci ? splitIntervals(splits) : undefined;
        const intervals = computed ? new Map(computed.map((x) => [x.split, x.intervals])) : undefined;
        if (o.json) process.stdout.write(JSON.stringify(splits.map((s) => ({ ...s, report: { ...s.report, errors: undefined }, ...(intervals ? { intervals: intervals.get(s.split) } : {}) })), null, 2) + '\n');
        else process.stdout.write(renderSplits(splits) + '\n' + (computed ? '\n' + renderIntervals(splits, computed) + '\n' : ''));
        return;
      }
      if (o.questions) {
        const file = typeof o.questions === 'string' ? o.questions : join(here, 'eval', 'questions.jsonl');
        const questions = readQuestions(file).filter((q) => !o.split || q.split === o.split);
        if (!questions.length) throw new Error(`${file}: no questions${o.split ? ` in the ${o.split} split` : ''}`);
        const reports = await questionEval(questions, o.index, o.model);
        if (o.json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
        else process.stdout.write(renderQuestionReports(reports) + '\n');
        return;
      }
      if (o.variants) {
        const rows = await evaluateVariants(o.gold, o.docs);
        if (o.json) process.stdout.write(JSON.stringify(rows.map((r) => ({ ...r, report: { ...r.report, errors: undefined } })), null, 2) + '\n');
        else process.stdout.write(`scored: ${goldSet(o.gold).name}\n${renderVariants(rows)}\n`);
        return;
      }
      if (o.variant && o.pred) throw new Error('--variant rewrites the documents before extraction; it cannot score --pred');
      const report = await evaluate({ gold: o.gold, pred: o.pred, docs: o.docs, variant: o.variant ? variantNamed(o.variant) : undefined });
      const set = goldSet(o.gold);
      if (o.json) process.stdout.write(JSON.stringify({ set, ...(o.errors ? report : { ...report, errors: undefined }) }, null, 2) + '\n');
      else process.stdout.write(`scored: ${set.name}, ${report.docs.length} labelled document(s)\n${renderEval(report, !!o.errors)}\n`);
      const note = developmentNote(set);
      if (note && !o.json) process.stderr.write(`${note}\n`);
      if (o.check) {
        const below = checkFloors(report, JSON.parse(readFileSync(o.check, 'utf8')));
        if (below.length) {
          process.stderr.write(`F1 below the floor in ${o.check}: ${below.join('; ')}\n`);
          process.exitCode = 1;
        }
      }
    }),
  );

/** The clauses of the seeds, and of the national development texts when they are there (the paraphrase set asks about both). */
async function corpusClauses() {
  const national = join(here, 'eval', 'national', 'dev');
  const { results } = await runBatch([join(here, 'corpus'), ...(existsSync(national) ? [national] : [])], { quiet: true });
  return results.flatMap((r) => r.clauses);
}

/** plain: the TF-IDF vectors without the semantic layer (concept features, PPMI word vectors), for comparison. */
async function corpusIndex(dir: string, clauses: Awaited<ReturnType<typeof corpusClauses>>, embedder: EmbedderKind, model?: string, plain = false): Promise<string> {
  const semantic = plain ? { wordVectors: false } : { lexicon: thesaurus().lexicon() };
  await updateIndex(dir, clauses, { embedder, model, rebuild: true, offline: true, ...semantic });
  return dir;
}

/** A scratch folder for an index eval builds itself: nothing lands in the working directory. */
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'pclause-eval-'));
  process.on('exit', () => rmSync(d, { recursive: true, force: true }));
  return d;
}

async function questionEval(questions: ReturnType<typeof readQuestions>, indexDir?: string, model?: string) {
  // (The corpus is extracted once for every index built from it: the extraction of 2,700 notices took half the run, twice.)
  let extracted: Promise<Awaited<ReturnType<typeof corpusClauses>>> | undefined;
  const corpus = () => (extracted ??= corpusClauses());
  const dir = indexDir ?? (await corpusIndex(join(scratch(), 'index'), await corpus(), 'tfidf'));
  const reports = [];
  const index = await PolicyIndex.open(dir);
  try {
    for (const mode of ['hybrid', 'vector', 'bm25'] as const) reports.push(await evaluateQuestions(index, questions, mode));
    // The plain lexical baseline: the question's own words, no concept expansion nor gate.
    reports.push(await evaluateQuestions(index, questions, 'bm25', 10, { concepts: false }));
    reports.push(await evaluateQuestions(index, questions, 'hybrid', 10, { concepts: false }));
  } finally {
    index.close();
  }
  if (!indexDir) {
    // The same corpus with the plain TF-IDF vectors: what the semantic layer adds.
    const plain = await PolicyIndex.open(await corpusIndex(join(scratch(), 'index-plain'), await corpus(), 'tfidf', undefined, true));
    try {
      for (const mode of ['hybrid', 'vector'] as const) reports.push(await evaluateQuestions(plain, questions, mode));
      reports.push(await evaluateQuestions(plain, questions, 'hybrid', 10, { concepts: false }));
    } finally {
      plain.close();
    }
  }
  if (model) {
    const tdir = await corpusIndex(join(scratch(), 'index-transformers'), await corpus(), 'transformers', model);
    const t = await PolicyIndex.open(tdir, { model });
    try {
      for (const mode of ['hybrid', 'vector'] as const) reports.push(await evaluateQuestions(t, questions, mode));
    } finally {
      t.close();
    }
  }
  return reports;
}

function renderQuestionReports(reports: Awaited<ReturnType<typeof questionEval>>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(9)}%`;
  const out = ['retrieval   concepts  embedder                        rows found   precision   recall@10'];
  for (const r of reports) out.push(`${r.mode.padEnd(10)}  ${(r.concepts ? 'yes' : 'no').padEnd(8)}  ${r.embedder.padEnd(30)} ${pct(r.rowShare)}  ${pct(r.precision)}  ${pct(r.recallAt10)}`);
  const first = reports[0];
  if (first) {
    out.push('', `per question (${first.mode}, ${first.embedder}):`);
    for (const q of first.questions) out.push(`  ${q.found}/${q.expected}  r@10 ${(q.recallAt10 * 100).toFixed(0).padStart(3)}%${q.onConcept !== undefined ? `  on ${q.onConcept}/${q.shown}` : ''}  ${q.question}${q.missing.length ? `  missing: ${q.missing.map((m) => `${m.region} ${m.yuan ?? m.rate}`).join(', ')}` : ''}`);
  }
  return out.join('\n');
}

/**
 * What an analyst hands on: the HTML report, the workbook and the review page. Their screenshots are taken
 * in the background (Chromium is another process) while the demo goes on: `shots` says where they went.
 */
async function demoReports(out: string, a: Awaited<ReturnType<typeof answer>>, index: PolicyIndex, results: FileResult[]): Promise<{ shots: Promise<string> }> {
  const judge = validityJudge(index.store);
  const rows = answerRows(a, index.store, judge.label);
  const clauses = results.flatMap((r) => r.clauses);
  const files = { report: join(out, 'report.html'), xlsx: join(out, 'report.xlsx'), review: join(out, 'review.html') };
  writeAtomic(files.report, answerReport(a, rows, { asOf: judge.asOf }));
  writeAtomic(files.xlsx, await workbook(rows, { title: `问题：${a.question.text}` }));
  const gold = join(here, 'eval', 'gold');
  const verdicts = existsSync(gold) ? await reviewAgainstGold(gold, clauses) : undefined;
  writeAtomic(files.review, reviewPage(reviewDocs(results.flatMap((r) => r.docs), clauses, verdicts)));
  process.stdout.write(`   reports → ${files.report}, ${files.xlsx}, ${files.review}\n\n`);
  const png = { report: join(out, 'report.png'), review: join(out, 'review.png') };
  const shots = import('./report/browser.js')
    .then(({ screenshots }) =>
      screenshots([
        { html: resolve(files.report), png: png.report, open: 1 },
        { html: resolve(files.review), png: png.review, scrollTo: 'section.doc[data-doc^="004"] .doctext mark.amount' },
      ]),
    )
    .then(
      () => `   screenshots → ${png.report}, ${png.review}\n`,
      (e) => `   no screenshots: ${String((e as Error).message).split('\n')[0]}\n`,
    );
  return { shots };
}

program
  .command('demo')
  .description('the main job on a folder: extract every clause, index them, answer "哪些区县补贴智能工厂，补贴多少？", score against the gold')
  .argument('[corpus]', 'folder of notices', join(here, 'corpus'))
  .option('--out <dir>', 'where to write clauses and the index', 'out/demo')
  .option('--question <q>', 'the question to answer', '哪些区县补贴智能工厂，补贴多少？')
  .action(
    action(async (corpus: string, o: { out: string; question: string }) => {
      const t0 = Date.now();
      const { results, failures } = await runBatch([corpus], {});
      const clauses = results.flatMap((r) => r.clauses);
      const docs = results.flatMap((r) => r.docs);
      writeAtomic(join(o.out, 'clauses.jsonl'), formatClauses(clauses, 'jsonl'));
      writeAtomic(join(o.out, 'clauses.csv'), formatClauses(clauses, 'csv', true));
      process.stdout.write(`① extract: ${results.length} files → ${docs.length} documents → ${clauses.length} clauses (${clauses.filter((c) => c.amounts.length).length} with money) → ${o.out}/clauses.jsonl, clauses.csv\n`);
      reportFailures(failures, false);
      const report = await updateIndex(join(o.out, 'index'), clauses, { rebuild: true, embedder: 'tfidf', lexicon: thesaurus().lexicon() });
      process.stdout.write(`② index: ${report.total} clauses, ${report.embedder} vectors + BM25 → ${o.out}/index\n\n`);
      const index = await PolicyIndex.open(join(o.out, 'index'));
      let shots: Promise<string> | undefined;
      try {
        const a = await answer(index, o.question, { top: 8 });
        process.stdout.write(`③ query\n${renderAnswer(a)}\n\n`);
        ({ shots } = await demoReports(o.out, a, index, results));
      } finally {
        index.close();
      }
      if (existsSync(join(here, 'eval', 'gold'))) {
        const ev = await evaluate({ gold: join(here, 'eval', 'gold'), docs: corpus });
        process.stdout.write(`④ eval against eval/gold (${ev.docs.length} labelled documents)\n${renderEval(ev, false, true)}\n`);
      }
      if (shots) process.stdout.write(`\n${await shots}`);
      process.stdout.write(`\ndone in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }),
  );

program.parseAsync(process.argv).catch(fail);
