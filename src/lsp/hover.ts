/**
 * Hover: what the model says about an element, gathered from the system's
 * index (all files of the system), so a reference shows the same as its
 * declaration. An actor shows what they own and perform, what they are trained
 * on and their findings; a tool who uses it, who is trained, its owner and
 * data; a task its owner, tools and processes. A skill shows who has it and
 * which tasks need it; a data kind where it is handled. Keywords show what
 * they mean.
 */
import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { GrammarAST } from 'langium';
import type { Actor, Feedback, Metric, Process, Task, Tool } from '../language/generated/ast.js';
import { isActor, isFeedback, isMetric, isProcess, isTask, isTool } from '../language/generated/ast.js';
import type { StsLspServices } from './lsp-module.js';
import type { SystemIndex } from '../model/system-index.js';
import { formatHours, hoursPerWeek } from '../model/effort.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { KEYWORD_DOCS } from './keyword-docs.js';
import { messageOf } from '../validation/diagnostic-findings.js';

const MAX_FINDINGS = 5;
const SEVERITY_WORDS = ['', 'error', 'warning', 'info', 'hint'];

export class StsHoverProvider extends AstNodeHoverProvider {
    constructor(private readonly sts: StsLspServices) {
        super(sts);
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const document = AstUtils.getDocument(node);
        const index = this.sts.model.SystemIndexProvider.forDocument(document);
        const lines = isActor(node) ? actorLines(index, node)
            : isTool(node) ? toolLines(index, node)
            : isTask(node) ? taskLines(index, node)
            : isProcess(node) ? processLines(index, node)
            : isFeedback(node) ? feedbackLines(node)
            : isMetric(node) ? metricLines(node)
            : undefined;
        if (!lines) return undefined;
        const named = node as AstNode & { name: string; title?: string; description?: string };
        const heading = `**${node.$type.toLowerCase()} ${named.name}**${named.title ? ` — ${named.title}` : ''}`;
        const findings = this.findingsAbout(document, named);
        return [
            heading,
            ...(named.description ? ['', named.description] : []),
            '',
            ...lines.filter(line => line !== undefined).map(line => `- ${line}`),
            ...(findings.length > 0 ? ['', '**Findings**', '', ...findings.map(line => `- ${line}`)] : [])
        ].join('\n');
    }

    /** Skills and data kinds are plain names, not elements: their hover says who has or handles them. */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const found = await super.getHoverContent(document, params);
        if (found) return found;
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position)) : undefined;
        const property = leaf ? GrammarUtils.findAssignment(leaf)?.feature : undefined;
        if (!leaf || !property) return undefined;
        const index = this.sts.model.SystemIndexProvider.forDocument(document);
        const name = leaf.text;
        if (property === 'skills' || property === 'needs') {
            const holders = index.actors.filter(actor => actor.skills.includes(name));
            const needing = index.tasks.filter(task => task.needs.includes(name));
            return markdown([`**skill ${name}**`, '', `- had by: ${names(holders)}`, `- needed by: ${names(needing)}`]);
        }
        if (property === 'handles' || property === 'data') {
            const tools = index.tools.filter(tool => tool.handles.includes(name));
            const tasks = index.tasks.filter(task => task.handles.includes(name));
            const handoffs = index.handoffs.filter(handoff => handoff.data.includes(name)).map(handoff => `${handoff.from.name} -> ${handoff.to.name}`);
            return markdown([`**data ${name}**`, '', `- tools: ${names(tools)}`, `- tasks: ${names(tasks)}`, `- handoffs: ${handoffs.length > 0 ? handoffs.join(', ') : 'none'}`]);
        }
        return undefined;
    }

    protected override getKeywordHoverContent(keyword: GrammarAST.Keyword): MaybePromise<Hover | undefined> {
        const text = KEYWORD_DOCS[keyword.value];
        return text ? { contents: { kind: 'markdown', value: text } } : undefined;
    }

    /** Findings of the system that name the element in their facts, or sit on its name. */
    private findingsAbout(document: LangiumDocument, node: AstNode & { name: string }): string[] {
        const key = node.$type.toLowerCase();
        const nameRange = GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range;
        const found: string[] = [];
        for (const member of this.sts.shared.workspace.SystemPartitions.documentsOf(systemKeyOf(document))) {
            for (const diagnostic of member.diagnostics ?? []) {
                const data = (diagnostic.data ?? {}) as Record<string, unknown>;
                const onName = member === document && nameRange !== undefined
                    && diagnostic.range.start.line === nameRange.start.line && diagnostic.range.start.character === nameRange.start.character;
                if (data[key] === node.name || onName) found.push(describe(diagnostic));
            }
        }
        const unique = [...new Set(found)];
        return unique.length > MAX_FINDINGS ? [...unique.slice(0, MAX_FINDINGS), `… and ${unique.length - MAX_FINDINGS} more`] : unique;
    }
}

function markdown(lines: string[]): Hover {
    return { contents: { kind: 'markdown', value: lines.join('\n') } };
}

function describe(diagnostic: Diagnostic): string {
    return `${SEVERITY_WORDS[diagnostic.severity ?? 1] ?? 'error'} \`${String(diagnostic.code ?? '')}\`: ${messageOf(diagnostic)}`;
}

function names(elements: Iterable<{ name: string } | undefined>): string {
    const list = [...elements].filter(element => element !== undefined).map(element => element.name);
    return list.length > 0 ? list.join(', ') : 'none';
}

