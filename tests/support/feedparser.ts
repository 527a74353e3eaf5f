import { execFileSync } from 'node:child_process';

/** What Debian's python3-feedparser, a real feed reader, makes of a feed file. */
export interface ParsedByFeedparser {
  bozo: number;
  bozoException: string;
  entries: {
    link: string;
    id: string;
    title: string;
    author: string | null;
    /** Every author feedparser read (RSS: one per dc:creator). */
    authors: string[];
    tags: string[];
    /** Media RSS credits of the item's pictures. */
    mediaCredits: string[];
    updated: string | null;
  }[];
}

const SCRIPT = `
import feedparser, json, sys
feed = feedparser.parse(sys.argv[1])
print(json.dumps({
  "bozo": int(feed.bozo),
  "bozoException": str(feed.get("bozo_exception", "")),
  "entries": [{"link": e.get("link"), "id": e.get("id"), "title": e.get("title"), "author": e.get("author"),
               "authors": [a.get("name") for a in e.get("authors", []) if a.get("name")],
               "tags": [t.term for t in e.get("tags", [])],
               "mediaCredits": [c.get("content") for c in e.get("media_credit", [])],
               "updated": e.get("updated")} for e in feed.entries]}))`;

/** Parses a feed file with feedparser (RSS or JSON Feed). */
export function parseWithFeedparser(file: string): ParsedByFeedparser {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', SCRIPT, file], { encoding: 'utf8' })) as ParsedByFeedparser;
}
