/**
 * `findings`: what the checks found — for the whole workspace, a file or folder,
 * or one element — with the same findings, wording and places as `sts check`.
 * Filters: rule, severity (this or worse), person (findings about them or about
 * work they own or perform).
 */
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import { catalogue } from '../../config/catalogue.js';
import type { Actor, Element, Model } from '../../language/generated/ast.js';
import { isActor, isElement } from '../../language/generated/ast.js';
import { collectFindings, type ReportedFinding } from '../../report/findings.js';
import { PARSE_ERROR, ruleOf, SEVERITIES } from '../../validation/diagnostic-findings.js';
import type { Severity } from '../../rules/rule.js';
import { closestName } from '../../language/closest-name.js';
import { objectSchema } from '../arguments.js';
import { findElements, isUnder, selectSystems, type ModelAccess, type SystemView } from '../model-access.js';
import { ToolError, type ToolDefinition } from '../tool.js';

export const findingsTool: ToolDefinition = {
    name: 'findings',
    title: 'Findings of the checks',
    description: 'What the checks found in the model (the same findings as `sts check` and the editor): a task nobody owns, someone using a tool they were not trained on, a process nothing flows back from, and the rest. '
        + 'Narrow it to a file or folder, an element, a rule, a minimum severity, or a person (findings about them and about the work they own or perform). Each finding names its file:line, rule and rule page.',
    inputSchema: objectSchema({
        path: { type: 'string', description: 'A .sts file or a folder, relative to the workspace folder (or absolute).' },
        element: { type: 'string', description: 'The name of an element (actor, tool, task, process, feedback, metric): findings on it or that name it.' },
        rule: { type: 'string', description: 'Only findings of this rule id, e.g. untrained-user.' },
        severity: { type: 'string', enum: SEVERITIES, description: 'Only findings of this severity or worse (error > warning > info > hint).' },
        person: { type: 'string', description: 'The name of an actor: findings about them, and about tasks and processes they own or perform.' },
        system: { type: 'string', description: 'The name of the system, when the workspace holds several.' }
    }),
    readOnly: true,
    run(args, model) {
        const systems = selectSystems(model, args['system'] as string | undefined);
        const documents = systems.flatMap(system => system.documents);
        const checked = collectFindings(model.services, documents, model.root);
        let findings = checked.findings;
        const filters: string[] = [];
        const pathArg = args['path'] as string | undefined;
        if (pathArg !== undefined) {
            const wanted = path.resolve(model.root, pathArg);
            const inside = documents.filter(document => isUnder(document.uri.fsPath, wanted)).map(document => document.uri.toString());
            if (inside.length === 0) throw new ToolError(`No .sts file of the workspace is at or under '${pathArg}'. Files: ${checked.files.slice(0, 20).join(', ')}${checked.files.length > 20 ? ', …' : ''}.`);
            const uris = new Set(inside);
            findings = findings.filter(finding => uris.has(finding.uri));
            filters.push(`in ${pathArg}`);
        }
        const rule = args['rule'] as string | undefined;
        if (rule !== undefined) {
            if (!catalogue().has(rule) && rule !== PARSE_ERROR) {
                const suggestion = closestName(rule, catalogue().keys());
                throw new ToolError(`No rule named '${rule}'${suggestion ? `; did you mean '${suggestion}'?` : '.'} Ask explain_rule without a rule for the list.`);
            }
            findings = findings.filter(finding => finding.rule === rule);
            filters.push(`rule ${rule}`);
        }
        const severity = args['severity'] as Severity | undefined;
        if (severity !== undefined) {
            const worst = SEVERITIES.indexOf(severity);
            findings = findings.filter(finding => SEVERITIES.indexOf(finding.severity) <= worst);
            filters.push(`${severity} or worse`);
        }
        for (const key of ['element', 'person'] as const) {
            const name = args[key] as string | undefined;
            if (name === undefined) continue;
            const found = key === 'person' ? findElements(systems, name, isActor, 'actor') : findElements(systems, name, isElement, 'element');
            const concerns = concerning(found.map(item => item.element), key === 'person' ? found.map(item => item.system) : [], documents);
            findings = findings.filter(finding => concerns(finding));
            filters.push(`${key === 'person' ? 'about the work of' : 'about'} ${name}`);
        }
        return answer(findings, checked.findings.length, filters, model);
    }
};