function actorLines(index: SystemIndex, actor: Actor): (string | undefined)[] {
    const ownsTools = index.tools.filter(tool => tool.owner?.ref === actor);
    const ownsProcesses = index.processes.filter(process => process.owner?.ref === actor);
    const ownsMetrics = index.metrics.filter(metric => metric.owner?.ref === actor);
    const performs = index.performedTasks(actor);
    return [
        planLine(actor),
        `kind: ${actor.kind ?? 'person'}${actor.count !== undefined ? `, ${actor.count} people` : ''}`,
        `owns tasks: ${names(index.ownedTasks(actor))}`,
        ownsTools.length > 0 ? `owns tools: ${names(ownsTools)}` : undefined,
        ownsProcesses.length > 0 ? `owns processes: ${names(ownsProcesses)}` : undefined,
        ownsMetrics.length > 0 ? `owns metrics: ${names(ownsMetrics)}` : undefined,
        performs.length > 0 ? `performs: ${names(performs)}` : undefined,
        `trained on: ${names(index.trainedTools(actor))}`,
        actor.skills.length > 0 ? `skills: ${actor.skills.join(', ')}` : undefined,
        actor.members.length > 0 ? `members: ${names(actor.members.map(member => member.ref))}` : undefined,
        index.teams(actor).length > 0 ? `member of: ${names(index.teams(actor))}` : undefined
    ];
}

function toolLines(index: SystemIndex, tool: Tool): (string | undefined)[] {
    const users = new Set<Actor>();
    for (const task of index.tasksUsingTool(tool)) {
        if (task.owner?.ref) users.add(task.owner.ref);
        for (const performer of task.performers) if (performer.ref) users.add(performer.ref);
    }
    for (const handoff of index.handoffs) {
        const sender = handoff.via === tool ? index.sender(handoff) : undefined;
        if (sender) users.add(sender);
    }
    const trained = index.actors.filter(actor => index.trainedTools(actor).has(tool));
    return [
        planLine(tool),
        `kind: ${tool.kind ?? 'unspecified'}`,
        `owner: ${tool.owner?.ref?.name ?? 'none'}`,
        tool.vendor ? `vendor: ${tool.vendor}` : undefined,
        `used by: ${names(users)} (tasks: ${names(index.tasksUsingTool(tool))})`,
        `trained: ${names(trained)}`,
        tool.handles.length > 0 ? `handles: ${tool.handles.join(', ')}` : undefined,
        tool.feeds.length > 0 ? `feeds: ${names(tool.feeds.map(fed => fed.ref))}` : undefined
    ];
}

function taskLines(index: SystemIndex, task: Task): (string | undefined)[] {
    return [
        `owner: ${task.owner?.ref?.name ?? task.owner?.$refText ?? 'none'}`,
        task.performers.length > 0 ? `performed by: ${names(task.performers.map(performer => performer.ref))}` : undefined,
        `tools: ${names(task.uses.map(tool => tool.ref))}`,
        task.automatedBy ? `automated by: ${task.automatedBy.ref?.name ?? task.automatedBy.$refText}` : undefined,
        task.needs.length > 0 ? `needs: ${task.needs.join(', ')}` : undefined,
        task.consulted.length > 0 ? `consulted: ${names(task.consulted.map(actor => actor.ref))}` : undefined,
        task.informed.length > 0 ? `informed: ${names(task.informed.map(actor => actor.ref))}` : undefined,
        effortLine(task),
        planLine(task),
        `processes: ${names(index.processesOf(task))}`
    ];
}

function processLines(index: SystemIndex, process: Process): (string | undefined)[] {
    const subjects = [process, ...index.tasksOf(process)];
    return [
        planLine(process),
        `owner: ${process.owner?.ref?.name ?? 'none'}`,
        process.consulted.length > 0 ? `consulted: ${names(process.consulted.map(actor => actor.ref))}` : undefined,
        process.informed.length > 0 ? `informed: ${names(process.informed.map(actor => actor.ref))}` : undefined,
        `tasks: ${names(index.tasksOf(process))}`,
        `handoffs: ${index.handoffsIn(process).length}`,
        `feedback: ${names(subjects.flatMap(subject => index.feedbackOn(subject)))}`,
        `metrics: ${names(subjects.flatMap(subject => index.metricsOn(subject)))}`
    ];
}

/** `planned (being introduced) from May`, `retiring (on its way out)`. */
function planLine(element: Actor | Tool | Task | Process): string | undefined {
    const plan = element.plan;
    if (!plan) return undefined;
    const what = plan.state === 'planned' ? 'planned: being introduced, not there yet' : 'retiring: still there, on its way out';
    return `${what}${plan.when ? ` (${plan.when})` : ''}`;
}

function effortLine(task: Task): string | undefined {
    const hours = hoursPerWeek(task);
    const effort = task.effort ? `${task.effort.amount} ${task.effort.unit} ${task.effort.per ? `per ${task.effort.per}` : 'each time'}` : undefined;
    if (!effort) return undefined;
    return `effort: ${effort}${hours !== undefined ? ` (about ${formatHours(hours)} hours a week)` : ''}`;
}

function feedbackLines(feedback: Feedback): string[] {
    return [
        `from ${feedback.source?.ref?.name ?? '?'} to ${feedback.target?.ref?.name ?? '?'}${feedback.via?.ref ? ` via ${feedback.via.ref.name}` : ''}`,
        `about: ${names(feedback.about.map(subject => subject.ref))}`
    ];
}

function metricLines(metric: Metric): string[] {
    return [
        `measures: ${names(metric.measures.map(subject => subject.ref))}`,
        `target: ${metric.target ?? 'none'}`,
        `owner: ${metric.owner?.ref?.name ?? 'none'}`,
        `review: ${metric.review ? (metric.review.period ?? `every ${metric.review.count ?? ''} ${metric.review.unit ?? ''}`.replace(/\s+/g, ' ')) : 'none'}`
    ];
}
