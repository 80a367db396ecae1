/**
 * Preloaded with `node --require` into the server and the command line under test: every
 * Node entry point that connects, looks up a name, listens or starts a process is replaced
 * by one that writes its name to the file in COPYDESK_NETWORK_LOG and throws. Loading a
 * module stays allowed (the LSP library loads `net` for transports it never uses here).
 */
'use strict';
const fs = require('node:fs');

const LOG = process.env.COPYDESK_NETWORK_LOG;
if (!LOG) throw new Error('recordNetwork.cjs needs COPYDESK_NETWORK_LOG');

function block(owner, name, label) {
  if (typeof owner[name] !== 'function') return;
  owner[name] = function blocked() {
    fs.appendFileSync(LOG, `${label}\n`);
    throw new Error(`Copydesk test: ${label} is not allowed`);
  };
}

const net = require('node:net');
for (const name of ['connect', 'createConnection', 'createServer']) block(net, name, `net.${name}`);
block(net.Socket.prototype, 'connect', 'net.Socket#connect');
block(net.Server.prototype, 'listen', 'net.Server#listen');
block(require('node:tls'), 'connect', 'tls.connect');
for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  for (const name of ['request', 'get', 'createServer']) block(m, name, `${mod}.${name}`);
}
block(require('node:http2'), 'connect', 'http2.connect');
const dns = require('node:dns');
const LOOKUPS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse'];
for (const name of LOOKUPS) {
  block(dns, name, `dns.${name}`);
  block(dns.promises, name, `dns.promises.${name}`);
}
block(dns.Resolver.prototype, 'resolve', 'dns.Resolver#resolve');
block(require('node:dgram'), 'createSocket', 'dgram.createSocket');
block(globalThis, 'fetch', 'fetch');
if (typeof globalThis.WebSocket === 'function') block(globalThis, 'WebSocket', 'WebSocket');
const childProcess = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) block(childProcess, name, `child_process.${name}`);