function answer(findings: readonly ReportedFinding[], total: number, filters: readonly string[], model: ModelAccess) {
    const counts = Object.fromEntries(SEVERITIES.map(severity => [severity, findings.filter(finding => finding.severity === severity).length]));
    const head = findings.length === 0
        ? `No findings${filters.length > 0 ? ` ${filters.join(', ')}` : ''} (${total} in all).`
        : `${findings.length} finding${findings.length === 1 ? '' : 's'}${filters.length > 0 ? ` ${filters.join(', ')}` : ''} (${SEVERITIES.filter(severity => counts[severity]! > 0).map(severity => `${counts[severity]} ${severity}`).join(', ')}; ${total} in all):`;
    const lines = findings.map(finding => {
        const related = finding.related.length > 0 ? `\n    see ${finding.related.map(place => `${place.file}:${place.line} (${place.message})`).join('; ')}` : '';
        return `- ${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule}: ${finding.message}${related}`;
    });
    const notes = model.notes?.() ?? [];
    return {
        text: [head, ...lines, ...notes.map(note => `Note: ${note}`)].join('\n'),
        data: {
            summary: { errors: counts['error'], warnings: counts['warning'], infos: counts['info'], hints: counts['hint'], total },
            findings: findings.map(({ uri: _uri, related, data: _data, ...finding }) => ({ ...finding, related: related.map(({ uri: _relatedUri, ...place }) => place) })),
            ...(notes.length > 0 ? { notes } : {})
        }
    };
}

/**
 * A test of whether a finding concerns the elements: it sits inside one's declaration, points at one
 * (a related place), or names one in its facts. For a person, also the tasks and processes they own or perform.
 */
function concerning(elements: readonly Element[], systems: readonly SystemView[], documents: readonly LangiumDocument<Model>[]): (finding: ReportedFinding) => boolean {
    const nodes: AstNode[] = [...elements];
    const names = new Set(elements.map(element => element.name));
    elements.forEach((element, position) => {
        const index = systems[position]?.index;
        if (!index || !isActor(element)) return;
        const actor = element as Actor;
        for (const task of [...index.ownedTasks(actor), ...index.performedTasks(actor)]) { nodes.push(task); names.add(task.name); }
        for (const process of index.processes) if (process.owner?.ref === actor) { nodes.push(process); names.add(process.name); }
    });
    const ranges = nodes.flatMap(node => {
        const range = node.$cstNode?.range;
        return range ? [{ uri: AstUtils.getDocument(node).uri.toString(), start: range.start.line + 1, end: range.end.line + 1 }] : [];
    });
    const within = (uri: string, line: number) => ranges.some(range => range.uri === uri && line >= range.start && line <= range.end);
    const facts = factsByFinding(documents);
    return finding => within(finding.uri, finding.line)
        || finding.related.some(place => within(place.uri, place.line))
        || (facts.get(keyOf(finding.uri, finding.line, finding.column, finding.rule)) ?? []).some(fact => names.has(fact));
}

/** The names in each diagnostic's data (the facts a rule recorded: actor, tool, task…), keyed by place and rule. */
function factsByFinding(documents: readonly LangiumDocument[]): Map<string, string[]> {
    const facts = new Map<string, string[]>();
    for (const document of documents) {
        const uri = document.uri.toString();
        for (const diagnostic of document.diagnostics ?? []) {
            const key = keyOf(uri, diagnostic.range.start.line + 1, diagnostic.range.start.character + 1, ruleOf(diagnostic));
            const list = facts.get(key) ?? [];
            facts.set(key, list);
            for (const value of Object.values((diagnostic as Diagnostic).data as Record<string, unknown> | undefined ?? {})) {
                if (typeof value === 'string') list.push(value);
                else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') list.push(item);
            }
        }
    }
    return facts;
}

function keyOf(uri: string, line: number, column: number, rule: string): string {
    return `${uri}#${line}:${column}:${rule}`;
}

