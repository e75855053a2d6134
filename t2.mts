import { evaluate } from './src/eval/run.ts';
const r = await evaluate({ gold: 'eval/gold' });
for (const [f, s] of Object.entries(r.micro.fields)) console.log(f, s.tp, s.fp, s.fn, s.f1.toFixed(3));
console.log('strict', Object.entries(r.micro.strict).map(([f,s])=>f+':'+s.f1.toFixed(3)).join(' '), 'role', r.micro.roleAccuracy, 'obj', r.micro.objectPairs);
const want = process.argv[2];
for (const e of r.errors) if (!want || e.field === want) console.log(e.doc.slice(0,3), e.field, e.type, e.value, '|', e.clause.slice(0,60));
