// The editor benchmark's measures, the targets of issue 14 they are held to,
// and the table `npm run bench:editor` prints (Markdown, so that it can go
// into docs/performance.md as it is).

/** Absolute targets hold on the contract example; every measure at 1,000 tasks is held to 3× the contract example's. */
export const SCALE_FACTOR = 3;
export const TARGETS = [
    { key: 'activation', label: 'extension activation (open → activated)' },
    { key: 'openToSquiggle', label: 'open a file → first squiggle' },
    { key: 'squiggleAfterActivation', label: 'first squiggle after activation', limitMs: 1000 },
    { key: 'keyToSquiggle', label: 'keystroke → updated squiggle', limitMs: 300 },
    { key: 'keyToSquiggleWithPreview', label: 'keystroke → updated squiggle, diagram open', limitMs: 300 },
    { key: 'openPreview', label: 'open preview → first diagram' },
    { key: 'keyToDiagram', label: 'keystroke → updated diagram', limitMs: 500 }
];

/** Each measure against its targets: `{ label, contract, large, ratio, target, met }` (ms; undefined when not measured). */
export function judge(results) {
    return TARGETS.map(({ key, label, limitMs }) => {
        const contract = results.contract?.[key]?.median;
        const large = results.tasks1000?.[key]?.median;
        const ratio = contract !== undefined && large !== undefined ? large / contract : undefined;
        const checks = [];
        if (limitMs !== undefined && contract !== undefined) checks.push(contract <= limitMs);
        if (ratio !== undefined) checks.push(ratio <= SCALE_FACTOR);
        const target = [limitMs !== undefined ? `≤ ${limitMs.toLocaleString('en')} ms` : '', `1k tasks ≤ ${SCALE_FACTOR}×`].filter(Boolean).join('; ');
        return { key, label, contract, large, ratio, target, met: checks.length === 0 ? undefined : checks.every(Boolean) };
    });
}

export function table(rows) {
    const cell = value => (value === undefined || Number.isNaN(value) ? '—' : Math.round(value).toLocaleString('en'));
    return [
        '| measure (median, ms) | contract example | 1,000 tasks | 1k ÷ contract | target | met |',
        '| --- | ---: | ---: | ---: | --- | --- |',
        ...rows.map(row => `| ${row.label} | ${cell(row.contract)} | ${cell(row.large)} | ${row.ratio === undefined ? '—' : row.ratio.toFixed(2)} | ${row.target} | ${row.met === undefined ? '—' : row.met ? 'yes' : '**no**'} |`)
    ].join('\n');
}

export function median(values) {
    const sorted = values.filter(value => Number.isFinite(value)).sort((a, b) => a - b);
    if (sorted.length === 0) return NaN;
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
