// Starts the real mentalverse-node on free loopback ports, waits until it finalizes, and always
// stops it: on success, on failure, and if the test process itself exits.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NODE_BIN = process.env.NODE_BIN;
if (!NODE_BIN) throw new Error('NODE_BIN must name the built mentalverse-node binary');

const running = new Set();
const killAll = () => { for (const child of running) child.kill('SIGKILL'); };
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { killAll(); process.exit(130); });
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** One JSON-RPC call over HTTP; resolves to the whole response object. */
export async function rpc(port, method, params = [], { raw } = {}) {
  const body = raw ?? JSON.stringify({ jsonrpc: '2.0', id: 1, method, params });
  const response = await fetch(`http://127.0.0.1:${port}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return response.json();
}

export async function finalizedNumber(port) {
  const head = await rpc(port, 'chain_getFinalizedHead');
  const header = await rpc(port, 'chain_getHeader', [head.result]);
  return parseInt(header.result.number, 16);
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
export async function waitFor(what, check, timeoutMs = 120_000, everyMs = 500) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}${lastError ? `: ${lastError.message}` : ''}`);
}

/** Runs the node binary to completion (for commands expected to exit); returns its result. */
export function runToExit(args, timeoutMs = 60_000) {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE_BIN, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`node did not exit within ${timeoutMs} ms: ${args.join(' ')}`));
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/**
 * Starts a node. `args` are appended to the defaults (`--dev` unless `chain` is given, a fresh
 * temporary base path, free ports). Resolves once the node has finalized `minFinalized` blocks.
 */
export async function startNode({ args = [], dev = true, minFinalized = 2, name = 'node' } = {}) {
  const rpcPort = await freePort();
  const p2pPort = await freePort();
  const prometheusPort = await freePort();
  const logDir = mkdtempSync(join(tmpdir(), 'mentalverse-e2e-'));
  const logFile = join(logDir, `${name}.log`);
  const log = openSync(logFile, 'a');
  const fullArgs = [
    ...(dev ? ['--dev'] : []),
    '--rpc-port', String(rpcPort),
    '--port', String(p2pPort),
    '--prometheus-port', String(prometheusPort),
    '--no-mdns',
    '--no-telemetry',
    ...args,
  ];
  if (!fullArgs.includes('--base-path')) fullArgs.push('--tmp');
  const child = spawn(NODE_BIN, fullArgs, { stdio: ['ignore', log, log] });
  running.add(child);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => {
    running.delete(child);
    resolve({ code, signal });
  }));
  const node = {
    child, rpcPort, p2pPort, prometheusPort, logFile, exited,
    url: `ws://127.0.0.1:${rpcPort}`,
    log: () => readFileSync(logFile, 'utf8'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
  try {
    if (minFinalized > 0) {
      // A node that exits while starting fails at once, with its log.
      const exitedEarly = exited.then(() => { throw new Error(`${name} exited early:\n${node.log().slice(-2000)}`); });
      await Promise.race([
        waitFor(`${name} to finalize block ${minFinalized}`, async () => (await finalizedNumber(rpcPort)) >= minFinalized),
        exitedEarly,
      ]);
    }
  } catch (error) {
    await node.stop();
    throw error;
  }
  return node;
}
