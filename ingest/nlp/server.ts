/**
 * @module The NLP sidecar: Stanford CoreNLP's server, started like the embedded Neo4j. It fetches
 * the CoreNLP jars and English models from Maven Central once (~495 MB), writes a fixed properties
 * file, starts StanfordCoreNLPServer behind generated credentials (it has no bind-address option),
 * waits for /ready, and stops cleanly. CoreNLP is GPL, so it runs as a separate process spoken to
 * over HTTP, never linked in. `CORENLP_URL` uses a server that is already running instead.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ensureJars, findTool, freePort, LauncherError, portIsFree, startGuardedJvm, tail, type JarSet,
} from '../../cypher/launch/sidecar.ts';

/** The one place the CoreNLP version is pinned. */
export const CORENLP_VERSION = '4.5.10';

/**
 * What every request asks for, sent with each request as well as preloaded (the server keeps only
 * the last pipeline it built). Lean NER: fine-grained classes, SUTime and the numeric classifiers
 * cost ~10x the time for no recall on names. Every line ends a sentence: normalise/text.ts has
 * joined hard-wrapped prose, so a line is a paragraph, a title, a list item or an infobox line.
 */
export const PIPELINE = {
  annotators: 'tokenize,ssplit,pos,lemma,ner,depparse',
  'ner.applyFineGrained': 'false',
  'ner.useSUTime': 'false',
  'ner.applyNumericClassifiers': 'false',
  'ssplit.newlineIsSentenceBreak': 'always',
  outputFormat: 'json',
} as const;

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ALTERNATIVE = 'set CORENLP_URL to use a running CoreNLP server';

export interface NlpServerOptions {
  /** Where the properties, log and state of a started server live. */
  home: string;
  cacheDir: string;
  /** Port on which to start a server; 0 picks a free one. */
  port: number;
  heap: string;
  startTimeoutMs: number;
  log: (line: string) => void;
}

export const nlpDefaults = {
  home: process.env.CORENLP_HOME_DIR ?? join(REPO, '.data', 'corenlp'),
  cacheDir: process.env.CORENLP_JAR_CACHE ?? join(REPO, '.cache', `corenlp-${CORENLP_VERSION}`),
  port: Number(process.env.CORENLP_PORT ?? 0),
  // The dependency parser's model needs ~2.5 GB with NER loaded beside it.
  heap: process.env.CORENLP_HEAP ?? '3g',
  // Loading the models takes 5-15 s warm and up to ~50 s on a cold, busy machine.
  startTimeoutMs: 240_000,
  log: (line: string) => console.error(`[corenlp] ${line}`),
} satisfies NlpServerOptions;

/** Where to send text: a URL with the credentials that go with it. */
export interface NlpEndpoint {
  url: string;
  user?: string;
  password?: string;
}

export interface NlpServer extends NlpEndpoint {
  /** Stops a server this process started; does nothing for CORENLP_URL or a reused one. */
  stop(): Promise<void>;
}

export function corenlpJars(cacheDir: string): JarSet {
  return {
    label: `Stanford CoreNLP ${CORENLP_VERSION} and its English models`,
    cacheDir,
    artifacts: [`edu.stanford.nlp:stanford-corenlp:${CORENLP_VERSION}`, `edu.stanford.nlp:stanford-corenlp:${CORENLP_VERSION}:models`],
    mustContain: `stanford-corenlp-${CORENLP_VERSION}-models.jar`,
    size: '~495 MB',
    alternative: ALTERNATIVE,
  };
}

/** CORENLP_URL (+ CORENLP_USER / CORENLP_PASSWORD), or undefined when unset. */
export function nlpFromEnv(env = process.env): NlpEndpoint | undefined {
  if (!env.CORENLP_URL) return undefined;
  return { url: env.CORENLP_URL.replace(/\/+$/, ''), user: env.CORENLP_USER, password: env.CORENLP_PASSWORD };
}

