/** Related News: a scored, explainable engine over plain article data (no framework, no I/O). */
export { computeRelated } from './engine.ts';
export { formatRelatedExplanation } from './explain.ts';
export {
  assertRelatedSettings,
  DEFAULT_RELATED_SETTINGS,
  type RelatedSettings,
  type RelatedWeights,
} from './settings.ts';
export { markdownToPlainText, relatedArticleOf, toRelatedArticle, type RelatedSource } from './input.ts';
export { tokenize } from './tokenize.ts';
export {
  DEFAULT_RELATED_TOPICS_OPTIONS,
  relatedTopics,
  type RelatedTopic,
  type RelatedTopicsOptions,
} from './topics.ts';
export type { RelatedArticle, RelatedReason, RelatedResult, RelatedSignals } from './types.ts';
