// Node entry point of the language server: `node dist/server.js --stdio` (or --node-ipc,
// as vscode-languageclient starts it). Everything else lives in startServer.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeRuntime } from './nodeRuntime';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), nodeRuntime);
