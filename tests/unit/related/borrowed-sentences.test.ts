import { describe, expect, it } from 'vitest';
import { computeRelated } from '#src/related/engine.ts';
import type { RelatedArticle } from '#src/related/types.ts';
import { DEFAULT_RELATED_SETTINGS as DEFAULTS } from '#src/related/settings.ts';
import { article } from './fixtures.ts';

// A small labelled newsroom where a trade story spends most of its body on the weather, as
// real stories quote, compare and digress. Its own subject is in its headline and in the other
// trade stories, published years apart; the weather stories are published the same week.
const TRADE = 'trade';
const WEATHER = 'weather';
const HEALTH = 'health';

function story(
  slug: string,
  day: number,
  topic: string,
  title: string,
  summary: string,
  body: string[],
): RelatedArticle & { topic: string } {
  return {
    ...article(slug, day, {
      text: [title, summary, body.join(' ')].join('\n'),
      headline: [title, summary].join('\n'),
    }),
    topic,
  };
}

const newsroom = [
  story('port-tariffs', 1000, TRADE, 'Port tariffs squeeze cargo exporters', 'Customs duties on shipping containers rise again.', [
    'Exporters say the tariffs add costs to every cargo container.',
    'Monsoon rainfall flooded the coastal highway this week.',
    'Forecasters expect heavier monsoon storms and more flooding along the coast.',
    'Shipping lines say customs checks at the port now take days.',
    'The flooding forecast worries farmers after record monsoon rainfall.',
  ]),
  story('customs-queues', 10, TRADE, 'Customs queues at the port', 'Cargo waits as exporters protest new tariffs.', [
    'Shipping agents say containers wait a week for customs clearance.',
    'Exporters want duties cut before the harvest season.',
  ]),
  story('tariff-talks', 300, TRADE, 'Tariff talks stall', 'Exporters and customs officials disagree over duties on cargo.', [
    'The port authority says shipping volumes fell as tariffs rose.',
    'Container lines warn of higher freight costs.',
  ]),
  story('export-slump', 1800, TRADE, 'Exporters count the cost of tariffs', 'Shipping and cargo volumes at the port slump.', [
    'Customs data show containers leaving the port fell by a fifth.',
    'Duties on textiles hit exporters hardest.',
  ]),
  story('monsoon-storms', 995, WEATHER, 'Monsoon storms bring flooding', 'Rainfall breaks records along the coast.', [
    'Forecasters warn of more monsoon storms and flooding this week.',
    'Coastal towns report record rainfall.',
  ]),
  story('flood-warning', 1002, WEATHER, 'Flood warning for coastal towns', 'The monsoon forecast predicts heavier rainfall.', [
    'Storms flooded the coastal highway and farmers fear for crops.',
    'Rainfall records fell across the region.',
  ]),
  story('rain-records', 1005, WEATHER, 'Record rainfall as monsoon peaks', 'Storms and flooding close the coastal highway.', [
    'The forecast warns farmers of more flooding.',
    'Monsoon rainfall is twice the seasonal average.',
  ]),
  story('clinic-opens', 500, HEALTH, 'New clinic opens', 'Doctors welcome patients at the district hospital annex.', [
    'The clinic offers vaccines and checkups.',
  ]),
  story('vaccine-drive', 700, HEALTH, 'Vaccine drive reaches villages', 'Doctors and nurses visit patients at home.', [
    'The hospital says the vaccine drive will continue.',
  ]),
  story('nurses-strike', 1500, HEALTH, 'Nurses strike for pay', 'Hospital wards stretched as patients wait.', [
    'Doctors back the nurses and the clinic stays open.',
  ]),
];
const topicOf = new Map(newsroom.map((item) => [item.slug, item.topic]));

describe('computeRelated on stories that borrow sentences from another topic', () => {
  // The engine before the neighbours signal and the headline weight listed the same-week
  // weather stories first here (rain-records, monsoon-storms, then customs-queues).
  it("lists the stories of the headline's own topic, however far apart in time, before same-week stories on the borrowed topic", () => {
    const list = computeRelated(newsroom, { ...DEFAULTS, count: 3 }).get('port-tariffs') ?? [];
    expect(list.map((result) => topicOf.get(result.slug))).toEqual([TRADE, TRADE, TRADE]);
    expect(list.every((result) => result.reason === 'scored')).toBe(true);
  });

  it('keeps the lists of the other trade and health stories on their own topic', () => {
    const related = computeRelated(newsroom, { ...DEFAULTS, count: 2 });
    for (const item of newsroom.filter((story) => story.topic !== WEATHER)) {
      const topics = (related.get(item.slug) ?? []).map((result) => topicOf.get(result.slug));
      expect([item.slug, topics]).toEqual([item.slug, [item.topic, item.topic]]);
    }
  });
});
