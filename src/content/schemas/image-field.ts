import { z } from 'astro/zod';

/** A schema's output with `Key` resolved by `Image` instead of kept as the path the writer typed. */
export type WithResolvedImage<Base extends z.ZodType, Key extends string, Image extends z.ZodType> = Omit<
  z.output<Base>,
  Key
> & { [K in Key]?: z.output<Image> };

/**
 * Frontmatter that the content check has already parsed with its schema: the loaders hand Astro
 * the checked data, so the collection schema only resolves images instead of checking again.
 */
export function checkedFrontmatter<T extends Record<string, unknown>>() {
  return z.custom<T>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'must be checked frontmatter');
}

/**
 * Resolves the optional image field `key` of `base`'s output with `imageField` (Astro's `image()`,
 * which turns the path into image metadata). Astro calls a collection's schema function once per
 * entry, to bind `image()` to the entry's file; building the whole object schema there made zod
 * build and compile a new schema for every entry, a measurable share of the content sync on a
 * large archive (docs/performance.md). Here `base` is built once, and only the image goes through the per-entry field.
 */
export function withImageField<
  Base extends z.ZodType<Record<string, unknown>>,
  Key extends string,
  Image extends z.ZodType,
>(base: Base, key: Key, imageField: Image) {
  return base.transform(async (data, context): Promise<WithResolvedImage<Base, Key, Image>> => {
    const path = data[key];
    if (path === undefined) return data as WithResolvedImage<Base, Key, Image>;
    const resolved = await imageField.safeParseAsync(path);
    if (!resolved.success) {
      for (const issue of resolved.error.issues) context.addIssue({ ...issue, path: [key, ...issue.path] } as never);
      return z.NEVER;
    }
    return { ...data, [key]: resolved.data } as WithResolvedImage<Base, Key, Image>;
  });
}

/** An item of a list field whose `src` is resolved by `Image`. */
type WithResolvedSrc<Item, Image extends z.ZodType> = Omit<Item, 'src'> & { src: z.output<Image> };

/** A schema's output with each `src` of the list `Key` resolved by `Image`. */
export type WithResolvedImageList<Output, Key extends keyof Output, Image extends z.ZodType> = Omit<Output, Key> & {
  [K in Key]?: WithResolvedSrc<NonNullable<Output[K]> extends readonly (infer Item)[] ? Item : never, Image>[];
};

/**
 * Resolves the `src` of each item of the optional list field `key` with `imageField`, as
 * `withImageField` does for one image: the body pictures the articles loader records, so that
 * Astro resolves them into image metadata exactly as it does the lead image.
 */
export function withImageListField<
  Output extends Record<string, unknown>,
  Key extends keyof Output & string,
  Image extends z.ZodType,
>(base: z.ZodType<Output>, key: Key, imageField: Image) {
  return base.transform(async (data, context): Promise<WithResolvedImageList<Output, Key, Image>> => {
    const list = data[key];
    if (!Array.isArray(list) || list.length === 0) return data as WithResolvedImageList<Output, Key, Image>;
    const items: unknown[] = [];
    for (const [index, item] of (list as { src: unknown }[]).entries()) {
      const resolved = await imageField.safeParseAsync(item.src);
      if (!resolved.success) {
        for (const issue of resolved.error.issues) context.addIssue({ ...issue, path: [key, index, 'src', ...issue.path] } as never);
        return z.NEVER;
      }
      items.push({ ...item, src: resolved.data });
    }
    return { ...data, [key]: items } as WithResolvedImageList<Output, Key, Image>;
  });
}
