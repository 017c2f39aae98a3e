/**
 * Colours as CSS variables. The SVG only ever says `var(--sts-…)`; a theme
 * block sets those: fixed palettes for files (`light`, `dark`), or VS Code's
 * own `--vscode-*` colours inside the editor so the picture follows the
 * user's colour theme.
 */
export type ThemeName = 'light' | 'dark' | 'vscode';

const LIGHT = {
    bg: '#ffffff', fg: '#1f2328', muted: '#57606a', line: '#6e7781', band: '#f6f8fa', 'band-alt': '#eef1f4', border: '#d0d7de',
    actor: '#2f6fd6', 'actor-fill': '#e9f1fe', tool: '#7c4dca', 'tool-fill': '#f3edfc', task: '#2a8748', 'task-fill': '#eaf6ed',
    process: '#bf6410', 'process-fill': '#fff2e3', metric: '#9a7b00', 'metric-fill': '#fff8d9', feedback: '#c0334f', 'feedback-fill': '#fdebef',
    handoff: '#24292f', trained: '#2a8748', error: '#d1242f', warning: '#bf8700', info: '#0969da', hint: '#6e7781', 'badge-text': '#ffffff',
    added: '#1a7f37', removed: '#cf222e', changed: '#9a6700'
};

const DARK = {
    bg: '#1e1e1e', fg: '#e6edf3', muted: '#a8b1bb', line: '#8b949e', band: '#252526', 'band-alt': '#2b2b2d', border: '#3d444d',
    actor: '#6ea8fe', 'actor-fill': '#1b2a44', tool: '#b390f5', 'tool-fill': '#2b2143', task: '#56c97a', 'task-fill': '#19311f',
    process: '#f0a050', 'process-fill': '#3a2714', metric: '#e3c341', 'metric-fill': '#352f12', feedback: '#f47b93', 'feedback-fill': '#3b1c24',
    handoff: '#e6edf3', trained: '#56c97a', error: '#f85149', warning: '#e3b341', info: '#58a6ff', hint: '#8b949e', 'badge-text': '#111111',
    added: '#3fb950', removed: '#f85149', changed: '#d29922'
};

const mix = (colour: string, percent: number) => `color-mix(in srgb, ${colour} ${percent}%, var(--vscode-editor-background, #1e1e1e))`;
const VSCODE = {
    bg: 'var(--vscode-editor-background, #1e1e1e)', fg: 'var(--vscode-editor-foreground, #d4d4d4)',
    muted: 'var(--vscode-descriptionForeground, #9d9d9d)', line: 'var(--vscode-editorLineNumber-foreground, #858585)',
    band: mix('var(--vscode-editor-foreground, #d4d4d4)', 4), 'band-alt': mix('var(--vscode-editor-foreground, #d4d4d4)', 7),
    border: 'var(--vscode-editorWidget-border, #454545)',
    actor: 'var(--vscode-charts-blue, #3794ff)', 'actor-fill': mix('var(--vscode-charts-blue, #3794ff)', 16),
    tool: 'var(--vscode-charts-purple, #b180d7)', 'tool-fill': mix('var(--vscode-charts-purple, #b180d7)', 16),
    task: 'var(--vscode-charts-green, #89d185)', 'task-fill': mix('var(--vscode-charts-green, #89d185)', 16),
    process: 'var(--vscode-charts-orange, #d18616)', 'process-fill': mix('var(--vscode-charts-orange, #d18616)', 16),
    metric: 'var(--vscode-charts-yellow, #cca700)', 'metric-fill': mix('var(--vscode-charts-yellow, #cca700)', 16),
    feedback: 'var(--vscode-charts-red, #f14c4c)', 'feedback-fill': mix('var(--vscode-charts-red, #f14c4c)', 16),
    handoff: 'var(--vscode-editor-foreground, #d4d4d4)', trained: 'var(--vscode-charts-green, #89d185)',
    error: 'var(--vscode-editorError-foreground, #f14c4c)', warning: 'var(--vscode-editorWarning-foreground, #cca700)',
    info: 'var(--vscode-editorInfo-foreground, #3794ff)', hint: 'var(--vscode-editorHint-foreground, #b0b0b0)',
    'badge-text': 'var(--vscode-editor-background, #1e1e1e)',
    added: 'var(--vscode-gitDecoration-addedResourceForeground, #81b88b)', removed: 'var(--vscode-gitDecoration-deletedResourceForeground, #c74e39)',
    changed: 'var(--vscode-gitDecoration-modifiedResourceForeground, #e2c08d)'
};

