/**
 * The test server's lifecycle, written once: image, then the server healthy, then whatever
 * needs it, then teardown on any end (a normal exit, a failure, an interrupt). `serve` wraps a
 * command; the action's image step starts the server and its post step stops it from a handle;
 * `run` starts it around its suites.
 */
import { spawn } from 'node:child_process';
import { EXIT, InputError } from '../errors.js';
import type { Exec } from '../exec.js';
import { type RunningServer, type ServerHandle, serverFromHandle, startServer } from '../server/server.js';
import type { CacheStore } from '../stores/cache-store.js';
import { type ImageCommandSettings, runImage } from './image.js';

export interface ServerDeps {
  exec: Exec;
  log: (line: string) => void;
}

/** Starts the config's server for an image that is ready; throws when the config has none. */
export async function startConfiguredServer(
  outcome: Pick<Awaited<ReturnType<typeof runImage>>, 'config' | 'baseDir' | 'image'>,
  name: string,
  deps: ServerDeps,
): Promise<RunningServer> {
  const server = outcome.config.server;
  if (!server) throw new InputError(`${outcome.config.file}: no "server" section`);
  return startServer({ server, image: outcome.image, baseDir: outcome.baseDir, name }, deps);
}

/** Stops a server another process started (the action's post step), from its handle. */
export async function stopServerFromHandle(handle: ServerHandle, exec: Exec): Promise<void> {
  await serverFromHandle(handle, exec).stop();
}

/** Where signals come from: the process, or a stand-in in tests. */
export type SignalSource = Pick<NodeJS.Process, 'once' | 'removeListener'>;

export interface ServeSettings extends Omit<ImageCommandSettings, 'lookupOnly'> {
  /** The command to run while the server is up, program first. */
  command: string[];
  /** Compose project or container name, unique to this run. */
  name: string;
}

export interface ServeDeps extends ServerDeps {
  store: CacheStore;
  warn: (message: string) => void;
  signals?: SignalSource;
  /** How the process ends after an interrupt, once the server is down (process.exit by default). */
  exit?: (code: number) => void;
}

const SIGNAL_NUMBER: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGTERM: 15 };

/**
 * image -> server healthy -> the command -> teardown. The command's exit code is the outcome;
 * interrupted, the command gets the signal too (as a shell would pass it on), the server goes,
 * and the exit code says which signal it was.
 */
export async function runServe(settings: ServeSettings, deps: ServeDeps): Promise<number> {
  if (settings.command.length === 0)
    throw new InputError('serve needs a command to run: serve [options] -- CMD ARGS...');
  const outcome = await runImage({ ...settings, lookupOnly: false }, deps);
  const server = await startConfiguredServer(outcome, settings.name, deps);
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= server.stop());
  const [program, ...args] = settings.command;
  const child = spawn(program!, args, { stdio: 'inherit', cwd: settings.cwd });
  const signals = deps.signals ?? process;
  const exit = deps.exit ?? ((code: number) => process.exit(code));
  const interrupted = (signal: NodeJS.Signals) => {
    child.kill(signal);
    void stop().then(() => exit(128 + (SIGNAL_NUMBER[signal] ?? 15)));
  };
  signals.once('SIGINT', interrupted);
  signals.once('SIGTERM', interrupted);
  try {
    return await new Promise<number>((resolve) => {
      child.on('error', (err) => {
        deps.warn(`${program}: ${err.message}`);
        resolve(EXIT.infrastructure);
      });
      child.on('close', (code) => resolve(code ?? EXIT.infrastructure));
    });
  } finally {
    await stop();
    signals.removeListener('SIGINT', interrupted);
    signals.removeListener('SIGTERM', interrupted);
  }
}
