import type { SyllableDictionary } from "./spelling.js";

let cached: Promise<SyllableDictionary> | null = null;

/**
 * Loads the hunspell Vietnamese dictionary (dictionary-vi through nspell) once, on first use. The only module of
 * src/check that reads files; the checks themselves receive the dictionary as a value.
 */
export function loadVietnameseDictionary(): Promise<SyllableDictionary> {
  cached ??= (async () => {
    const [{ default: nspell }, { default: dictionary }] = await Promise.all([
      import("nspell"),
      import("dictionary-vi"),
    ]);
    const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
    return { has: (syllable: string) => spell.correct(syllable) };
  })();
  return cached;
}
