/**
 * The presets a configuration can extend.
 * - `sts:recommended`: every finding at its default severity (what you get with no configuration).
 * - `sts:all`: every finding switched on, and at least noticeable: rules that are off or a mere
 *   hint by default become warnings; info, warning and error stay as they are (raising info to
 *   warning would bury the real warnings under counts and unused elements).
 */
import type { SeveritySetting } from '../rules/rule.js';
import { catalogue } from './catalogue.js';

export const PRESETS = ['sts:recommended', 'sts:all'] as const;
export type Preset = (typeof PRESETS)[number];

export function isPreset(name: string): name is Preset {
    return (PRESETS as readonly string[]).includes(name);
}

/** The severity of every finding id under the preset. */
export function presetSeverities(preset: Preset): Map<string, SeveritySetting> {
    const severities = new Map<string, SeveritySetting>();
    for (const entry of catalogue().values()) {
        const severity = entry.defaultSeverity;
        severities.set(entry.id, preset === 'sts:all' && (severity === 'off' || severity === 'hint') ? 'warning' : severity);
    }
    return severities;
}
