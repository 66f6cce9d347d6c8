import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  InfrastructureError
} from "./chunk-J5WPWJPM.js";

// src/image/docker.ts
var KEY_LABEL = "io.github.honua.parallel-tests.key";
function buildCommand(spec, builder) {
  const args = builder === "buildx" ? ["buildx", "build", "--load"] : ["build"];
  args.push("--file", spec.dockerfile, "--tag", spec.tag, "--label", `${KEY_LABEL}=${spec.key}`);
  for (const name of Object.keys(spec.buildArgs).sort())
    args.push("--build-arg", `${name}=${spec.buildArgs[name]}`);
  if (spec.target) args.push("--target", spec.target);
  if (spec.platform) args.push("--platform", spec.platform);
  args.push(spec.context);
  return args;
}
function failure(what, result) {
  const detail = result.error ?? (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-15).join("\n");
  return new InfrastructureError(`${what} failed (exit ${result.code ?? "none"}): ${detail}`);
}
var Docker = class {
  constructor(exec, options = {}) {
    this.exec = exec;
    this.options = options;
  }
  exec;
  options;
  run(args, extra = {}) {
    return this.exec("docker", args, { ...this.options, ...extra });
  }
  /** The engine's os/arch: what an image built without --platform is for (part of its key). */
  async platform() {
    const r = await this.run(["version", "--format", "{{.Server.Os}}/{{.Server.Arch}}"]);
    if (r.code !== 0) throw failure("docker version (is the Docker engine running?)", r);
    return r.stdout.trim();
  }
  async builder() {
    return (await this.run(["buildx", "version"])).code === 0 ? "buildx" : "classic";
  }
  /** The cache key an image in the engine was built from, or undefined when it is not there. */
  async keyOf(tag) {
    const r = await this.run([
      "image",
      "inspect",
      "--format",
      `{{ index .Config.Labels "${KEY_LABEL}" }}`,
      tag
    ]);
    if (r.code !== 0) return void 0;
    const key = r.stdout.trim();
    return key === "" || key === "<no value>" ? "" : key;
  }
  async build(spec, onLine) {
    const builder = await this.builder();
    const r = await this.run(buildCommand(spec, builder), onLine ? { onLine } : {});
    if (r.code !== 0)
      throw failure(`docker ${builder === "buildx" ? "buildx build" : "build"} of ${spec.tag}`, r);
  }
  async save(tag, file) {
    const r = await this.run(["save", "--output", file, tag]);
    if (r.code !== 0) throw failure(`docker save ${tag}`, r);
  }
  /** Loads a saved image; the result says why when the tar is corrupt or cut short. */
  load(file) {
    return this.run(["load", "--input", file]);
  }
  async remove(tag) {
    await this.run(["image", "rm", "--force", tag]);
  }
};

export {
  failure,
  Docker
};
