import { getNewsroom, type Frame } from './newsroom.ts';

/** What every page's frame shows: navigation topics and the sidebar blocks, as of the hour. */
export async function getFrame(): Promise<Frame> {
  return (await getNewsroom()).frame;
}

export type { Frame };
