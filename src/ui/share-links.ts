/**
 * Share links that need no script: plain links to each network's own share page, carrying the
 * article's canonical URL and headline. Nothing is loaded from the networks until a reader
 * follows a link, so the pages' Content-Security-Policy stays as it is.
 */

export interface ShareLink {
  /** Stable name, used as a class and in tests. */
  network: 'x' | 'facebook' | 'whatsapp' | 'linkedin' | 'telegram' | 'email';
  /** Visible text of the link. */
  text: string;
  /** What the link does, for screen readers ("Share on X"). */
  label: string;
  href: string;
}

/** The share links of an article, in the order the page shows them. */
export function shareLinks(url: string, headline: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(headline);
  return [
    { network: 'x', text: 'X', label: 'Share on X', href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
    { network: 'facebook', text: 'Facebook', label: 'Share on Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'whatsapp', text: 'WhatsApp', label: 'Share on WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${headline} ${url}`)}` },
    { network: 'linkedin', text: 'LinkedIn', label: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: 'telegram', text: 'Telegram', label: 'Share on Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: 'email', text: 'E-mail', label: 'Share by e-mail', href: `mailto:?subject=${t}&body=${u}` },
  ];
}
