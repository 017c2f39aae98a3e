/**
 * `npm run bench:diagram`: how long each diagram stage takes on synthetic
 * businesses of 100 to 2,000 tasks, next to a bare ELK layered layout of the
 * same elements as one flat graph, measured in the same run; and how long the
 * picture takes to follow a one-line edit in a 50-task process, and whether
 * the unchanged parts keep their places. Prints a table and writes
 * .bench/diagram.json. Options: `--sizes 100,500` and `--no-flat`.
 *
 * Times are CPU milliseconds of this process (user + system): the machines are
 * shared, and wall-clock time mostly measured the neighbours. Wall-clock
 * figures are in the JSON too.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { createStsServices } from '../../src/services/sts-services.js';
import type { Model } from '../../src/language/generated/ast.js';
import { buildDiagramModel, createBundledElk, findingsOfDocuments, layoutDiagram, LayoutCache, renderSvg } from '../../src/diagram/index.js';
import type { DiagramModel, LaidOutDiagram, ViewKind, ViewRequest } from '../../src/diagram/index.js';
import { generateModel } from './generate-model.js';
import { viewsOfExamples } from './examples-quality.js';
import { quality, type Quality } from './quality.js';

const argv = process.argv.slice(2);
const sizesArgument = argv[argv.indexOf('--sizes') + 1];
const sizes = argv.includes('--sizes') && sizesArgument ? sizesArgument.split(',').map(Number) : [100, 500, 1000, 2000];
const withFlat = !argv.includes('--no-flat');
const VIEWS: ViewKind[] = ['system', 'process', 'training'];

interface Timer { wall: number; cpu: NodeJS.CpuUsage }
interface Took { wallMs: number; cpuMs: number }
const startTimer = (): Timer => ({ wall: performance.now(), cpu: process.cpuUsage() });
function stopTimer(timer: Timer): Took {
    const cpu = process.cpuUsage(timer.cpu);
    return { wallMs: performance.now() - timer.wall, cpuMs: (cpu.user + cpu.system) / 1000 };
}

interface ViewFigures { quality: Quality; view: ViewKind; nodes: number; edges: number; modelMs: number; layoutMs: number; renderMs: number; totalMs: number; totalWallMs: number; flatNodes: number; flatEdges: number; flatElkMs: number | null; flatElkWallMs: number | null; ratio: number | null }
interface EditFigures { edit: string; view: string; reparseMs: number; diagramMs: number; diagramWallMs: number; movedUnchanged: number; movedInEditedProcess: number; comparedNodes: number; shiftedFrames: number }

/** Layout quality of every view of every example, and of a generated business of 40 elements, at a 700 px panel. */
async function printQuality(): Promise<Array<{ example: string; view: string; quality: Quality }>> {
    const rows: Array<{ example: string; view: string; quality: Quality }> = [];
    for (const view of await viewsOfExamples('examples')) {
        rows.push({ example: view.example, view: view.request.view + (view.request.process ? ` ${view.request.process}` : ''), quality: quality(view.diagram) });
    }
    const small = generateModel(26); // 26 tasks, 4 actors, 3 tools, 3 processes, feedback and metrics: about 40 elements
    const services = createStsServices(EmptyFileSystem);
    const document = await load(services, URI.parse('memory:///forty.sts'), small.text);
    const model = modelOf(services, document);
    for (const view of VIEWS) rows.push({ example: `generated, ${model.nodes.length} elements`, view, quality: quality(await layoutDiagram(model, { view }, { elk: createBundledElk })) });
    console.log('\nlayout quality at a 700 px panel (overlaps must be 0; text must stay >= 11 px)');
    console.log(`${'example'.padEnd(30)} ${'view'.padEnd(26)} ${qualityHeader()}`);
    for (const row of rows) console.log(`${row.example.padEnd(30)} ${row.view.padEnd(26)} ${qualityRow(row.quality)}`);
    const bad = rows.filter(row => overlapsOf(row.quality) > 0 || row.quality.smallestText < 11);
    console.log(bad.length === 0 ? 'every view: 0 overlaps, text >= 11 px' : `NOT MET in ${bad.length} views: ${bad.map(row => `${row.example} ${row.view}`).join('; ')}`);
    return rows;
}

function overlapsOf(q: Quality): number {
    return q.nodeNode + q.labelNode + q.labelLabel + q.badgeEdge + q.badgeOther + q.edgeThroughNode;
}

function qualityHeader(): string {
    return 'crossings  node-node label-node label-label badge-line badge-other line-thru-node  fit@700  text px  edge length';
}

