import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  failure
} from "./chunk-3JYGPSTX.js";
import {
  InfrastructureError,
  InputError
} from "./chunk-J5WPWJPM.js";

// src/server/server.ts
import path from "node:path";
async function detectCompose(exec) {
  if ((await exec("docker", ["compose", "version"])).code === 0)
    return { command: "docker", prefix: ["compose"], version: 2 };
  if ((await exec("docker-compose", ["version"])).code === 0)
    return { command: "docker-compose", prefix: [], version: 1 };
  return void 0;
}
function composeArgs(compose, file, project, verb) {
  return [...compose.prefix, "--file", file, "--project-name", project, ...verb];
}
function runArgs(image, name, server) {
  const args = ["run", "--detach", "--name", name];
  for (const port of server.ports) args.push("--publish", port);
  for (const key of Object.keys(server.env).sort()) args.push("--env", `${key}=${server.env[key]}`);
  for (const volume of server.volumes)
    args.push("--volume", /:(ro|rw)$/.test(volume) ? volume : `${volume}:ro`);
  args.push(image);
  return args;
}
async function waitForHealth(url, options) {
  const get = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  const start = now();
  let delay = 100;
  let attempts = 0;
  let last = "no answer yet";
  for (; ; ) {
    attempts++;
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new Error("no answer in time")),
      Math.max(250, Math.min(1e3, options.timeoutMs))
    );
    try {
      const res = await get(url, { signal: controller.signal });
      await res.body?.cancel();
      if (res.ok) return { attempts, ms: now() - start };
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err.cause instanceof Error ? err.cause.message : err.message;
    } finally {
      clearTimeout(timer);
    }
    if (now() - start + delay > options.timeoutMs) {
      throw new InfrastructureError(
        `${url} was not healthy after ${Math.round((now() - start) / 1e3)} s (${attempts} tries; last: ${last})`
      );
    }
    await sleep(delay);
    delay = Math.min(2e3, delay * 2);
  }
}
function text(r) {
  return `${r.stdout}${r.stderr}`.trim();
}
function serverFromHandle(handle, exec) {
  if (handle.kind === "compose") {
    const compose = {
      command: handle.command,
      prefix: handle.prefix,
      version: handle.prefix.length > 0 ? 2 : 1
    };
    const args = (verb) => composeArgs(compose, handle.file, handle.project, verb);
    return {
      handle,
      logs: async () => text(
        await exec(
          compose.command,
          args(["logs", "--no-color", ...handle.service ? [handle.service] : []])
        )
      ),
      stop: async () => {
        await exec(compose.command, args(["down", "--volumes", "--timeout", "5"]));
      }
    };
  }
  return {
    handle,
    logs: async () => text(await exec("docker", ["logs", handle.name])),
    stop: async () => {
      await exec("docker", ["rm", "--force", "--volumes", handle.name]);
    }
  };
}
async function startServer(settings, deps) {
  const { server } = settings;
  let running;
  if (server.composeFile) {
    const compose = await detectCompose(deps.exec);
    if (!compose)
      throw new InfrastructureError(
        "the server needs docker compose (v2 plugin) or docker-compose (v1); neither is installed"
      );
    const file = path.resolve(settings.baseDir, server.composeFile);
    running = serverFromHandle(
      {
        kind: "compose",
        command: compose.command,
        prefix: compose.prefix,
        file,
        project: settings.name,
        ...server.service ? { service: server.service } : {}
      },
      deps.exec
    );
    const up = await deps.exec(
      compose.command,
      composeArgs(compose, file, settings.name, [
        "up",
        "--detach",
        ...server.service ? [server.service] : []
      ])
    );
    if (up.code !== 0) {
      await running.stop();
      throw failure(`docker compose up (${file})`, up);
    }
  } else {
    if (!settings.image) throw new InputError("server: no compose-file and no image to run");
    running = serverFromHandle({ kind: "container", name: settings.name }, deps.exec);
    const run = await deps.exec("docker", runArgs(settings.image, settings.name, server));
    if (run.code !== 0) {
      await running.stop();
      throw failure(`docker run ${settings.image}`, run);
    }
  }
  try {
    const health = await waitForHealth(server.healthUrl, {
      timeoutMs: server.healthTimeoutSeconds * 1e3,
      ...deps.fetch ? { fetch: deps.fetch } : {}
    });
    deps.log(
      `server healthy at ${server.healthUrl} after ${(health.ms / 1e3).toFixed(1)} s (${health.attempts} tries)`
    );
    return running;
  } catch (err) {
    const logs = await running.logs();
    await running.stop();
    throw new InfrastructureError(
      `${err.message}
--- server logs ---
${logs.split("\n").slice(-80).join("\n")}`
    );
  }
}

export {
  detectCompose,
  composeArgs,
  runArgs,
  waitForHealth,
  serverFromHandle,
  startServer
};
