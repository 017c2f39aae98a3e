/**
 * Every assistant tool, in the order clients list them, and the one way to call
 * one: arguments checked against its schema, the workspace as it is now, and any
 * mistake or failure turned into an error answer instead of an exception.
 */
import { checkArguments } from './arguments.js';
import type { ModelAccess } from './model-access.js';
import { ToolError, type ToolAnswer, type ToolDefinition } from './tool.js';
import { applyQuickFixTool } from './tools/apply-quick-fix.js';
import { diagramTool } from './tools/diagram.js';
import { explainRuleTool } from './tools/explain-rule.js';
import { findingsTool } from './tools/findings.js';
import { impactTool } from './tools/impact.js';
import { raciTool, trainingMatrixTool } from './tools/matrices.js';
import { processTool } from './tools/process.js';
import { whoTool } from './tools/who.js';

export const TOOLS: readonly ToolDefinition[] = [findingsTool, explainRuleTool, whoTool, processTool, trainingMatrixTool, raciTool, impactTool, diagramTool, applyQuickFixTool];

export type ToolOutcome = ({ ok: true } & ToolAnswer) | { ok: false; error: string };

export async function callTool(name: string, given: unknown, model: ModelAccess): Promise<ToolOutcome> {
    const tool = TOOLS.find(candidate => candidate.name === name);
    if (!tool) return { ok: false, error: `No tool named '${name}'. Tools: ${TOOLS.map(candidate => candidate.name).join(', ')}.` };
    try {
        const args = checkArguments(tool.inputSchema, given);
        return { ok: true, ...(await tool.run(args, model)) };
    } catch (error) {
        if (error instanceof ToolError) return { ok: false, error: error.message };
        return { ok: false, error: `The ${name} tool failed: ${error instanceof Error ? error.message : String(error)}. Other questions still work.` };
    }
}
