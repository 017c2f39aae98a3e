/**
 * Synthetic workspaces of a realistic shape for the benchmark and the scale
 * tests: one system (a company) made of departments, each with its people,
 * tools, tasks, a process with handoff chains, feedback and a metric. The
 * model is clean by construction, except for a few findings planted on
 * purpose; the generator says exactly where each one must appear.
 */

/** Elements (top-level declarations) per department; the workspace size is a multiple of it. */
export const ELEMENTS_PER_DEPARTMENT = 20;
const TASKS_PER_DEPARTMENT = 11;

/** The rules the generator plants a finding for, one detail changed in one department each. */
export const PLANTED_RULES = ['unowned-task', 'untrained-user', 'missing-feedback-loop', 'unresolved-reference', 'duplicate-name'] as const;
/** Findings that follow from a plant of another kind: a process without a feedback loop is also unmeasured. */
export const CONSEQUENT_RULES = ['unmeasured-process'] as const;
export type PlantedRule = (typeof PLANTED_RULES)[number] | (typeof CONSEQUENT_RULES)[number];

export interface WorkspaceOptions {
    /** top-level elements in the whole workspace (rounded up to whole departments) */
    readonly elements: number;
    /** files the system is spread over (departments are split into contiguous runs; never more files than departments) */
    readonly files: number;
    /** planted findings of each kind (fewer on very small workspaces); 0 for a clean model */
    readonly plantsPerKind?: number;
}

export interface PlantedFinding {
    readonly rule: PlantedRule;
    readonly file: string;
    /** 1-based line the diagnostic starts on */
    readonly line: number;
}

/** A task whose owner the benchmark edits: one line in one file. */
export interface EditTarget {
    readonly file: string;
    readonly task: string;
    /** 1-based line of `owner X` */
    readonly line: number;
    readonly owner: string;
    /** an actor of the same department not trained on the task's tool: the edit adds one finding */
    readonly otherOwner: string;
}

export interface GeneratedWorkspace {
    /** file name → text */
    readonly files: Record<string, string>;
    readonly planted: readonly PlantedFinding[];
    readonly edit: EditTarget;
    readonly elements: number;
    /** references between elements (owners, uses, training, handoffs, feeds, feedback, metrics) */
    readonly relations: number;
    /** the same model as plain data, for writing it in another tool's language */
    readonly graph: ModelGraph;
}

export type ElementKind = 'actor' | 'tool' | 'task' | 'process' | 'feedback' | 'metric';
export interface ModelGraph {
    readonly elements: { readonly name: string; readonly kind: ElementKind; readonly title: string; readonly file: string }[];
    readonly relations: { readonly from: string; readonly to: string; readonly label: string }[];
}

export function fileName(index: number, files: number): string {
    return files === 1 ? 'company.sts' : `part-${String(index + 1).padStart(String(files).length, '0')}.sts`;
}

/** Replaces the owner of the edit target in its file's text (the benchmark's one-line edit). */
export function applyOwnerEdit(text: string, edit: EditTarget, owner: string): string {
    const lines = text.split('\n');
    const index = edit.line - 1;
    const before = lines[index];
    if (before === undefined || !before.includes('owner ')) throw new Error(`line ${edit.line} of ${edit.file} is not an owner line`);
    lines[index] = before.replace(/owner \S+/, `owner ${owner}`);
    return lines.join('\n');
}

interface Plan {
    readonly rule: (typeof PLANTED_RULES)[number];
    readonly department: number;
}

export function generateWorkspace(options: WorkspaceOptions): GeneratedWorkspace {
    const departments = Math.max(2, Math.ceil(options.elements / ELEMENTS_PER_DEPARTMENT));
    const files = Math.max(1, Math.min(options.files, departments));
    const plans = plan(departments, options.plantsPerKind ?? 3);
    const planned = new Map<number, Plan['rule']>(plans.map(entry => [entry.department, entry.rule]));
    const writer = new Writer();
    const fileOf = (department: number) => Math.floor(department * files / departments);
    let edit: EditTarget | undefined;
    // The edit goes into the middle file, in a department with nothing planted.
    const editFile = Math.floor((files - 1) / 2);
    const editDepartment = firstWith(departments, department => fileOf(department) === editFile && !planned.has(department));
    for (let file = 0; file < files; file++) {
        writer.startFile(fileName(file, files));
        writer.line(`// Synthetic company for the benchmark: part ${file + 1} of ${files}`);
        writer.line('system Bench "Benchmark company"');
        for (let department = 0; department < departments; department++) {
            if (fileOf(department) !== file) continue;
            const target = writeDepartment(writer, department, departments, planned.get(department), planned.get(department + 1) === 'duplicate-name');
            if (department === editDepartment) edit = target;
        }
    }
    writer.finishFile();
    if (!edit) throw new Error('no department to edit');
    return { files: writer.files, planted: writer.planted, edit, elements: writer.graph.elements.length, relations: writer.graph.relations.length, graph: writer.graph };
}

