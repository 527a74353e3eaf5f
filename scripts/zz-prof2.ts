import { generateLabelledCorpus } from '../tests/support/related-corpus.ts';
import { computeRelated } from '../src/lib/related/engine.ts';
const n = Number(process.argv[2] ?? 10000);
const { articles } = generateLabelledCorpus({ articles: n, clusters: n / 100, seed: 7, untaggedShare: 0.2 });
const t = performance.now();
computeRelated(articles);
console.log('all', performance.now() - t);
