import { generateLabelledCorpus } from '../tests/support/related-corpus.ts';
import { STOPWORDS } from '../src/lib/related/stopwords.ts';
const { articles } = generateLabelledCorpus({ articles: 10000, clusters: 100, seed: 7, untaggedShare: 0.2 });
const texts = articles.map(a => a.text);
const time = (name: string, f: (t: string) => unknown) => { const t = performance.now(); let x = 0; for (const s of texts) { const r = f(s); x += (r as any)?.length ?? 0; } console.log(name, (performance.now() - t).toFixed(0), x); };
for (let rep = 0; rep < 2; rep++) {
time('normalize', (t) => t.normalize('NFKC'));
time('replace', (t) => t.replace(/[\u064B-\u065F\u0670\u0640\u200C\u200D]/g, ''));
time('lower', (t) => t.toLowerCase());
time('match', (t) => t.match(/[\p{L}\p{N}\p{M}]+/gu));
time('match-ascii-first', (t) => t.match(/[a-z0-9]+|[\p{L}\p{N}\p{M}]+/gu));
time('split', (t) => t.split(/[^\p{L}\p{N}\p{M}]+/u));
const m = texts.map(t => t.match(/[\p{L}\p{N}\p{M}]+/gu)!);
let t0 = performance.now(); let c = 0; for (const ws of m) for (const w of ws) if (w.length >= 2 && !STOPWORDS.has(w) && !/^\p{N}+$/u.test(w)) c++; console.log('filter', (performance.now() - t0).toFixed(0), c);
t0 = performance.now(); c = 0; for (const ws of m) for (const w of ws) if (w.length >= 2 && !STOPWORDS.has(w)) c++; console.log('filter-nodigit', (performance.now() - t0).toFixed(0), c);
}