/** Spreads the plants evenly over the departments, one kind per department, never two neighbours. */
function plan(departments: number, perKind: number): Plan[] {
    const slots = Math.floor((departments - 1) / 2);
    const count = Math.min(perKind, Math.floor(slots / PLANTED_RULES.length));
    const total = count * PLANTED_RULES.length;
    const plans: Plan[] = [];
    for (let position = 0; position < total; position++) {
        // odd departments only, from 1 on: a duplicate-name plant reuses the name of the department before it
        const department = 1 + 2 * Math.floor((position + 0.5) * slots / total);
        plans.push({ rule: PLANTED_RULES[position % PLANTED_RULES.length]!, department });
    }
    return plans;
}

function firstWith(limit: number, test: (department: number) => boolean): number {
    for (let department = 0; department < limit; department++) if (test(department)) return department;
    return -1;
}

/**
 * One department: a lead, staff and a customer; an app, a sheet and a device;
 * eleven tasks in a process of handoff chains; feedback and a metric that close its loop.
 * `plant` changes one detail so that exactly one finding of that kind appears.
 */
function writeDepartment(w: Writer, d: number, departments: number, plant: Plan['rule'] | undefined, nextDuplicatesMetric: boolean): EditTarget | undefined {
    const id = `D${d}`;
    const lead = `${id}Lead`, staff = `${id}Staff`, customer = `${id}Customer`;
    const app = `${id}App`, sheet = `${id}Sheet`, device = `${id}Device`;
    const craft = `craft${d}`;
    const process = `${id}Flow`;
    // The metric of a duplicate-name department repeats the name of the previous department's metric.
    const metric = plant === 'duplicate-name' ? `D${d - 1}Pace` : `${id}Pace`;
    const nextApp = d + 1 < departments ? `D${d + 1}App` : undefined;

    w.blank();
    w.line(`// Department ${d}`);
    w.element('actor', lead, `Lead of department ${d}`, [
        'count 2',
        `skills ${craft}`,
        `trained on ${app}, ${sheet}, ${device}`
    ]);
    w.relation(lead, app, 'trained on', lead, sheet, 'trained on', lead, device, 'trained on');
    w.element('actor', staff, `Staff of department ${d}`, [
        'kind role',
        'count 4',
        `skills ${craft}`,
        `trained on ${app}, ${device}`
    ]);
    w.relation(staff, app, 'trained on', staff, device, 'trained on');
    w.element('actor', customer, `Customers of department ${d}`, ['kind customer']);

    w.element('tool', app, `Department ${d} application`, [
        'kind software',
        `owner ${lead}`,
        'handles personal-data',
        // the department's tools are integrated with each other (no manual re-entry) and with the next department's app
        `feeds ${[sheet, device, ...(nextApp ? [nextApp] : [])].join(', ')}`
    ]);
    w.relation(app, lead, 'owner', app, sheet, 'feeds', app, device, 'feeds');
    if (nextApp) w.relation(app, nextApp, 'feeds');
    w.element('tool', sheet, `Department ${d} planning sheet`, ['kind data', `owner ${lead}`, `feeds ${app}, ${device}`]);
    w.relation(sheet, lead, 'owner', sheet, app, 'feeds', sheet, device, 'feeds');
    w.element('tool', device, `Department ${d} device`, ['kind device', `owner ${lead}`, `feeds ${app}, ${sheet}`]);
    w.relation(device, lead, 'owner', device, app, 'feeds', device, sheet, 'feeds');

    let edit: EditTarget | undefined;
    for (let t = 0; t < TASKS_PER_DEPARTMENT; t++) {
        const task = `${id}Step${t}`;
        // the lead keeps the plans; the staff work with the app and the device
        const owner = t % 3 === 0 ? lead : staff;
        const tool = owner === lead ? sheet : t % 2 === 0 ? app : device;
        const attributes: string[] = [];
        const unowned = plant === 'unowned-task' && t === 5;
        if (!unowned) attributes.push(`owner ${owner}`);
        // an untrained plant: the staff use the planning sheet they were never trained on
        const untrained = plant === 'untrained-user' && t === 4;
        const unresolved = plant === 'unresolved-reference' && t === 7;
        attributes.push(`uses ${untrained ? sheet : tool}${unresolved ? `, ${id}Tablet` : ''}`);
        attributes.push(`needs ${craft}`);
        const lines = w.element('task', task, `Step ${t} of department ${d}`, attributes);
        if (unowned) w.plant('unowned-task', lines.name);
        else w.relation(task, owner, 'owner');
        w.relation(task, untrained ? sheet : tool, 'uses');
        if (untrained) w.plant('untrained-user', lines.attributes + 1);
        if (unresolved) w.plant('unresolved-reference', lines.attributes + 1);
        if (t === 2 && owner === staff) edit = { file: w.currentFile, task, line: lines.attributes, owner, otherOwner: customer };
    }

    const flowLines = [`owner ${lead}`];
    w.relation(process, lead, 'owner');
    // Three chains through the eleven steps, the first two passing work through a tool.
    const chains = [[0, 1, 2, 3, 4], [4, 5, 6, 7, 8], [8, 9, 10]];
    chains.forEach((chain, index) => {
        const names = chain.map(t => `${id}Step${t}`);
        const via = index < 2 ? ` via ${index === 0 ? app : device} "work item ${index}"` : ' "finished work"';
        flowLines.push(names.join(' -> ') + via);
        for (let step = 1; step < names.length; step++) w.relation(names[step - 1]!, names[step]!, 'handoff');
    });
    const processLines = w.element('process', process, `Department ${d} process`, flowLines);

    // Feedback and metric: a missing-feedback-loop plant points them at the previous department's process.
    const subject = plant === 'missing-feedback-loop' ? `D${d - 1}Flow` : process;
    const subjectOwner = plant === 'missing-feedback-loop' ? `D${d - 1}Lead` : lead;
    if (plant === 'missing-feedback-loop') {
        w.plant('missing-feedback-loop', processLines.name);
        w.plant('unmeasured-process', processLines.name);
    }
    w.element('feedback', `${id}Voice`, `What customers of department ${d} say`, [
        `from ${customer} to ${subjectOwner} via ${app}`,
        `about ${subject}`,
        'every week'
    ]);
    w.relation(`${id}Voice`, customer, 'from', `${id}Voice`, subjectOwner, 'to', `${id}Voice`, subject, 'about');
    const metricLines = w.element('metric', metric, `Throughput of department ${d}`, [
        `measures ${subject}`,
        'target "under 2 days"',
        `owner ${subjectOwner}`,
        'review weekly'
    ]);
    w.relation(metric, subject, 'measures', metric, subjectOwner, 'owner');
    if (plant === 'duplicate-name') w.plant('duplicate-name', metricLines.name);
    if (nextDuplicatesMetric) w.plant('duplicate-name', metricLines.name);
    return edit;
}

