import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { width } from './query/layout.js';

// These run the built CLI (npm test builds first): what a user types, what they see.
const tmp = mkdtempSync(join(tmpdir(), 'pclause-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const run = (...args: string[]) => spawnSync('node', ['dist/cli.js', ...args], { encoding: 'utf8' });

describe('cli', () => {
  it('a bad single file: one line naming the file and the reason, exit code 1, no stack trace', () => {
    const r = run('ingest', 'fixtures/bad/encrypted.pdf', '--out', join(tmp, 'docs'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✗ encrypted.pdf: encrypted PDF (password required)');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('a batch goes on past bad files and lists them at the end', () => {
    const out = join(tmp, 'batch.jsonl');
    const r = run('extract', 'corpus/004_ad92c2df140a72a5.txt', 'fixtures/bad', '--out', out);
    expect(r.status).toBe(1);
    expect(readFileSync(out, 'utf8').trim().split('\n').length).toBeGreaterThan(50);
    const failed = r.stderr.split('\n').filter((l) => l.includes('✗'));
    expect(failed.map((l) => l.trim().split(':')[0])).toEqual(['✗ binary.txt', '✗ empty.txt', '✗ encrypted.pdf', '✗ notazip.docx', '✗ scanned.pdf', '✗ truncated.pdf']);
    expect(r.stderr).not.toContain('\r'); // no progress bar when not on a terminal
  });
  it('re-running gives byte-identical output, in worker threads or not', () => {
    const a = join(tmp, 'a.jsonl');
    const b = join(tmp, 'b.jsonl');
    expect(run('extract', 'corpus', '--out', a, '--workers', '2').status).toBe(0);
    expect(run('extract', 'corpus', '--out', b, '--workers', '1').status).toBe(0);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
  });
  it('CSV opens in Excel: UTF-8 BOM, CRLF, Chinese headers on request', () => {
    const f = join(tmp, 'c.csv');
    expect(run('extract', 'corpus/004_ad92c2df140a72a5.txt', '--out', f, '--format', 'csv', '--zh').status).toBe(0);
    const buf = readFileSync(f);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8');
    expect(text.slice(1).startsWith('编号,文件,地区,发文机关,文件标题,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain('最高 5000万元（智能工厂建设）');
  });
  it('eval --check passes at the floors and fails under them', () => {
    expect(run('eval', '--check', 'eval/floors.json').status).toBe(0);
    const hard = join(tmp, 'floors.json');
    writeFileSync(hard, JSON.stringify({ units: 1.01 }));
    const r = run('eval', '--check', hard);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('units 1.000 < 1.01');
  });
  it('eval on a malformed gold file names the file and line', () => {
    const g = join(tmp, 'gold');
    spawnSync('mkdir', ['-p', g]);
    writeFileSync(join(g, 'x.jsonl'), '{"doc":"004_ad92c2df140a72a5.txt"}\n{"quote":"这句话不在文件里"}\n');
    const r = run('eval', '--gold', g, '--docs', 'corpus');
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('error: x.jsonl:2: quote not found in 004_ad92c2df140a72a5.txt: "这句话不在文件里"');
  });
  it('index, query --json and compare work end to end', () => {
    const idx = join(tmp, 'index');
    expect(run('index', 'corpus/004_ad92c2df140a72a5.txt', 'corpus/000_1783c25a94a31d5b.txt', '--index', idx).status).toBe(0);
    const q = run('query', '哪些区县补贴智能工厂，补贴多少？', '--index', idx, '--json');
    expect(q.status).toBe(0);
    const regions = JSON.parse(q.stdout).regions.map((g: { region: string }) => g.region);
    expect(regions.sort()).toEqual(['渝北区', '綦江区']);
    const c = run('compare', '--regions', '渝北区,綦江区', '--index', idx);
    expect(c.status).toBe(0);
    expect(c.stdout).toContain('两地都有的措施');
    const bad = run('compare', '--regions', '渝北区,黄浦区', '--index', idx);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^error: region 黄浦区 is not in the index/);
    // A paraphrase and a city for its districts: the parsed question says why the rows are there.
    const p = run('query', '重庆各区县技术改造项目补助比例', '--index', idx, '--json');
    expect(p.status).toBe(0);
    const a = JSON.parse(p.stdout);
    expect(a.question.concepts.map((x: { name: string }) => x.name)).toEqual(['技术改造']);
    expect(a.question.regions).toEqual(expect.arrayContaining(['重庆市', '渝北区', '綦江区']));
    const rows = a.regions.flatMap((g: { rows: { rate?: number; concept?: string }[] }) => g.rows);
    expect(rows.some((r: { rate?: number }) => r.rate === 0.15)).toBe(true);
    expect(rows.every((r: { concept?: string }) => r.concept === '技术改造')).toBe(true);
    const text = run('query', '重庆各区县技术改造项目补助比例', '--index', idx).stdout;
    expect(text).toContain('概念：技术改造（问：技术改造项目） ≡ 技改');
    expect(text).toContain('地区：重庆市（含下辖');
  });
  it('concepts lists the thesaurus; --mine proposes candidates for review', () => {
    const l = run('concepts');
    expect(l.status).toBe(0);
    expect(l.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(60);
    expect(l.stdout).toMatch(/^升规 ≡ 上规、入规、小升规/m);
    const m = run('concepts', '--mine', 'corpus/004_ad92c2df140a72a5.txt', '--json');
    expect(m.status).toBe(0);
    expect(JSON.parse(m.stdout).every((c: { evidence: string[] }) => c.evidence.length > 0)).toBe(true);
    const none = run('concepts', '--mine');
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/^error: --mine needs clauses/);
  });
});

describe('cli: mistakes get one line naming the mistake and the fix', () => {
  const idx = join(tmp, 'mistakes-index');
  const q = (...args: string[]) => run('query', '补贴多少？', '--index', idx, ...args);
  const oneLine = (r: ReturnType<typeof run>, msg: string | RegExp) => {
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(msg);
  };
  it('builds an index of two districts', () => {
    expect(run('index', 'corpus/004_ad92c2df140a72a5.txt', 'corpus/000_1783c25a94a31d5b.txt', '--index', idx).status).toBe(0);
  });
  it('--region 渝北 answers for 渝北区', () => {
    const r = q('--region', '渝北', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).regions.map((g: { region: string }) => g.region)).toEqual(['渝北区']);
  });
  it.each([
    [['--region', '渝北县'], /^error: region 渝北县 is not in the index; did you mean 渝北区\? the index has: /],
    [['--region', '黄浦区'], /^error: region 黄浦区 is not in the index \(上海市 黄浦区 has no indexed documents\)/],
    [['--topic', '上规'], /^error: .*'上规' is invalid\. unknown topic 上规; did you mean 上规升级\? valid: 智能制造, /],
    [['--kind', 'subsidyy'], /^error: .*unknown kind subsidyy; did you mean subsidy\? valid: subsidy, target, task, requirement, other$/],
    [['--top', 'abc'], /^error: option '--top <k>' argument 'abc' is invalid\. expects a whole number/],
    [['--json', '--csv'], /^error: --json and --csv both given: choose one output format$/],
  ])('query %j', (args, msg) => oneLine(q(...args), msg));
  it('extract --out x.csv writes CSV without --format', () => {
    const f = join(tmp, 'x.csv');
    expect(run('extract', 'corpus/004_ad92c2df140a72a5.txt', '--out', f).status).toBe(0);
    expect(readFileSync(f, 'utf8').startsWith('\ufeffid,source,region,')).toBe(true);
  });
  it('a bad path to extract writes nothing', () => {
    const f = join(tmp, 'never.csv');
    oneLine(run('extract', 'corpus/nope.txt', '--out', f), /^error: corpus\/nope\.txt: no such file or folder$/);
    expect(existsSync(f)).toBe(false);
  });
  it('index with a bad path creates no index folder', () => {
    const d = join(tmp, 'never-index');
    oneLine(run('index', 'corpus/nope', '--index', d), /^error: corpus\/nope: no such file or folder$/);
    expect(existsSync(d)).toBe(false);
  });
  it('eval --pred missing.jsonl', () => oneLine(run('eval', '--pred', 'missing.jsonl'), /^error: --pred missing\.jsonl: no such file$/));
});

describe('cli: docs, warnings, CSV for Excel, terminal width', () => {
  const idx = join(tmp, 'docs-index');
  it('index reports doubtful documents; --strict makes them fail', () => {
    const r = run('index', 'corpus/004_ad92c2df140a72a5.txt', 'corpus/001_68c950f8ef0909af.txt', '--index', idx, '--strict');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/; 1 warning\(s\)\n$/);
    expect(r.stderr).toContain('! 001_68c950f8ef0909af.txt: 《自身硬首先要自身廉（人民论坛）》: region not read');
    expect(run('index', 'corpus/004_ad92c2df140a72a5.txt', '--index', join(tmp, 'ok-index'), '--strict').status).toBe(0);
  });
  it('docs lists every document with region, date, number, status; --json and --csv too', () => {
    const t = run('docs', '--index', idx, '--width', '80');
    expect(t.status).toBe(0);
    expect(t.stdout).toContain('渝北区  2021-10-14  渝北府发〔2021〕13号');
    expect(Math.max(...t.stdout.split('\n').map(width))).toBeLessThanOrEqual(80);
    const j = JSON.parse(run('docs', '--index', idx, '--json', '--region', '渝北').stdout);
    expect(j.map((d: { title: string; docNumber: string; clauses: number }) => [d.title, d.docNumber, d.clauses])).toEqual([
      ['关于印发《支持制造业高质量发展若干政策措施》的通知', '渝北府发〔2021〕13号', 3],
      ['支持制造业高质量发展若干政策措施', '渝北府发〔2021〕13号', 52],
    ]);
    expect(run('docs', '--index', idx, '--csv').stdout.split('\r\n')[0]).toBe('\ufeff地区,成文日期,文号,状态,条款数,含金额条款数,文件标题,发文机关,来源文件,文件编号');
  });
  it('query --width 80: no line wider than 80 display columns', () => {
    const r = run('query', '企业研发投入按什么比例补贴，最高多少？', '--index', idx, '--width', '80');
    expect(r.status).toBe(0);
    expect(Math.max(...r.stdout.split('\n').map(width))).toBeLessThanOrEqual(80);
  });
  it('CSV --zh: Chinese kinds, numeric yuan/cap/rate columns, no offsets unless --offsets', () => {
    const f = join(tmp, 'zh.csv');
    expect(run('extract', 'corpus/004_ad92c2df140a72a5.txt', '--out', f, '--zh').status).toBe(0);
    const lines = readFileSync(f, 'utf8').split('\r\n');
    expect(lines[0].endsWith(',原文,文号,金额（元）,上限（元）,比例（%）')).toBe(true);
    const row = lines.find((l) => l.includes('对于一般技改扩能项目'))!;
    expect(row).toContain(',补贴,');
    expect(row.endsWith(',渝北府发〔2021〕13号,,10000000,15')).toBe(true);
    const g = join(tmp, 'off.csv');
    expect(run('extract', 'corpus/004_ad92c2df140a72a5.txt', '--out', g, '--offsets').status).toBe(0);
    expect(readFileSync(g, 'utf8').split('\r\n')[0].endsWith(',rate_percent,start,end')).toBe(true);
  });
});

describe('cli: eval says what it scored', () => {
  it('eval names the set and warns on a development set', () => {
    const r = run('eval');
    expect(r.stdout.split('\n')[0]).toBe('scored: seed gold (eval/gold), 4 labelled document(s)');
    expect(r.stderr).toMatch(/^note: seed gold \(eval\/gold\) is a development set: /);
  });
  it('eval --questions writes nothing into the working directory', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pclause-cwd-'));
    // (Run without blocking the worker: a spawnSync of a minute held the worker's event loop past vitest's 60 s reply timeout for its
    // task updates, an unhandled error that failed the run with every test passed, once the dev half reached 2,700 notices.)
    const r = await new Promise<{ status: number | null; stdout: string }>((resolve, reject) => {
      execFile('node', [join(process.cwd(), 'dist/cli.js'), 'eval', '--questions', '--json'], { encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
        error && typeof error.code !== 'number' ? reject(error) : resolve({ status: error ? (error.code as number) : 0, stdout }),
      );
    });
    expect(r.status).toBe(0);
    // (The seed questions' rows, all found, in an index that holds the dev half beside the seeds: when the dev half reached 1,639
    // notices, 綦江's green-factory award fell out of a concept question's 80 candidates, and the pool was widened to 200.)
    expect(JSON.parse(r.stdout)[0].rowShare).toBe(1);
    expect(readdirSync(cwd)).toEqual([]);
    rmSync(cwd, { recursive: true, force: true });
    // (It builds an index of corpus/ and asks every question: about 35 s alone, 40–55 s beside the other forks on two cores. The limit
    // only catches a hang; speed is the bench's to check.)
  }, 180_000);
});
