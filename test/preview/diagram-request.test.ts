import { readFileSync } from 'node:fs';
import { URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_MODEL_REQUEST, MODEL_CHANGED_NOTIFICATION, type DiagramModelResult, type ModelChangedParams } from '../../src/protocol/diagram-protocol.js';
import { diagramModelFor, registerDiagramService } from '../../src/server/diagram-service.js';
import { buildWorkspace, newServices } from '../helpers/workspace.js';

const rosa = readFileSync(new URL('../language/rosa-contract.sts', import.meta.url), 'utf8');
const ROSA_URI = 'file:///workspace/rosa.sts';
/** 0-based line of the Rosa file that starts with the text. */
const lineOf = (start: string) => rosa.split('\n').findIndex(line => line.startsWith(start));

/** Just enough of a language server connection to capture what the diagram service registers and sends. */
function fakeConnection() {
    const handlers = new Map<string, (params: unknown, token: unknown) => unknown>();
    const notifications: { method: string; params: unknown }[] = [];
    let notified: (() => void) | undefined;
    const connection = {
        onRequest: (method: string, handler: (params: unknown, token: unknown) => unknown) => { handlers.set(method, handler); },
        sendNotification: (method: string, params: unknown) => {
            notifications.push({ method, params });
            notified?.();
            return Promise.resolve();
        }
    };
    return {
        connection: connection as unknown as Connection,
        handlers,
        notifications,
        nextNotification: () => new Promise<void>(resolve => { notified = resolve; })
    };
}

describe('the server answers the preview’s request for a diagram model', () => {
    it('answers with the model of the document’s system, each element placed in the text and carrying its findings', async () => {
        const { services } = await buildWorkspace({ 'rosa.sts': rosa });
        const result = await diagramModelFor(services.Sts, { uri: ROSA_URI });
        expect(result.kind).toBe('model');
        if (result.kind !== 'model') return;
        const cook = result.model.nodes.find(node => node.id === 'task:Cook');
        expect(cook?.source?.uri).toBe(ROSA_URI);
        expect(cook?.source?.range.start.line).toBe(lineOf('task Cook'));
        const confirm = result.model.nodes.find(node => node.id === 'task:ConfirmOnlineOrder');
        expect(confirm?.findings.map(finding => [finding.rule, finding.severity])).toContainEqual(['unowned-task', 'error']);
        expect(result.model.nodes.filter(node => node.kind === 'process').map(node => node.name).sort()).toEqual(['Delivery', 'DineIn']);
    });

    it('answers with the syntax errors, not a model, while the text does not parse', async () => {
        const broken = rosa.replace('task Serve { owner Waiter }', 'task Serve { owner }');
        const { services } = await buildWorkspace({ 'rosa.sts': broken });
        const result = await diagramModelFor(services.Sts, { uri: ROSA_URI });
        expect(result.kind).toBe('parseErrors');
        if (result.kind !== 'parseErrors') return;
        expect(result.errors.length).toBeGreaterThan(0);
        expect(result.errors[0]?.uri).toBe(ROSA_URI);
        expect(result.errors[0]?.range.start.line).toBe(lineOf('task Serve'));
    });

    it('reports a syntax error in another file of the same system', async () => {
        const { services } = await buildWorkspace({
            'rosa.sts': rosa,
            'more.sts': 'system RosasTrattoria\ntask Clean { owner }\n'
        });
        const result = await diagramModelFor(services.Sts, { uri: ROSA_URI });
        expect(result.kind).toBe('parseErrors');
        if (result.kind === 'parseErrors') expect(result.errors.map(error => error.uri)).toEqual(['file:///workspace/more.sts']);
    });

    it('answers an unknown document or a malformed request with a failure it can show, never by throwing', async () => {
        const { services } = await buildWorkspace({ 'rosa.sts': rosa });
        for (const params of [{ uri: 'file:///workspace/nowhere.sts' }, {}, null, 'rosa.sts', { uri: 42 }]) {
            const result = await diagramModelFor(services.Sts, params);
            expect(result.kind).toBe('failure');
        }
    });
});

describe('the server tells the client when a diagram may have changed', () => {
    it('sends one notice naming the validated documents after a build, and the registered request answers with the model', async () => {
        const services = newServices();
        const fake = fakeConnection();
        registerDiagramService(fake.connection, services.Sts);
        const notified = fake.nextNotification();
        await buildWorkspace({ 'rosa.sts': rosa, 'other.sts': 'actor Someone' }, services);
        await notified;
        expect(fake.notifications).toHaveLength(1);
        expect(fake.notifications[0]?.method).toBe(MODEL_CHANGED_NOTIFICATION);
        expect([...(fake.notifications[0]?.params as ModelChangedParams).uris].sort()).toEqual(['file:///workspace/other.sts', ROSA_URI]);

        const handler = fake.handlers.get(DIAGRAM_MODEL_REQUEST);
        const result = await handler?.({ uri: ROSA_URI }, undefined) as DiagramModelResult;
        expect(result.kind).toBe('model');
    });

    it('sends a new notice after an edit is rebuilt', async () => {
        const services = newServices();
        const fake = fakeConnection();
        registerDiagramService(fake.connection, services.Sts);
        const first = fake.nextNotification();
        const { documents } = await buildWorkspace({ 'rosa.sts': rosa }, services);
        await first;
        const second = fake.nextNotification();
        const document = documents.get('rosa.sts')!;
        const edited = services.shared.workspace.LangiumDocumentFactory.fromString(rosa.replace('task Serve { owner Waiter }', 'task Serve { owner Chef }'), URI.parse(ROSA_URI));
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
        services.shared.workspace.LangiumDocuments.addDocument(edited);
        await services.shared.workspace.DocumentBuilder.build([edited], { validation: true });
        await second;
        expect((fake.notifications[1]?.params as ModelChangedParams).uris).toEqual([ROSA_URI]);
    });
});