function qualityRow(q: Quality): string {
    const n = (value: number, width: number) => String(value).padStart(width);
    return `${n(q.crossings, 9)} ${n(q.nodeNode, 10)} ${n(q.labelNode, 10)} ${n(q.labelLabel, 11)} ${n(q.badgeEdge, 10)} ${n(q.badgeOther, 11)} ${n(q.edgeThroughNode, 14)} ${q.fitScale.toFixed(2).padStart(8)} ${q.smallestText.toFixed(1).padStart(8)} ${n(q.edgeLength, 12)}`;
}

async function main(): Promise<void> {
    const qualityRows = argv.includes('--no-quality') ? [] : await printQuality();
    const elk = createBundledElk();
    await elk.layout({ id: 'warm-up', layoutOptions: { 'elk.algorithm': 'layered' }, children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }], edges: [{ id: 'e', sources: ['a'], targets: ['b'] }] });
    const results: Array<{ tasks: number; processes: number; parseAndValidateMs: number; views: ViewFigures[]; edits: EditFigures[] }> = [];
    for (const tasks of sizes) {
        const generated = generateModel(tasks);
        const services = createStsServices(EmptyFileSystem);
        const uri = URI.parse('memory:///bench.sts');
        let timer = startTimer();
        let document = await load(services, uri, generated.text);
        const parseAndValidateMs = stopTimer(timer).cpuMs;
        const views: ViewFigures[] = [];
        for (const view of VIEWS) {
            timer = startTimer();
            const model = modelOf(services, document);
            const modelTook = stopTimer(timer);
            timer = startTimer();
            const diagram = await layoutDiagram(model, { view }, { elk, cache: new LayoutCache() });
            const layoutTook = stopTimer(timer);
            timer = startTimer();
            const svg = renderSvg(diagram);
            const renderTook = stopTimer(timer);
            if (svg.length === 0) throw new Error('empty SVG');
            const flat = flatGraph(model, view);
            let flatTook: Took | null = null;
            if (withFlat) {
                timer = startTimer();
                await elk.layout(flat);
                flatTook = stopTimer(timer);
            }
            const totalMs = modelTook.cpuMs + layoutTook.cpuMs + renderTook.cpuMs;
            views.push({
                quality: quality(diagram),
                view, nodes: diagram.nodes.length, edges: diagram.edges.length,
                modelMs: modelTook.cpuMs, layoutMs: layoutTook.cpuMs, renderMs: renderTook.cpuMs, totalMs,
                totalWallMs: modelTook.wallMs + layoutTook.wallMs + renderTook.wallMs,
                flatNodes: flat.children?.length ?? 0, flatEdges: flat.edges?.length ?? 0,
                flatElkMs: flatTook?.cpuMs ?? null, flatElkWallMs: flatTook?.wallMs ?? null, ratio: flatTook ? totalMs / flatTook.cpuMs : null
            });
        }
        const edits: EditFigures[] = [];
        for (const [name, replacement] of [['retitle a handoff item', generated.retitled], ['re-route a handoff', generated.restructured]] as const) {
            for (const request of [{ view: 'process', process: generated.bigProcess }, { view: 'process' }, { view: 'system' }] as ViewRequest[]) {
                document = await load(services, uri, generated.text);
                const cache = new LayoutCache();
                const before = await layoutDiagram(modelOf(services, document), request, { elk, cache });
                renderSvg(before);
                timer = startTimer();
                document = await load(services, uri, generated.text.replace(generated.editLine, replacement));
                const reparseMs = stopTimer(timer).cpuMs;
                timer = startTimer();
                const after = await layoutDiagram(modelOf(services, document), request, { elk, cache, previous: before });
                renderSvg(after);
                const took = stopTimer(timer);
                const moved = movement(before, after, `process:${generated.bigProcess}/`);
                edits.push({ edit: name, view: request.process ? `process ${request.process}` : request.view === 'process' ? 'all processes' : request.view, reparseMs, diagramMs: took.cpuMs, diagramWallMs: took.wallMs, ...moved });
            }
        }
        results.push({ tasks, processes: generated.processes, parseAndValidateMs, views, edits });
        print(results[results.length - 1]!);
    }
    mkdirSync('.bench', { recursive: true });
    writeFileSync('.bench/diagram.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, quality: qualityRows, results }, null, 2));
    console.log('\nwritten .bench/diagram.json');
}

async function load(services: ReturnType<typeof createStsServices>, uri: URI, text: string): Promise<LangiumDocument<Model>> {
    const documents = services.shared.workspace.LangiumDocuments;
    if (documents.hasDocument(uri)) documents.deleteDocument(uri);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, uri);
    documents.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    return document;
}

function modelOf(services: ReturnType<typeof createStsServices>, document: LangiumDocument): DiagramModel {
    return buildDiagramModel(services.Sts.model.SystemIndexProvider.forDocument(document), findingsOfDocuments([document]));
}

