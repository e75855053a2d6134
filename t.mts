import { ingestFile } from './src/ingest/ingest.ts';
for (const f of process.argv.slice(2)) {
  const docs = await ingestFile(f);
  for (const d of docs) console.log(f.slice(7,10), d.index, JSON.stringify({t:d.title, i:d.issuer, n:d.docNumber, d:d.date, r:d.region, s:d.status, k:d.kind, len:d.text.length, sec:d.sections.length, tab:d.tables.length}));
}
