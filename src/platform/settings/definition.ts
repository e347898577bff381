/**
 * A LOCAL rule of the rulebook (../shared/domain/RULES.md) made a setting: every
 * registration authority may override it from an effective date; the national default
 * applies where no region on the path to the root has a value in force.
 *
 * Modules declare their settings with {@link defineSetting} in `domain/settings.ts`;
 * the jurisdiction-settings service (platform) resolves them by region and date.
 */
export interface SettingDefinition<T> {
  /** Stable key, `<module>.<name>`, e.g. `organisation.minimumFunds`. */
  readonly key: string;
  /** The rule IDs this setting parameterises, e.g. `['R-ORG-4']`. */
  readonly rules: readonly string[];
  /** What it means, Chinese first then English, for the clerk who edits it. */
  readonly description: string;
  /** The value in force when no jurisdiction overrides it. */
  readonly nationalDefault: T;
  /**
   * Earlier national defaults with the date they stopped applying (exclusive), for rules
   * that changed nationally (e.g. the rating rules on 2026-03-01). Sorted oldest first.
   */
  readonly history?: readonly { readonly until: string; readonly value: T }[];
  /** Checks a value an authority submits; throws a message (中文 / English) when it is wrong. */
  readonly validate: (value: unknown) => T;
}

const registry = new Map<string, SettingDefinition<unknown>>();

/** Declares a setting and registers it so the settings API can list and validate it. */
export function defineSetting<T>(def: SettingDefinition<T>): SettingDefinition<T> {
  if (registry.has(def.key)) throw new Error(`setting ${def.key} declared twice`);
  registry.set(def.key, def as SettingDefinition<unknown>);
  return def;
}

/** Every declared setting (for the settings API and its validation). */
export function allSettings(): SettingDefinition<unknown>[] {
  return [...registry.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The declared setting with that key, if any. */
export function findSetting(key: string): SettingDefinition<unknown> | undefined {
  return registry.get(key);
}

/**
 * The national default in force on `date` (YYYY-MM-DD): the history entry whose `until`
 * is after the date, else the current default.
 */
export function nationalDefaultOn<T>(def: SettingDefinition<T>, date: string): T {
  for (const h of def.history ?? []) if (date < h.until) return h.value;
  return def.nationalDefault;
}