/** The elements and relations of a view as one flat graph, every node the size the diagram uses. */
function flatGraph(model: DiagramModel, view: ViewKind): ElkNode {
    const kinds = { system: ['actor', 'task', 'tool'], process: ['process', 'task', 'metric'], training: ['actor', 'tool'] }[view];
    const edgeKinds = { system: ['owns', 'uses', 'automates'], process: ['handoff', 'measures'], training: ['trained', 'untrained'] }[view];
    const nodes = model.nodes.filter(node => kinds.includes(node.kind));
    const ids = new Set(nodes.map(node => node.id));
    const edges = model.edges.filter(edge => edgeKinds.includes(edge.kind) && ids.has(edge.from) && ids.has(edge.to));
    return {
        id: 'flat',
        layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': view === 'process' ? 'RIGHT' : 'DOWN' },
        children: nodes.map(node => ({ id: node.id, width: 188, height: 64 })),
        edges: edges.map((edge, position) => ({ id: `e${position}`, sources: [edge.from], targets: [edge.to] }))
    };
}

/**
 * Nodes outside the edited process that moved (for the process view: moved
 * within their own process's frame), nodes of the edited process that moved,
 * and other processes' frames shifted as a whole (pushed down by a taller
 * edited process).
 */
function movement(before: LaidOutDiagram, after: LaidOutDiagram, editedPrefix: string) {
    const old = new Map(before.nodes.map(node => [node.key, node]));
    const frameOf = (diagram: LaidOutDiagram, key: string) => diagram.frames.find(frame => frame.key === `frame:${key.slice(0, key.indexOf('/'))}`);
    let movedUnchanged = 0;
    let movedInEditedProcess = 0;
    let comparedNodes = 0;
    for (const node of after.nodes) {
        const was = old.get(node.key);
        if (!was) continue;
        comparedNodes++;
        const frameBefore = node.key.includes('/') ? frameOf(before, node.key) : undefined;
        const frameAfter = node.key.includes('/') ? frameOf(after, node.key) : undefined;
        const dx = node.x - was.x - ((frameAfter?.x ?? 0) - (frameBefore?.x ?? 0));
        const dy = node.y - was.y - ((frameAfter?.y ?? 0) - (frameBefore?.y ?? 0));
        if (Math.hypot(dx, dy) < 2) continue;
        if (node.key.startsWith(editedPrefix)) movedInEditedProcess++; else movedUnchanged++;
    }
    const oldFrames = new Map(before.frames.map(frame => [frame.key, frame]));
    const shiftedFrames = after.frames.filter(frame => {
        const was = oldFrames.get(frame.key);
        return was && !editedPrefix.startsWith(frame.key.slice('frame:'.length)) && Math.hypot(frame.x - was.x, frame.y - was.y) >= 2;
    }).length;
    return { movedUnchanged, movedInEditedProcess, comparedNodes, shiftedFrames };
}

function print(result: { tasks: number; processes: number; parseAndValidateMs: number; views: ViewFigures[]; edits: EditFigures[] }): void {
    const ms = (value: number | null) => (value === null ? '—' : value.toFixed(0).padStart(7));
    console.log(`\n${result.tasks} tasks, ${result.processes} processes (parse + validate ${result.parseAndValidateMs.toFixed(0)} ms); CPU ms`);
    console.log('view       nodes  edges   model  layout  render   total | flat ELK (nodes/edges)     ms  total/flat');
    for (const view of result.views) {
        console.log(`${view.view.padEnd(9)} ${String(view.nodes).padStart(6)} ${String(view.edges).padStart(6)} ${ms(view.modelMs)} ${ms(view.layoutMs)} ${ms(view.renderMs)} ${ms(view.totalMs)} | ${`${view.flatNodes}/${view.flatEdges}`.padStart(24)} ${ms(view.flatElkMs)}  ${view.ratio === null ? '—' : view.ratio.toFixed(3)}`);
    }
    console.log(`layout quality at a 700 px panel: ${qualityHeader()}`);
    for (const view of result.views) console.log(`${view.view.padEnd(9)} ${' '.repeat(44)}${qualityRow(view.quality)}`);
    console.log('edit in the 50-task process       view            re-parse  model+layout+SVG  moved: other / in edited process, of compared; other frames shifted');
    for (const edit of result.edits) {
        console.log(`${edit.edit.padEnd(33)} ${edit.view.padEnd(15)} ${ms(edit.reparseMs)}   ${ms(edit.diagramMs)}           ${edit.movedUnchanged} / ${edit.movedInEditedProcess} of ${edit.comparedNodes}; ${edit.shiftedFrames}`);
    }
}

main().catch(error => {
    console.error(error);
    process.exitCode = 1;
});
