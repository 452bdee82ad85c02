// oras-check for VS Code: starts `oras-check server` for course plans and leaves other TOML
// files alone. A TOML file is a plan when it has a `[course]` table or matches one of the
// `oras-check.planGlobs`; the server starts with the first such file.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

function settings() {
  return vscode.workspace.getConfiguration('oras-check');
}

function isPlan(document) {
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') {
    return false;
  }
  if (!document.fileName.endsWith('.toml') && document.languageId !== 'toml') {
    return false;
  }
  if (/^\s*\[\s*course\s*\]/m.test(document.getText())) {
    return true;
  }
  return settings()
    .get('planGlobs', [])
    .some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

function start(context) {
  if (client) {
    return;
  }
  const config = settings();
  const command = config.get('path') || 'oras-check';
  const args = ['server'];
  const logFile = config.get('logFile');
  if (logFile) {
    args.push('--log-file', logFile);
  }
  const serverOptions = { run: { command, args }, debug: { command, args } };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'toml' },
      { scheme: 'file', pattern: '**/*.toml' },
    ],
    initializationOptions: {
      lang: config.get('lang') || undefined,
      planGlobs: config.get('planGlobs', []),
    },
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.toml'),
    },
  };
  client = new LanguageClient('oras-check', 'oras-check', serverOptions, clientOptions);
  context.subscriptions.push(client);
  client.start();
}

function activate(context) {
  if (vscode.workspace.textDocuments.some(isPlan)) {
    start(context);
    return;
  }
  // Not yet: the first plan opened or typed starts the server.
  const waiting = [
    vscode.workspace.onDidOpenTextDocument((d) => isPlan(d) && start(context)),
    vscode.workspace.onDidChangeTextDocument((e) => isPlan(e.document) && start(context)),
  ];
  context.subscriptions.push(...waiting);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('oras-check') && client) {
        await client.stop();
        client = undefined;
        start(context);
      }
    }),
  );
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
