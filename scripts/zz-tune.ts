import { generateLabelledCorpus } from '../tests/support/related-corpus.ts';
import { computeRelated } from '../src/lib/related/engine.ts';
import { DEFAULT_RELATED_SETTINGS, type RelatedSettings } from '../src/lib/related/settings.ts';
const seeds = [7, 8];
const variants: [string, Partial<RelatedSettings> & { w?: Partial<RelatedSettings['weights']> }][] = JSON.parse(process.argv[2] ?? '[["default",{}]]');
for (const [name, v] of variants) {
  const settings: RelatedSettings = { ...DEFAULT_RELATED_SETTINGS, ...v, weights: { ...DEFAULT_RELATED_SETTINGS.weights, ...(v.w ?? {}) } };
  const out: string[] = [];
  for (const seed of seeds) {
    const { articles, clusterOf } = generateLabelledCorpus({ articles: 5000, clusters: 50, seed, untaggedShare: 0.2 });
    const rel = computeRelated(articles, settings);
    let h = 0, r = 0, hu = 0, ru = 0;
    for (const a of articles) for (const x of rel.get(a.slug)!) { const hit = clusterOf.get(x.slug) === clusterOf.get(a.slug); r++; h += +hit; if (!a.tags.length) { ru++; hu += +hit; } }
    out.push(`seed ${seed}: all ${(h / r).toFixed(3)} untagged ${(hu / ru).toFixed(3)}`);
  }
  console.log(name.padEnd(24), out.join(' | '));
}
