/**
 * Synthetic businesses for the diagram benchmark: `tasks` tasks owned by
 * actors in groups of eight, each using one or two tools; one process of 50
 * tasks (the one the edit scenario changes) and then processes of 5–15 tasks
 * with handoff chains, a branch, items and tools; feedback on every second
 * process and a metric on every third. Deterministic (a fixed-seed generator).
 */
export interface GeneratedModel {
    readonly text: string;
    readonly tasks: number;
    readonly processes: number;
    /** name of the 50-task process */
    readonly bigProcess: string;
    /** a line of the big process to edit, and two edits of it */
    readonly editLine: string;
    readonly retitled: string;
    readonly restructured: string;
}

export function generateModel(tasks: number, seed = 7): GeneratedModel {
    let state = seed;
    const random = (below: number) => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return (state >>> 8) % below;
    };
    const actors = Math.max(4, Math.round(tasks / 8));
    const tools = Math.max(3, Math.round(tasks / 12));
    const lines: string[] = ['system Bench "Benchmark Company"', ''];
    for (let actor = 0; actor < actors; actor++) {
        lines.push(`actor A${actor} "Person ${actor}" { trained on T${random(tools)}, T${random(tools)} }`);
    }
    for (let tool = 0; tool < tools; tool++) lines.push(`tool T${tool} "Tool ${tool}" { kind software  owner A${tool % actors} }`);
    for (let task = 0; task < tasks; task++) {
        const uses = random(3) === 0 ? `T${random(tools)}, T${random(tools)}` : `T${random(tools)}`;
        lines.push(`task K${task} "Task number ${task}" { owner A${Math.floor(task / 8) % actors}  uses ${uses} }`);
    }
    const groups: number[][] = [];
    const big = Math.min(50, tasks);
    groups.push(range(0, big));
    for (let start = big; start < tasks;) {
        const size = Math.min(5 + random(11), tasks - start);
        groups.push(range(start, start + size));
        start += size;
    }
    let editLine = '';
    groups.forEach((group, process) => {
        lines.push('', `process P${process} "Process ${process}" {`, `  owner A${random(actors)}`);
        for (let step = 0; step + 1 < group.length; step++) {
            const via = random(3) === 0 ? ` via T${random(tools)}` : '';
            const line = `  K${group[step]} -> K${group[step + 1]}${via} "item ${step}"`;
            lines.push(line);
            if (process === 0 && step === 20) editLine = line;
        }
        if (group.length > 4) lines.push(`  K${group[1]} -> K${group[group.length - 2]} "shortcut"`);
        lines.push('}');
        if (process % 2 === 0) lines.push(`feedback F${process} { from A${random(actors)} to A${random(actors)} about P${process} every week }`);
        if (process % 3 === 0) lines.push(`metric M${process} { measures P${process} target "on time" owner A${random(actors)} review weekly }`);
    });
    const text = lines.join('\n') + '\n';
    return {
        text, tasks, processes: groups.length, bigProcess: 'P0', editLine,
        retitled: editLine.replace(/"item (\d+)"/, '"item $1, now checked twice"'),
        restructured: editLine.replace(/-> K(\d+)/, (_, to) => `-> K${Number(to) + 1}`)
    };
}

function range(from: number, to: number): number[] {
    return Array.from({ length: to - from }, (_, position) => from + position);
}
