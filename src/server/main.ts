/** The language server: the shared services, started on the connection VS Code opens (stdio or IPC). */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { ConfigReloader } from '../config/config-reloader.js';
import { createStsServices } from '../services/sts-services.js';
import { reportIndexingProgress } from './indexing-progress.js';
import { registerDiagramService } from './diagram-service.js';
import { registerAssistantTools } from '../mcp/language-server-tools.js';
import { registerImpactService } from '../impact/impact-service.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Sts } = createStsServices({ connection, ...NodeFileSystem });
registerDiagramService(connection, Sts);
registerAssistantTools(connection, Sts);
registerImpactService(connection);
new ConfigReloader(shared, Sts, connection);
reportIndexingProgress(connection, shared);
startLanguageServer(shared);
