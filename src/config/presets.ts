/**
 * The presets a configuration can extend.
 * - `sts:recommended`: every finding at its default severity (what you get with no configuration).
 * - `sts:all`: every finding switched on, and at least noticeable: each rule that is off or a mere
 *   hint by default declares `presets: { 'sts:all': 'warning' }` (a test holds them to it); info,
 *   warning and error stay as they are (raising info to warning would bury the real warnings under
 *   counts and unused elements).
 */
import { PRESETS, type Preset, type SeveritySetting } from '../rules/rule.js';
import { catalogue, type Catalogue } from './catalogue.js';

export { PRESETS, type Preset };

export function isPreset(name: string): name is Preset {
    return (PRESETS as readonly string[]).includes(name);
}

/** The severity of every finding id under the preset. */
export function presetSeverities(preset: Preset, entries: Catalogue = catalogue()): Map<string, SeveritySetting> {
    const severities = new Map<string, SeveritySetting>();
    for (const entry of entries.values()) severities.set(entry.id, entry.presets?.[preset] ?? entry.defaultSeverity);
    return severities;
}
