/** The action's image step: build or restore the test image; start the server when asked (the post step stops it). */
import * as core from '@actions/core';
import { InputError } from '../errors.js';
import { GitHubCacheStore } from './cache-store.js';
import type { ImageSettings } from './inputs.js';
import { untrustedSection } from './log.js';
import { OUTPUT, STATE } from './names.js';

export async function image(settings: ImageSettings): Promise<void> {
  const [{ runImage }, { startConfiguredServer }, { execProcess }] = await Promise.all([
    import('../commands/image.js'),
    import('../commands/serve.js'),
    import('../exec.js'),
  ]);
  // docker build prints what the Dockerfile's steps print, which a pull request can change.
  const build = untrustedSection('docker build');
  let outcome: Awaited<ReturnType<typeof runImage>>;
  try {
    outcome = await runImage(
      {
        cwd: settings.cwd,
        configPath: settings.config,
        buildArgs: settings.buildArgs,
        lookupOnly: settings.lookupOnly,
      },
      {
        exec: execProcess,
        store: new GitHubCacheStore(),
        log: build.log,
        warn: build.warn,
        buildOutput: build.output,
      },
    );
  } finally {
    build.end();
  }
  core.setOutput(OUTPUT.image, outcome.image);
  core.setOutput(OUTPUT.cacheHit, outcome.cacheHit);
  core.setOutput(OUTPUT.key, outcome.key);
  if (!settings.serve || settings.lookupOnly) return;
  if (!outcome.config.server)
    throw new InputError(`${settings.config}: serve is true but there is no "server" section`);
  const server = await startConfiguredServer(outcome, `parallel-tests-${settings.run}`, {
    exec: execProcess,
    log: core.info,
  });
  // The post step (always run) tears it down, whatever the steps between do.
  core.saveState(STATE.server, JSON.stringify(server.handle));
}
