#!/usr/bin/env node
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, Option } from 'commander';
import { processFiles, type FileResult } from './run/batch.js';
import { expandInputs } from './run/files.js';
import { writeAtomic } from './run/atomic.js';
import { formatClauses, type OutputFormat } from './run/output.js';
import { Progress } from './run/progress.js';
import { updateIndex, PolicyIndex, type EmbedderKind } from './index/policy-index.js';
import { answer } from './query/answer.js';
import { compare } from './query/compare.js';
import { answerToCsv, renderAnswer, renderComparison } from './query/render.js';
import { evaluate, readPredictions } from './eval/run.js';
import { evaluateQuestions, readQuestions } from './eval/questions.js';
import { renderEval, checkFloors } from './eval/report.js';
import type { Clause } from './types.js';
import { answerReport, compareReport } from './report/html.js';
import { answerRows, clauseReportRows, comparisonRows } from './report/rows.js';
import { reviewDocs, reviewPage } from './report/review.js';
import { workbook } from './report/xlsx.js';
import { reviewAgainstGold } from './eval/run.js';
import { answerInForce, comparisonInForce, validityJudge } from './report/validity.js';
import { readValidityGold, scoreValidity } from './eval/validity.js';

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

function day(v: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new Error(`--as-of ${v}: expected a date YYYY-MM-DD`);
  return v;
}