const THEMES: Record<ThemeName, Record<string, string>> = { light: LIGHT, dark: DARK, vscode: VSCODE };

export const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, 'Segoe UI', system-ui, sans-serif";

export function themeVariables(theme: ThemeName): string {
    return Object.entries(THEMES[theme]).map(([name, value]) => `--sts-${name}: ${value};`).join(' ');
}

/**
 * The style sheet for a theme. In the editor (`vscode`) the colours stay
 * `var(--sts-…)`, set from VS Code's own colours; for files (`light`,
 * `dark`) every colour and the font are written out, so the SVG looks the
 * same in any viewer, including renderers without CSS variables.
 */
export function stylesFor(theme: ThemeName, fontFamily: string = FONT_FAMILY): string {
    const css = STYLES.replaceAll(FONT_FAMILY, fontFamily);
    if (theme === 'vscode') return css;
    const palette = THEMES[theme];
    return css.split('\n').filter(line => !line.includes('sts-theme-vscode')).join('\n').replace(/var\(--sts-([a-z-]+)\)/g, (whole, name: string) => palette[name] ?? whole);
}

/** Styles by class; colours only through the variables above. */
export const STYLES = `
.sts-diagram { background: var(--sts-bg); }
.sts-diagram text { fill: var(--sts-fg); font-family: ${FONT_FAMILY}; }
.sts-theme-vscode text { font-family: var(--vscode-font-family, ${FONT_FAMILY}); }
.sts-background { fill: var(--sts-bg); }
.sts-lane rect { fill: var(--sts-band); stroke: var(--sts-border); stroke-width: 1; }
.sts-lane.sts-alt rect { fill: var(--sts-band-alt); }
.sts-lane .sts-lane-label { font-size: 13px; font-weight: 700; fill: var(--sts-fg); }
.sts-lane .sts-lane-detail { font-size: 12px; fill: var(--sts-muted); }
.sts-frame > rect { fill: none; stroke: var(--sts-border); stroke-width: 1.5; }
.sts-frame .sts-frame-label { font-size: 15px; font-weight: 700; }
.sts-frame.sts-unowned > rect { stroke-dasharray: 6 4; stroke: var(--sts-error); }
.sts-frame.sts-unowned .sts-frame-label { font-size: 12px; fill: var(--sts-error); font-weight: 700; }
.sts-node .sts-shape { stroke-width: 1.6; }
.sts-node .sts-name { font-size: 13px; font-weight: 700; }
.sts-node .sts-sub { font-size: 12px; fill: var(--sts-muted); }
.sts-node .sts-performers { font-size: 12px; fill: var(--sts-actor); font-style: italic; }
.sts-node .sts-glyph { fill: none; stroke-width: 1.4; }
.sts-actor .sts-shape { fill: var(--sts-actor-fill); stroke: var(--sts-actor); } .sts-actor .sts-glyph { stroke: var(--sts-actor); }
.sts-tool .sts-shape { fill: var(--sts-tool-fill); stroke: var(--sts-tool); } .sts-tool .sts-glyph { stroke: var(--sts-tool); }
.sts-task .sts-shape { fill: var(--sts-task-fill); stroke: var(--sts-task); } .sts-task .sts-glyph { stroke: var(--sts-task); }
.sts-process .sts-shape { fill: var(--sts-process-fill); stroke: var(--sts-process); } .sts-process .sts-glyph { stroke: var(--sts-process); }
.sts-metric .sts-shape { fill: var(--sts-metric-fill); stroke: var(--sts-metric); } .sts-metric .sts-glyph { stroke: var(--sts-metric); }
.sts-feedback .sts-shape { fill: var(--sts-feedback-fill); stroke: var(--sts-feedback); } .sts-feedback .sts-glyph { stroke: var(--sts-feedback); }
.sts-node.sts-has-error .sts-shape { stroke: var(--sts-error); stroke-width: 2.4; }
.sts-node.sts-has-warning .sts-shape { stroke: var(--sts-warning); stroke-width: 2.4; }
path.sts-line { fill: none; stroke-width: 1.3; stroke-linejoin: round; }
.sts-owns path.sts-line { stroke: var(--sts-actor); stroke-opacity: 0.75; }
.sts-member path.sts-line { stroke: var(--sts-actor); stroke-width: 1.4; stroke-dasharray: 3 2; }
.sts-performs path.sts-line { stroke: var(--sts-actor); stroke-dasharray: 4 3; }
.sts-uses path.sts-line, .sts-feeds path.sts-line { stroke: var(--sts-tool); stroke-opacity: 0.8; }
.sts-uses.sts-implicit path.sts-line { stroke-dasharray: 5 3; }
.sts-automates path.sts-line { stroke: var(--sts-tool); stroke-dasharray: 1.5 3; stroke-width: 1.8; }
.sts-handoff path.sts-line { stroke: var(--sts-handoff); stroke-width: 1.7; }
.sts-feedback path.sts-line { stroke: var(--sts-feedback); stroke-width: 1.8; stroke-dasharray: 7 4; }
.sts-measures path.sts-line { stroke: var(--sts-metric); stroke-width: 1.6; stroke-dasharray: 2 3; }
.sts-trained path.sts-line { stroke: var(--sts-trained); stroke-width: 1.6; }
.sts-untrained path.sts-line { stroke: var(--sts-warning); stroke-width: 2; stroke-dasharray: 6 4; }
.sts-has-error path.sts-line { stroke: var(--sts-error); }
.sts-has-warning path.sts-line { stroke: var(--sts-warning); }
.sts-edge .sts-label-box { fill: var(--sts-bg); fill-opacity: 0.94; stroke: var(--sts-border); stroke-width: 0.8; }
.sts-edge .sts-label { font-size: 12px; }
.sts-feedback .sts-label { fill: var(--sts-feedback); font-weight: 700; }
.sts-edge .sts-label-via { fill: var(--sts-muted); font-style: italic; }
.sts-arrow-owns, .sts-arrow-member, .sts-arrow-performs { fill: var(--sts-actor); } .sts-arrow-uses, .sts-arrow-feeds, .sts-arrow-automates { fill: var(--sts-tool); }
.sts-arrow-handoff { fill: var(--sts-handoff); } .sts-arrow-feedback { fill: var(--sts-feedback); } .sts-arrow-measures { fill: var(--sts-metric); }
.sts-arrow-added { fill: var(--sts-added); } .sts-arrow-removed { fill: var(--sts-removed); } .sts-arrow-changed { fill: var(--sts-changed); }
.sts-arrow-trained { fill: var(--sts-trained); } .sts-arrow-untrained, .sts-arrow-warning { fill: var(--sts-warning); } .sts-arrow-error { fill: var(--sts-error); }
.sts-badge circle, .sts-legend-badge circle { stroke: var(--sts-bg); stroke-width: 1.5; }
[data-severity="error"] circle { fill: var(--sts-error); }
[data-severity="warning"] circle { fill: var(--sts-warning); }
[data-severity="info"] circle { fill: var(--sts-info); }
[data-severity="hint"] circle { fill: var(--sts-hint); }
.sts-badge text, .sts-legend-badge text { fill: var(--sts-badge-text); font-size: 12px; font-weight: 700; }
.sts-legend > rect { fill: var(--sts-bg); stroke: var(--sts-border); }
.sts-legend text { font-size: 12px; }
.sts-legend .sts-legend-title { font-size: 13px; font-weight: 700; }
/* a change's colour wins over the kind's: after the kinds */
.sts-change-added .sts-shape, .sts-change-added path.sts-line, .sts-legend-change.sts-change-added rect { stroke: var(--sts-added); stroke-width: 3; }
.sts-change-removed .sts-shape, .sts-change-removed path.sts-line, .sts-legend-change.sts-change-removed rect { stroke: var(--sts-removed); stroke-width: 3; stroke-dasharray: 4 3; }
.sts-change-changed .sts-shape, .sts-change-changed path.sts-line, .sts-legend-change.sts-change-changed rect { stroke: var(--sts-changed); stroke-width: 3; }
.sts-legend-change rect { fill: none; }
.sts-node.sts-change-removed, .sts-edge.sts-change-removed { opacity: 0.45; }
.sts-change-mark circle { stroke: var(--sts-bg); stroke-width: 1.5; }
[data-change="added"] circle { fill: var(--sts-added); } [data-change="removed"] circle { fill: var(--sts-removed); } [data-change="changed"] circle { fill: var(--sts-changed); }
.sts-change-mark text { fill: var(--sts-badge-text); font-size: 13px; font-weight: 700; }
.sts-message { font-size: 14px; fill: var(--sts-muted); }
.sts-node.sts-highlight .sts-shape { stroke-width: 3.5; }
`;
