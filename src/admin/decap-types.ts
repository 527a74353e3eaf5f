/** The parts of Decap CMS's browser API (`window.CMS`, `window.h`) the editor's scripts use. */

/** The few Immutable.js methods the handlers use on Decap's entries. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
  filter(keep: (value: unknown, key: string) => boolean): ImmutableMap;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

export interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
  getAsset(path: string): { toString(): string } | undefined;
}

export interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(collection: string, template: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
}

export type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface EditorConfig {
  collections: { name: string; fields: { name: string; required?: unknown; options?: unknown }[] }[];
  [option: string]: unknown;
}