function list(v: string): string[] {
  return v
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Ingest and extract inputs with a progress bar; failures are listed, never fatal to the batch. */
async function runBatch(inputs: string[], opts: { workers?: number; quiet?: boolean }): Promise<{ results: FileResult[]; failures: string[] }> {
  const { files, missing } = expandInputs(inputs);
  const failures = missing.map((m) => `${m}: no such file or folder`);
  if (!files.length && !failures.length) failures.push(`${inputs.join(' ')}: no supported files (.txt .pdf .docx .html)`);
  const bar = new Progress(files.length, 'extract', { quiet: opts.quiet });
  const results = await processFiles(files, {
    workers: opts.workers,
    onResult: (r, done) => bar.tick(done, basename(r.file)),
  });
  bar.done();
  for (const r of results) if (r.error) failures.push(r.error);
  return { results, failures };
}

function reportFailures(failures: string[], quiet: boolean): void {
  if (!failures.length || quiet) return;
  process.stderr.write(`\n${failures.length} file(s) failed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}\n`);
}

program
  .command('ingest')
  .description('read PDF/DOCX/HTML/TXT files or folders into clean structured documents (one JSON per document)')
  .argument('<paths...>', 'files or folders')
  .option('--out <dir>', 'where to write the document JSON files', 'out/docs')
  .option('--json', 'print the summary as JSON')
  .option('--workers <n>', 'worker threads', (v) => parseInt(v, 10))
  .action(
    action(async (paths: string[], o: { out: string; json?: boolean; workers?: number }) => {
      const { results, failures } = await runBatch(paths, { workers: o.workers, quiet: o.json });
      const docs = results.flatMap((r) => r.docs);
      for (const d of docs) writeAtomic(join(o.out, `${d.id.replace(/[#/\\:]/g, '_')}.json`), JSON.stringify(d, null, 1) + '\n');
      const regions = [...new Set(docs.map((d) => d.region).filter(Boolean))];
      const summary = {
        files: results.length,
        documents: docs.length,
        regions,
        out: o.out,
        documentsByFile: results.filter((r) => !r.error).map((r) => ({ file: basename(r.file), documents: r.docs.map((d) => ({ title: d.title, kind: d.kind, region: d.region, date: d.date, docNumber: d.docNumber, status: d.status })) })),
        failures,
      };
      if (o.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      else {
        for (const f of summary.documentsByFile) {
          process.stdout.write(`${f.file}\n`);
          for (const d of f.documents) process.stdout.write(`  · [${d.kind}] ${d.title}  ${d.region ?? '—'}  ${d.date ?? ''} ${d.docNumber ?? ''}${d.status === 'draft' ? ' 征求意见稿' : ''}\n`);
        }
        process.stdout.write(`${docs.length} documents from ${results.length - failures.length} file(s); regions: ${regions.join('、') || '—'}; written to ${o.out}/\n`);
        reportFailures(failures, false);
      }
      if (failures.length) process.exitCode = 1;
    }),
  );

program
  .command('extract')
  .description('extract clauses (amounts, rates, thresholds, units, deadlines) from files or folders')
  .argument('<paths...>', 'files or folders')
  .option('--out <file>', 'output file (default: standard output)')
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json', 'csv']).default('jsonl'))
  .option('--zh', 'Chinese column headers in CSV')
  .option('--workers <n>', 'worker threads (default: one per core)', (v) => parseInt(v, 10))
  .option('--json', 'no progress bar; summary as JSON on stderr')
  .option('--review <file>', 'also write an HTML review page: each document with its values highlighted by type')
  .option('--gold <dir>', 'with --review: mark false positives and misses against these labels (eval/gold format)')
  .option('--xlsx <file>', 'also write an Excel workbook (one row per amount or rate)')
  .option('--flat', 'with --xlsx: one sheet instead of one per region')
  .action(
    action(async (paths: string[], o: { out?: string; format: OutputFormat; zh?: boolean; workers?: number; json?: boolean; review?: string; gold?: string; xlsx?: string; flat?: boolean }) => {
      if (o.gold && !o.review) throw new Error('--gold goes with --review <file>');
      if (o.gold && !existsSync(o.gold)) throw new Error(`${o.gold}: no such gold folder`);
      const { results, failures } = await runBatch(paths, { workers: o.workers, quiet: o.json || !o.out });
      const clauses = results.flatMap((r) => r.clauses);
      if (o.review) {
        const gold = o.gold ? await reviewAgainstGold(o.gold, clauses) : undefined;
        writeAtomic(o.review, reviewPage(reviewDocs(results.flatMap((r) => r.docs), clauses, gold)));
        if (!o.json) process.stderr.write(`review page → ${o.review}${gold ? ` (marked against ${gold.size} labelled document(s) in ${o.gold})` : ''}\n`);
      }
      if (o.xlsx) {
        writeAtomic(o.xlsx, await workbook(clauseReportRows(clauses), { flat: o.flat, title: `抽取结果：${paths.join(' ')}` }));
        if (!o.json) process.stderr.write(`workbook → ${o.xlsx}\n`);
      }
      const text = formatClauses(clauses, o.format, o.zh);
      if (o.out) {
        writeAtomic(o.out, text);
        const withValues = clauses.filter((c) => c.amounts.length + c.rates.length + c.thresholds.length + c.deadlines.length > 0).length;
        const summary = { files: results.length, clauses: clauses.length, withValues, out: o.out, failures };
        if (o.json) process.stderr.write(JSON.stringify(summary) + '\n');
        else process.stderr.write(`${clauses.length} clauses (${withValues} with values) from ${results.length - failures.length} file(s) → ${o.out}\n`);
      } else process.stdout.write(text);
      reportFailures(failures, false);
      if (failures.length) process.exitCode = 1;
    }),
  );

function loadClauses(inputs: string[]): Clause[] {
  return inputs.flatMap((f) => readPredictions(f) as unknown as Clause[]);
}

program
  .command('index')
  .description('build or update the search index from clauses.jsonl files or from documents')
  .argument('<inputs...>', 'clauses .jsonl files, or documents/folders to extract first')
  .option('--index <dir>', 'index folder', 'out/index')
  .addOption(new Option('--embedder <kind>', 'vector embedder').choices(['tfidf', 'transformers']))
  .option('--model <id>', 'transformers model: hub id (e.g. Xenova/bge-small-zh-v1.5) or local model folder')
  .option('--offline', 'never download a model')
  .option('--rebuild', 'drop the index and build it anew')
  .option('--workers <n>', 'worker threads for extraction', (v) => parseInt(v, 10))
  .option('--json', 'print the report as JSON')
  .action(
    action(async (inputs: string[], o: { index: string; embedder?: EmbedderKind; model?: string; offline?: boolean; rebuild?: boolean; workers?: number; json?: boolean }) => {
      const jsonl = inputs.filter((i) => i.endsWith('.jsonl'));
      const docs = inputs.filter((i) => !i.endsWith('.jsonl'));
      let failures: string[] = [];
      const clauses = loadClauses(jsonl);
      if (docs.length) {
        const r = await runBatch(docs, { workers: o.workers, quiet: o.json });
        clauses.push(...r.results.flatMap((x) => x.clauses));
        failures = r.failures;
      }
      const bar = new Progress(1, 'index', { quiet: o.json });
      const report = await updateIndex(o.index, clauses, {
        embedder: o.embedder ?? (o.model ? 'transformers' : undefined),
        model: o.model,
        offline: o.offline,
        rebuild: o.rebuild,
        onProgress: (stage, done, total) => bar.tick(total ? done / total : 1, stage),
      });
      bar.done();
      if (o.json) process.stdout.write(JSON.stringify({ ...report, index: o.index, failures }, null, 2) + '\n');
      else {
        process.stdout.write(`index ${o.index}: ${report.total} clauses (${report.embedder}); sources: ${report.added} new, ${report.replaced} replaced, ${report.unchanged} unchanged; clauses +${report.clausesAdded} −${report.clausesRemoved}\n`);
        reportFailures(failures, false);
      }
      if (failures.length) process.exitCode = 1;
    }),
  );

program
  .command('query')
  .description('answer an analyst question with a table by region, e.g. "哪些区县补贴智能工厂，补贴多少？"')
  .argument('<question>', 'the question, in Chinese')
  .option('--index <dir>', 'index folder', 'out/index')
  .option('--region <names>', 'only these regions (comma-separated)', list)
  .option('--topic <tags>', 'only these topics (comma-separated; see README)', list)
  .option('--top <k>', 'clauses to show', (v) => parseInt(v, 10), 10)
  .addOption(new Option('--status <status>', 'only drafts (征求意见稿) or only final documents').choices(['draft', 'final']))
  .option('--kind <kinds>', 'only these clause kinds: subsidy, target, task, requirement, other', list)
  .option('--issuer <text>', 'only documents whose issuer contains this')
  .option('--min-yuan <n>', 'only clauses with an amount of at least this many yuan', parseFloat)
  .option('--max-yuan <n>', 'only clauses with an amount of at most this many yuan', parseFloat)
  .addOption(new Option('--role <role>', 'with --min-yuan/--max-yuan: amount role').choices(['cap', 'fixed', 'total', 'target']))
  .addOption(new Option('--mode <mode>', 'retrieval').choices(['hybrid', 'vector', 'bm25']).default('hybrid'))
  .option('--model <dir>', 'transformers model folder, if the index was built with one')
  .option('--json', 'JSON output')
  .option('--csv', 'CSV output (UTF-8 with BOM, opens in Excel)')
  .option('--html <file>', 'also write a self-contained HTML report (table, chart, sources)')
  .option('--xlsx <file>', 'also write an Excel workbook')
  .option('--flat', 'with --xlsx: one sheet instead of one per region')
  .option('--in-force', 'only measures of documents in force (not drafts, expired or repealed) as of --as-of')
  .option('--as-of <date>', 'the day validity is judged on (YYYY-MM-DD; default today)', day)
  .action(
    action(async (question: string, o: { index: string; region?: string[]; topic?: string[]; top: number; status?: 'draft' | 'final'; kind?: string[]; issuer?: string; minYuan?: number; maxYuan?: number; role?: string; mode: 'hybrid' | 'vector' | 'bm25'; model?: string; json?: boolean; csv?: boolean; html?: string; xlsx?: string; flat?: boolean; inForce?: boolean; asOf?: string }) => {
      const index = await PolicyIndex.open(o.index, { model: o.model });
      try {
        const filter = { status: o.status, kinds: o.kind, issuer: o.issuer, minYuan: o.minYuan, maxYuan: o.maxYuan, amountRole: o.role };
        const judge = validityJudge(index.store, o.asOf);
        // With --in-force, ask for more clauses and keep the first `top` in force.
        const asked = await answer(index, question, { regions: o.region, topics: o.topic, top: o.inForce ? o.top * 4 : o.top, mode: o.mode, filter });
        const a = o.inForce ? answerInForce(asked, judge, o.top) : asked;
        if (o.json) process.stdout.write(JSON.stringify({ question: a.question, regions: a.regions }, null, 2) + '\n');
        else if (o.csv) process.stdout.write(answerToCsv(a));
        else process.stdout.write(renderAnswer(a) + '\n');
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
  .command('compare')
  .description('align similar measures of two regions and show their money side by side')
  .requiredOption('--regions <a,b>', 'two regions, e.g. 渝北区,綦江区', list)
  .option('--index <dir>', 'index folder', 'out/index')
  .option('--topic <tag>', 'only this topic')
  .option('--floor <s>', 'similarity floor (0..1)', parseFloat)
  .option('--all', 'include measures without money')
  .option('--model <dir>', 'transformers model folder, if the index was built with one')
  .option('--json', 'JSON output')
  .option('--html <file>', 'also write a self-contained HTML report (table, chart, sources)')
  .option('--xlsx <file>', 'also write an Excel workbook')
  .option('--flat', 'with --xlsx: one sheet instead of one per region')
  .option('--in-force', 'only measures of documents in force (not drafts, expired or repealed) as of --as-of')
  .option('--as-of <date>', 'the day validity is judged on (YYYY-MM-DD; default today)', day)
  .action(
    action(async (o: { regions: string[]; index: string; topic?: string; floor?: number; all?: boolean; model?: string; json?: boolean; html?: string; xlsx?: string; flat?: boolean; inForce?: boolean; asOf?: string }) => {
      if (o.regions.length !== 2) throw new Error('--regions takes exactly two regions, e.g. 渝北区,綦江区');
      const index = await PolicyIndex.open(o.index, { model: o.model });
      try {
        const known = index.store.regions().map((r) => r.region);
        for (const r of o.regions) if (!known.includes(r)) throw new Error(`region ${r} is not in the index (it has: ${known.join('、')})`);
        const judge = validityJudge(index.store, o.asOf);
        const compared = await compare(index, o.regions[0], o.regions[1], { topic: o.topic, floor: o.floor, all: o.all });
        const c = o.inForce ? comparisonInForce(compared, judge, index.store) : compared;
        process.stdout.write(o.json ? JSON.stringify(c, null, 2) + '\n' : renderComparison(c) + '\n');
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
  .option('--questions [file]', 'evaluate answers to analyst questions instead (default eval/questions.jsonl)')
  .option('--index <dir>', 'with --questions: the index to ask (default: build one from corpus/)')
  .option('--model <dir>', 'with --questions: also evaluate a transformers index built with this model')
  .option('--validity [file]', 'score effective dates and status of documents instead (default eval/validity.jsonl; documents from --docs or corpus/)')
  .option('--json', 'JSON output')
  .action(
    action(async (o: { gold: string; pred?: string; docs?: string; errors?: boolean; check?: string; questions?: string | boolean; validity?: string | boolean; index?: string; model?: string; json?: boolean }) => {
      if (o.validity) {
        const file = typeof o.validity === 'string' ? o.validity : join(here, 'eval', 'validity.jsonl');
        const labels = readValidityGold(file);
        const { results, failures } = await runBatch([o.docs ?? join(here, 'corpus')], { quiet: true });
        reportFailures(failures, !!o.json);
        const r = scoreValidity(labels, results.flatMap((x) => x.docs));
        if (o.json) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        else {
          process.stdout.write(`validity of ${r.documents} labelled documents: all right ${r.right} (${(r.accuracy * 100).toFixed(1)}%); from ${r.from}, until ${r.until}, status ${r.status}\n`);
          for (const w of r.wrong) process.stdout.write(`  ✗ ${w.source} 《${w.title}》 ${w.field}: want ${w.want ?? '—'}, got ${w.got ?? '—'}\n`);
        }
        if (r.accuracy < 0.95) process.exitCode = 1;
        return;
      }
      if (o.questions) {
        const file = typeof o.questions === 'string' ? o.questions : join(here, 'eval', 'questions.jsonl');
        const reports = await questionEval(readQuestions(file), o.index, o.model);
        if (o.json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
        else process.stdout.write(renderQuestionReports(reports) + '\n');
        return;
      }
      const report = await evaluate({ gold: o.gold, pred: o.pred, docs: o.docs });
      if (o.json) process.stdout.write(JSON.stringify(o.errors ? report : { ...report, errors: undefined }, null, 2) + '\n');
      else process.stdout.write(renderEval(report, !!o.errors) + '\n');
      if (o.check) {
        const below = checkFloors(report, JSON.parse(readFileSync(o.check, 'utf8')));
        if (below.length) {
          process.stderr.write(`F1 below the floor in ${o.check}: ${below.join('; ')}\n`);
          process.exitCode = 1;
        }
      }
    }),
  );

async function corpusIndex(dir: string, embedder: EmbedderKind, model?: string): Promise<string> {
  const { results } = await runBatch([join(here, 'corpus')], { quiet: true });
  await updateIndex(dir, results.flatMap((r) => r.clauses), { embedder, model, rebuild: true, offline: true });
  return dir;
}

async function questionEval(questions: ReturnType<typeof readQuestions>, indexDir?: string, model?: string) {
  const dir = indexDir ?? (await corpusIndex(join('out', 'eval-index'), 'tfidf'));
  const reports = [];
  const index = await PolicyIndex.open(dir);
  try {
    for (const mode of ['hybrid', 'vector', 'bm25'] as const) reports.push(await evaluateQuestions(index, questions, mode));
  } finally {
    index.close();
  }
  if (model) {
    const tdir = await corpusIndex(join('out', 'eval-index-transformers'), 'transformers', model);
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
  const out = ['retrieval   embedder                     rows found   recall@10'];
  for (const r of reports) out.push(`${r.mode.padEnd(10)}  ${r.embedder.padEnd(28)} ${(r.rowShare * 100).toFixed(1).padStart(9)}%  ${(r.recallAt10 * 100).toFixed(1).padStart(9)}%`);
  const first = reports[0];
  if (first) {
    out.push('', `per question (${first.mode}, ${first.embedder}):`);
    for (const q of first.questions) out.push(`  ${q.found}/${q.expected}  r@10 ${(q.recallAt10 * 100).toFixed(0).padStart(3)}%  ${q.question}${q.missing.length ? `  missing: ${q.missing.map((m) => `${m.region} ${m.yuan ?? m.rate}`).join(', ')}` : ''}`);
  }
  return out.join('\n');
}

/** What an analyst hands on: the HTML report, the workbook and the review page, with screenshots beside them. */
async function demoReports(out: string, a: Awaited<ReturnType<typeof answer>>, index: PolicyIndex, results: FileResult[]): Promise<void> {
  const judge = validityJudge(index.store);
  const rows = answerRows(a, index.store, judge.label);
  const clauses = results.flatMap((r) => r.clauses);
  const files = { report: join(out, 'report.html'), xlsx: join(out, 'report.xlsx'), review: join(out, 'review.html') };
  writeAtomic(files.report, answerReport(a, rows, { asOf: judge.asOf }));
  writeAtomic(files.xlsx, await workbook(rows, { title: `问题：${a.question.text}` }));
  const gold = join(here, 'eval', 'gold');
  const verdicts = existsSync(gold) ? await reviewAgainstGold(gold, clauses) : undefined;
  writeAtomic(files.review, reviewPage(reviewDocs(results.flatMap((r) => r.docs), clauses, verdicts)));
  let shots = '';
  try {
    const { screenshot } = await import('./report/browser.js');
    await screenshot(resolve(files.report), join(out, 'report.png'), { open: 1 });
    await screenshot(resolve(files.review), join(out, 'review.png'), { scrollTo: 'section.doc[data-doc^="004"] .doctext mark.amount' });
    shots = `, screenshots report.png, review.png`;
  } catch (e) {
    shots = ` (no screenshots: ${String((e as Error).message).split('\n')[0]})`;
  }
  process.stdout.write(`   reports → ${files.report}, ${files.xlsx}, ${files.review}${shots}\n\n`);
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
      const report = await updateIndex(join(o.out, 'index'), clauses, { rebuild: true, embedder: 'tfidf' });
      process.stdout.write(`② index: ${report.total} clauses, ${report.embedder} vectors + BM25 → ${o.out}/index\n\n`);
      const index = await PolicyIndex.open(join(o.out, 'index'));
      try {
        const a = await answer(index, o.question, { top: 8 });
        process.stdout.write(`③ query\n${renderAnswer(a)}\n\n`);
        await demoReports(o.out, a, index, results);
      } finally {
        index.close();
      }
      if (existsSync(join(here, 'eval', 'gold'))) {
        const ev = await evaluate({ gold: join(here, 'eval', 'gold'), docs: corpus });
        process.stdout.write(`④ eval against eval/gold (${ev.docs.length} labelled documents)\n${renderEval(ev, false, true)}\n`);
      }
      process.stdout.write(`\ndone in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    }),
  );

program.parseAsync(process.argv).catch(fail);