async function ready(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(2_000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Whether the server at `url` takes these credentials: a one-word text tokenized, answered 200. */
async function acceptsCredentials(url: string, user: string, password: string): Promise<boolean> {
  const properties = encodeURIComponent(JSON.stringify({ annotators: 'tokenize', outputFormat: 'json' }));
  try {
    const res = await fetch(`${url}/?properties=${properties}`, {
      method: 'POST', body: 'ready', signal: AbortSignal.timeout(10_000),
      headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
    });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

interface State { port: number; user: string; password: string; pid: number }

/**
 * A server an earlier process of ours started and still runs (`npm start` while `npm run ingest`
 * runs): the same models, so it is used as it is rather than loading a second copy.
 */
async function running(home: string): Promise<NlpEndpoint | undefined> {
  const file = join(home, 'server.json');
  if (!existsSync(file)) return undefined;
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as State;
    const cmdline = readFileSync(`/proc/${state.pid}/cmdline`, 'utf8');
    if (!cmdline.includes('StanfordCoreNLPServer')) return undefined;
    const url = `http://127.0.0.1:${state.port}`;
    return (await ready(url)) ? { url, user: state.user, password: state.password } : undefined;
  } catch {
    return undefined;
  }
}

/** Starts a CoreNLP server (fetching the jars on first use), or reuses one an earlier process of ours left running. */
export async function startNlpServer(options: Partial<NlpServerOptions> = {}): Promise<NlpServer> {
  const o: NlpServerOptions = { ...nlpDefaults, ...options };
  const home = resolve(o.home);
  mkdirSync(home, { recursive: true });
  const reused = await running(home);
  if (reused) {
    o.log(`using the CoreNLP server already running at ${reused.url}`);
    return { ...reused, stop: async () => {} };
  }
  const java = findTool('java', ALTERNATIVE);
  const lib = ensureJars(corenlpJars(o.cacheDir), o.log);
  const port = o.port === 0 ? await freePort() : o.port;
  if (!(await portIsFree(port))) {
    throw new LauncherError(`port ${port} on 127.0.0.1 is in use: set CORENLP_PORT to a free port, or CORENLP_URL to use that server`);
  }
  const propsFile = join(home, 'server.properties');
  writeFileSync(propsFile, `${Object.entries(PIPELINE).filter(([k]) => k !== 'outputFormat').map(([k, v]) => `${k}=${v}`).join('\n')}\n`);
  const user = 'sightline';
  // Hex, so the password never starts with "-", which CoreNLP's argument parser would take for a flag.
  const password = randomBytes(18).toString('hex');
  const logFile = join(home, 'server.log');
  rmSync(logFile, { force: true });
  const jvm = startGuardedJvm(java, [
    `-Xmx${o.heap}`, '-XX:+ExitOnOutOfMemoryError', '-Dfile.encoding=UTF-8',
    '-cp', `${lib}/*`,
    'edu.stanford.nlp.pipeline.StanfordCoreNLPServer',
    '-port', String(port),
    // A long report is sent a part at a time; each part gets this long.
    '-timeout', '120000',
    '-threads', '2',
    '-quiet',
    '-preload', PIPELINE.annotators,
    '-serverProperties', propsFile,
    '-username', user, '-password', password,
  ], logFile);
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  o.log(`starting CoreNLP ${CORENLP_VERSION} on ${url} (models load in 5-50 s)`);
  while (!(await ready(url))) {
    if (jvm.exited()) {
      throw new LauncherError(`CoreNLP exited during start-up (code ${jvm.child.exitCode}); last log lines: ${tail(logFile, 4).replace(/\n/g, ' | ')}`);
    }
    if (Date.now() - started > o.startTimeoutMs) {
      await jvm.stop(10_000, o.log);
      throw new LauncherError(`CoreNLP was not ready within ${o.startTimeoutMs / 1000}s; last log lines: ${tail(logFile, 4).replace(/\n/g, ' | ')}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  // /ready answers without credentials, so it cannot tell our server from another CoreNLP that took
  // the port first (several test runs start servers at once): only ours takes our password.
  if (!(await acceptsCredentials(url, user, password))) {
    await jvm.stop(10_000, o.log);
    throw new LauncherError(`the CoreNLP server answering on ${url} is not the one just started (it refuses its password): another process took the port; start again, or set CORENLP_PORT`);
  }
  const stateFile = join(home, 'server.json');
  writeFileSync(stateFile, JSON.stringify({ port, user, password, pid: jvm.javaPid() } satisfies State), { mode: 0o600 });
  chmodSync(stateFile, 0o600);
  o.log(`CoreNLP ready in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return {
    url, user, password,
    async stop() {
      rmSync(stateFile, { force: true });
      await jvm.stop(20_000, (l) => o.log(`CoreNLP ${l}`));
    },
  };
}

/** CORENLP_URL when set, otherwise a server started (or reused) here. */
export async function openNlpServer(options: Partial<NlpServerOptions> = {}): Promise<NlpServer> {
  const external = nlpFromEnv();
  if (external) {
    if (!(await ready(external.url))) throw new LauncherError(`no CoreNLP server answers at ${external.url}/ready (check CORENLP_URL)`);
    return { ...external, stop: async () => {} };
  }
  return startNlpServer(options);
}
