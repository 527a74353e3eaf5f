import { describe, expect, it } from 'vitest';
import { uncheckedBodyPictures } from '#src/content/check-body-pictures.ts';

describe('uncheckedBodyPictures', () => {
  it.each([
    ['a picture', '![Chart](./chart.png "Caption")', './chart.png'],
    ['a percent-encoded file name', '![Map](./port%20map.png)', './port map.png'],
    ['a file name in angle brackets', '![Map](<./port map.png>)', './port map.png'],
  ])('finds nothing missing for %s the check read', (_label, markdown, src) => {
    expect(uncheckedBodyPictures('content/articles/a.md', markdown, [{ src }])).toEqual([]);
  });

  it('names a rendered picture the check did not read, for the loader to stop on', () => {
    const markdown = '![Chart][chart]\n\n[chart]: ./chart.png';
    expect(uncheckedBodyPictures('content/articles/a.md', markdown, [{ src: './chart.png' }])).toEqual([
      {
        file: 'content/articles/a.md',
        field: 'body',
        message: 'image "./chart.png" is written in a form the check cannot read: write it as ![what it shows](./chart.png "Caption")',
      },
    ]);
  });
});
