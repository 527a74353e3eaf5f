import { describe, expect, it } from 'vitest';
import { countWords, makeBody } from '../../../scripts/bench/prose.ts';
import { createRandom } from '../../../scripts/bench/random.ts';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['One two three.', 3],
    ['## What Comes Next', 3],
    ['- A plan for farmers\n- Another item', 6],
    ['> "We will act," said Amina Rauf.', 6],
    ['**Read More:** [Port Expands Capacity](/news/port-expands-capacity/)', 5],
    ['Inflation rose by 12.4 percent.', 5],
    ['Économie — کراچی', 2],
  ])('counts %j as %i words', (markdown, words) => {
    expect(countWords(markdown)).toBe(words);
  });
});

describe('makeBody', () => {
  it.each([400, 600, 850])('writes at least %i words and at most 50 more', (words) => {
    for (let seed = 0; seed < 50; seed++) {
      const body = makeBody(createRandom(seed), {
        topics: ['Inflation', 'United Nations'],
        city: 'Karachi',
        links: [{ slug: 'a-story', title: 'A Story' }],
        words,
      });
      expect(countWords(body)).toBeGreaterThanOrEqual(words);
      expect(countWords(body)).toBeLessThanOrEqual(words + 50);
    }
  });

  it('places a link it is given', () => {
    const body = makeBody(createRandom(1), {
      topics: ['Wheat'],
      city: 'Lahore',
      links: [{ slug: 'x', title: 'X Story' }],
      words: 400,
    });
    expect(body).toContain('[X Story](/news/x/)');
  });
});