/** Writes files line by line, remembering where each element and planted finding is. */
class Writer {
    readonly files: Record<string, string> = {};
    readonly planted: PlantedFinding[] = [];
    readonly graph: { elements: ModelGraph['elements'][number][]; relations: ModelGraph['relations'][number][] } = { elements: [], relations: [] };
    currentFile = '';
    private lines: string[] = [];

    startFile(name: string): void {
        this.finishFile();
        this.currentFile = name;
        this.lines = [];
        this.files[name] = '';
    }

    line(text: string): number {
        this.lines.push(text);
        return this.lines.length;
    }

    finishFile(): void {
        if (this.currentFile) this.files[this.currentFile] = this.lines.join('\n') + '\n';
    }

    blank(): void { this.line(''); }

    /** Returns the line of the name and of the first attribute. */
    element(kind: ElementKind, name: string, title: string, attributes: readonly string[]): { name: number; attributes: number } {
        this.graph.elements.push({ name, kind, title, file: this.currentFile });
        const nameLine = this.line(`${kind} ${name} "${title}" {`);
        for (const attribute of attributes) this.line(`  ${attribute}`);
        this.line('}');
        return { name: nameLine, attributes: nameLine + 1 };
    }

    /** from, to, label triples */
    relation(...parts: string[]): void {
        for (let i = 0; i + 2 < parts.length; i += 3) this.graph.relations.push({ from: parts[i]!, to: parts[i + 1]!, label: parts[i + 2]! });
    }

    plant(rule: PlantedRule, line: number): void {
        this.planted.push({ rule, file: this.currentFile, line });
    }
}
