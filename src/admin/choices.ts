/**
 * Binding: the authors and topics the editor's form offers, from Astro's content store. Topics
 * come from every checked article, drafts and scheduled ones included: a topic the form did not
 * offer would be dropped from an article opened in the editor.
 */
import { getCollection } from 'astro:content';
import { editorTopics, type EditorChoices } from './editor-config.ts';
import { compareText } from '../build/order.ts';

export async function editorChoices(): Promise<EditorChoices> {
  const [articles, authors] = await Promise.all([getCollection('articles'), getCollection('authors')]);
  return {
    authors: authors.map((entry) => ({ id: entry.id, name: entry.data.name })).sort((a, b) => compareText(a.name, b.name)),
    topics: editorTopics(articles.map((entry) => entry.data.tags)),
  };
}
