/**
 * The model as a source of answers for the editor's assistant:
 * - every tool of `sts mcp` as a language-model tool (`vscode.lm.registerTool`,
 *   VS Code 1.100), answered by the language server from the editor's own files;
 * - the `sts mcp` server itself, per workspace folder, through an MCP server
 *   definition provider (`vscode.lm.registerMcpServerDefinitionProvider`, final
 *   in VS Code 1.101; skipped where it is missing, so 1.100 still activates).
 * The tools' names and schemas come from package.json (`languageModelTools`),
 * which a test keeps equal to the server's catalogue.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ASSISTANT_TOOL_REQUEST, type AssistantToolParams, type AssistantToolResult } from '../protocol/assistant-tool-protocol.js';

/** Language-model tool names are the MCP tool names with this prefix (`sts_findings`). */
export const TOOL_PREFIX = 'sts_';
export const MCP_PROVIDER_ID = 'sts.mcp';

/** What was registered, for the extension-host tests (the extension's exports). */
export interface AssistantRegistration {
    readonly languageModelTools: readonly string[];
    readonly mcpServerDefinitionProvider: boolean;
}

export function registerAssistantTools(context: vscode.ExtensionContext, client: LanguageClient): AssistantRegistration {
    return {
        languageModelTools: registerLanguageModelTools(context, client),
        mcpServerDefinitionProvider: registerMcpServerDefinitions(context)
    };
}

function registerLanguageModelTools(context: vscode.ExtensionContext, client: LanguageClient): string[] {
    const api = vscode.lm as Partial<typeof vscode.lm>;
    if (typeof api.registerTool !== 'function') return [];
    const declared = ((context.extension.packageJSON as { contributes?: { languageModelTools?: Array<{ name: string }> } }).contributes?.languageModelTools ?? []);
    const registered: string[] = [];
    for (const { name } of declared) {
        const toolName = name.slice(TOOL_PREFIX.length);
        try {
            context.subscriptions.push(api.registerTool<Record<string, unknown>>(name, {
                prepareInvocation(options) {
                    if (toolName === 'apply_quick_fix' && options.input?.['write'] === true) {
                        return {
                            invocationMessage: 'Applying an sts quick fix',
                            confirmationMessages: { title: 'Apply the quick fix?', message: new vscode.MarkdownString(`Change \`${String(options.input['file'])}\` at line ${String(options.input['line'])} with the editor's quick fix (undo with Ctrl+Z).`) }
                        };
                    }
                    return { invocationMessage: `Asking the sts model (${toolName})` };
                },
                async invoke(options, token) {
                    const params: AssistantToolParams = { name: toolName, arguments: options.input };
                    const result = await client.sendRequest<AssistantToolResult>(ASSISTANT_TOOL_REQUEST, params, token);
                    // An error goes back to the model as the tool's answer, so it can correct its arguments.
                    if (!result.ok) throw new Error(result.error);
                    return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(result.text)]);
                }
            }));
            registered.push(name);
        } catch (error) {
            client.warn(`sts: the language-model tool ${name} was not registered: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return registered;
}

/** The parts of the MCP API (VS Code 1.101+) used here, looked up at run time. */
interface McpApi {
    registerMcpServerDefinitionProvider(id: string, provider: {
        readonly onDidChangeMcpServerDefinitions?: vscode.Event<void>;
        provideMcpServerDefinitions(token: vscode.CancellationToken): unknown[];
    }): vscode.Disposable;
}
type StdioDefinition = new (label: string, command: string, args?: string[], env?: Record<string, string | number | null>, version?: string) => unknown;

function registerMcpServerDefinitions(context: vscode.ExtensionContext): boolean {
    const api = vscode.lm as unknown as Partial<McpApi>;
    const Definition = (vscode as unknown as { McpStdioServerDefinition?: StdioDefinition }).McpStdioServerDefinition;
    if (typeof api.registerMcpServerDefinitionProvider !== 'function' || typeof Definition !== 'function') return false;
    const changed = new vscode.EventEmitter<void>();
    const server = context.asAbsolutePath('dist/mcp.cjs');
    const version = String((context.extension.packageJSON as { version?: string }).version ?? '0');
    let registration: vscode.Disposable;
    // VS Code 1.100 has a registration function of this name that wants another contribution point and throws:
    // an assistant extra must never stop the extension from starting.
    try {
        registration = api.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, {
            onDidChangeMcpServerDefinitions: changed.event,
            // Restricted Mode: no server is started for the folder until it is trusted (package.json `capabilities`).
            provideMcpServerDefinitions: () => (vscode.workspace.isTrusted ? vscode.workspace.workspaceFolders ?? [] : [])
                .filter(folder => folder.uri.scheme === 'file')
                // The editor's own Node.js runs the server (ELECTRON_RUN_AS_NODE makes VS Code's binary act as node).
                .map(folder => new Definition(`sts: ${folder.name}`, process.execPath, [server, folder.uri.fsPath], { ELECTRON_RUN_AS_NODE: '1' }, version))
        });
    } catch (error) {
        changed.dispose();
        console.warn(`sts: the MCP server definitions were not registered: ${error instanceof Error ? error.message : String(error)}`);
        return false;
    }
    context.subscriptions.push(registration, changed, vscode.workspace.onDidChangeWorkspaceFolders(() => changed.fire()), vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire()));
    return true;
}
