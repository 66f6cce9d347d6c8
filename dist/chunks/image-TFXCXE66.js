import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
import {
  Docker
} from "./chunk-3JYGPSTX.js";
import {
  parseConfig
} from "./chunk-K2XYOIMK.js";
import "./chunk-N7HISE44.js";
import {
  InfrastructureError,
  InputError,
  describeError
} from "./chunk-J5WPWJPM.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-JGZF7R3L.js";

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path4 = __require("path");
    var factory = (options) => new IgnoreBase(options);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/;
    var REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
    var REGEX_TRAILING_PATH_SEP = path4.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
    var KEY_IGNORE = typeof Symbol !== "undefined" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath(file) {
      return path4.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      if (path4.sep === "/") {
        return file;
      }
      return file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      if (path4.sep === "/") {
        return file;
      }
      return file.replace(/\//g, path4.sep);
    }
    var IgnoreBase = class {
      constructor({
        // https://github.com/kaelzhang/node-ignore/blob/5.1.4/index.js#L372
        ignorecase = true
      } = {}) {
        this._rules = [];
        this._ignorecase = ignorecase;
        this[KEY_IGNORE] = true;
        this._initCache();
      }
      _initCache() {
        this._cache = {};
      }
      // @param {Array.<string>|string|Ignore} pattern
      add(pattern) {
        this._added = false;
        if (typeof pattern === "string") {
          pattern = pattern.split(/\r?\n/g);
        }
        make_array(pattern).forEach(this._addPattern, this);
        if (this._added) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      _addPattern(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules);
          this._added = true;
          return;
        }
        if (this._checkPattern(pattern)) {
          const rule = this._createRule(pattern.trim());
          if (rule !== null) {
            this._added = true;
            this._rules.push(rule);
          }
        }
      }
      _checkPattern(pattern) {
        return pattern && typeof pattern === "string" && pattern.indexOf("#") !== 0 && pattern.trim() !== "";
      }
      filter(paths) {
        return make_array(paths).filter((path5) => this._filter(path5));
      }
      createFilter() {
        return (path5) => this._filter(path5);
      }
      ignores(path5) {
        return !this._filter(path5);
      }
      // https://github.com/moby/moby/blob/v19.03.8/builder/dockerignore/dockerignore.go#L41-L53
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L29-L55
      _createRule(pattern) {
        const origin = pattern;
        let negative = false;
        if (pattern[0] === "!") {
          negative = true;
          pattern = pattern.substring(1).trim();
        }
        if (pattern.length > 0) {
          pattern = cleanPath(pattern);
          pattern = toSlash(pattern);
          if (pattern.length > 1 && pattern[0] === "/") {
            pattern = pattern.slice(1);
          }
        }
        if (negative) {
          pattern = "!" + pattern;
        }
        pattern = pattern.trim();
        if (pattern === "") {
          return null;
        }
        pattern = cleanPath(pattern);
        if (pattern[0] === "!") {
          if (pattern.length === 1) {
            return null;
          }
          negative = true;
          pattern = pattern.substring(1);
        } else {
          negative = false;
        }
        return {
          origin,
          pattern,
          // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L54
          dirs: pattern.split(path4.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path5) {
        if (!path5) {
          return false;
        }
        if (path5 in this._cache) {
          return this._cache[path5];
        }
        return this._cache[path5] = this._test(path5);
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        const parentPath = cleanPath(path4.dirname(file));
        const parentPathDirs = parentPath.split(path4.sep);
        let matched = false;
        this._rules.forEach((rule) => {
          let match = this._match(file, rule);
          if (!match && parentPath !== ".") {
            if (rule.dirs.includes("**")) {
              for (let i = rule.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++) {
                match = match || this._match(parentPathDirs.slice(0, i).join(path4.sep), rule);
              }
            } else if (rule.dirs.length <= parentPathDirs.length) {
              match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path4.sep), rule);
            }
          }
          if (match) {
            matched = !rule.negative;
          }
        });
        return !matched;
      }
      // @returns {Boolean} true if a file is matched by a rule
      _match(file, rule) {
        return this._compile(rule).regexp.test(file);
      }
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L139
      _compile(rule) {
        if (rule.regexp) {
          return rule;
        }
        let regStr = "^";
        let escapedSlash = path4.sep === "\\" ? "\\\\" : path4.sep;
        for (let i = 0; i < rule.pattern.length; i++) {
          const ch = rule.pattern[i];
          if (ch === "*") {
            if (rule.pattern[i + 1] === "*") {
              i++;
              if (rule.pattern[i + 1] === path4.sep) {
                i++;
              }
              if (rule.pattern[i + 1] === void 0) {
                regStr += ".*";
              } else {
                regStr += `(.*${escapedSlash})?`;
              }
            } else {
              regStr += `[^${escapedSlash}]*`;
            }
          } else if (ch === "?") {
            regStr += `[^${escapedSlash}]`;
          } else if (ch === "." || ch === "$") {
            regStr += `\\${ch}`;
          } else if (ch === "\\") {
            if (path4.sep === "\\") {
              regStr += escapedSlash;
              continue;
            }
            if (rule.pattern[i + 1] !== void 0) {
              regStr += "\\" + rule.pattern[i + 1];
              i++;
            } else {
              regStr += "\\";
            }
          } else {
            regStr += ch;
          }
        }
        regStr += "$";
        rule.regexp = new RegExp(regStr, this._ignorecase ? "i" : "");
        return rule;
      }
    };
  }
});

// src/commands/image.ts
import { readFile as readFile3 } from "node:fs/promises";
import path3 from "node:path";

// src/image/image.ts
import { mkdir, readFile as readFile2, rm, stat } from "node:fs/promises";
import path2 from "node:path";

// src/image/context.ts
var import_dockerignore = __toESM(require_ignore(), 1);
import { createHash as createHash2 } from "node:crypto";
import fs from "node:fs";
import { readdir, readFile, readlink } from "node:fs/promises";
import path from "node:path";

// src/image/key.ts
import { createHash } from "node:crypto";
var KEY_FORMAT_VERSION = 1;
var KEY_PREFIX = `parallel-tests-image-v${KEY_FORMAT_VERSION}-`;
var MAX_NAME_LENGTH = 64;
var DIGEST_HEX_LENGTH = 40;
var TYPE_MASK = 61440;
var REGULAR = 32768;
function normaliseMode(mode) {
  const type = mode & TYPE_MASK;
  if (type === REGULAR || type === 0) return REGULAR | (mode & 64 ? 493 : 420);
  return type;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function safeImageName(name) {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, MAX_NAME_LENGTH).replace(/^[-.]+|[-.]+$/g, "");
  return safe === "" ? "image" : safe;
}
function optional(value) {
  return value === void 0 || value === "" ? null : value;
}
function canonicalFiles(files) {
  const entries = files.map((file) => {
    if (file.path === "") throw new InputError("a build context file has an empty path");
    if (!/^[0-9a-fA-F]{64}$/.test(file.sha256)) {
      throw new InputError(`build context file ${file.path} has no sha256 (got "${file.sha256}")`);
    }
    return [file.path, normaliseMode(file.mode), file.sha256.toLowerCase()];
  });
  entries.sort((a, b) => compareStrings(a[0], b[0]));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i][0] === entries[i - 1][0]) {
      throw new InputError(`build context file ${entries[i][0]} is listed twice`);
    }
  }
  return entries;
}
function imageCacheKey(input) {
  const args = Object.keys(input.buildArgs).sort(compareStrings).map((name) => [name, input.buildArgs[name]]);
  const canonical = JSON.stringify([
    "parallel-tests-image",
    KEY_FORMAT_VERSION,
    input.name,
    input.dockerfile,
    args,
    optional(input.target),
    optional(input.platform),
    optional(input.suffix),
    canonicalFiles(input.files)
  ]);
  const digest = createHash("sha256").update(canonical).digest("hex").slice(0, DIGEST_HEX_LENGTH);
  return `${KEY_PREFIX}${safeImageName(input.name)}-${digest}`;
}

// src/image/context.ts
var DEFAULT_CONCURRENCY = 16;
var DOCKERIGNORE = ".dockerignore";
var CHUNK_BYTES = 256 * 1024;
var S_IFIFO = 4096;
var S_IFCHR = 8192;
var S_IFBLK = 24576;
var S_IFLNK = 40960;
var EMPTY_SHA256 = createHash2("sha256").digest("hex");
function compareStrings2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function readError(what, err) {
  const code = err?.code;
  const detail = err instanceof Error ? err.message : String(err);
  const message = `cannot read ${what} of the docker build context: ${detail}`;
  return code === "EACCES" || code === "EPERM" ? new InputError(message) : new InfrastructureError(message);
}
async function readDockerignore(dir) {
  try {
    return await readFile(path.join(dir, DOCKERIGNORE), "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return "";
    throw readError(DOCKERIGNORE, err);
  }
}
function dockerfileInContext(dir, dockerfile) {
  const rel = path.relative(path.resolve(dir), path.resolve(dir, dockerfile));
  if (rel === "" || rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join("/");
}
function createFilter(text, always) {
  const rules = import_dockerignore.default.default({ ignorecase: false }).add(text);
  const exceptions = text.includes("!");
  const keptBelow = (rel) => [...always].some((keep) => keep.startsWith(`${rel}/`));
  return {
    keeps: (rel) => always.has(rel) || !rules.ignores(rel),
    skipsDir: (rel) => !exceptions && rules.ignores(rel) && !keptBelow(rel)
  };
}
function entryOf(rel, dirent) {
  if (dirent.isFile()) return { path: rel, kind: "file" };
  if (dirent.isSymbolicLink()) return { path: rel, kind: "link" };
  if (dirent.isFIFO()) return { path: rel, kind: "special", mode: S_IFIFO };
  if (dirent.isCharacterDevice()) return { path: rel, kind: "special", mode: S_IFCHR };
  if (dirent.isBlockDevice()) return { path: rel, kind: "special", mode: S_IFBLK };
  return null;
}
async function walk(dir, filter) {
  const entries = [];
  const pending = [""];
  for (let rel = pending.pop(); rel !== void 0; rel = pending.pop()) {
    let dirents;
    try {
      dirents = await readdir(path.join(dir, rel), { withFileTypes: true });
    } catch (err) {
      const code = err.code;
      if (rel === "" && (code === "ENOENT" || code === "ENOTDIR")) {
        throw new InputError(`the docker build context ${dir} is not a directory that exists`);
      }
      throw readError(rel === "" ? `the directory ${dir}` : `the directory ${rel}`, err);
    }
    for (const dirent of dirents) {
      const child = rel === "" ? dirent.name : `${rel}/${dirent.name}`;
      if (dirent.isDirectory()) {
        if (!filter.skipsDir(child)) pending.push(child);
        continue;
      }
      if (!filter.keeps(child)) continue;
      const entry = entryOf(child, dirent);
      if (entry !== null) entries.push(entry);
    }
  }
  return entries;
}
function hashFile(file, buffer) {
  return new Promise((resolve, reject) => {
    fs.open(file, "r", (openError, fd) => {
      if (openError) return reject(openError);
      const finish = (error, hashed) => fs.close(fd, (closeError) => {
        const failure = error ?? closeError;
        if (failure) reject(failure);
        else resolve(hashed);
      });
      fs.fstat(fd, (statError, stats) => {
        if (statError) return finish(statError);
        const hash = createHash2("sha256");
        let size = 0;
        const next = () => fs.read(fd, buffer, 0, buffer.length, null, (readError2, bytesRead) => {
          if (readError2) return finish(readError2);
          hash.update(buffer.subarray(0, bytesRead));
          size += bytesRead;
          if (bytesRead === 0 || bytesRead < buffer.length && size >= stats.size) {
            return finish(null, { mode: normaliseMode(stats.mode), size, sha256: hash.digest("hex") });
          }
          next();
        });
        next();
      });
    });
  });
}
async function hashRegular(dir, rel, buffer) {
  try {
    return { path: rel, ...await hashFile(path.join(dir, rel), buffer) };
  } catch (err) {
    throw readError(`the file ${rel}`, err);
  }
}
async function hashLink(dir, rel) {
  let target;
  try {
    target = await readlink(path.join(dir, rel));
  } catch (err) {
    throw readError(`the symlink ${rel}`, err);
  }
  const bytes = Buffer.from(target, "utf8");
  return {
    path: rel,
    mode: S_IFLNK,
    size: bytes.length,
    sha256: createHash2("sha256").update(bytes).digest("hex")
  };
}
async function hashAll(dir, entries, concurrency) {
  const results = new Array(entries.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    while (!failed && next < entries.length) {
      const index = next++;
      const entry = entries[index];
      try {
        if (entry.kind === "file") results[index] = await hashRegular(dir, entry.path, buffer);
        else if (entry.kind === "link") results[index] = await hashLink(dir, entry.path);
        else results[index] = { path: entry.path, mode: entry.mode, size: 0, sha256: EMPTY_SHA256 };
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, worker));
  return results;
}
async function readContext(dir, options = {}) {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InputError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
  }
  const text = options.dockerignore ?? await readDockerignore(dir);
  const always = /* @__PURE__ */ new Set([DOCKERIGNORE]);
  const dockerfile = dockerfileInContext(dir, options.dockerfile ?? "Dockerfile");
  if (dockerfile !== null) always.add(dockerfile);
  const entries = await walk(dir, createFilter(text, always));
  const files = await hashAll(dir, entries, concurrency);
  return files.sort((a, b) => compareStrings2(a.path, b.path));
}

// src/image/image.ts
var IMAGE_TAR = ".parallel-tests/image/image.tar";
async function fileExists(file) {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
async function computeImageKey(settings, enginePlatform) {
  const { image, baseDir } = settings;
  const dockerfile = path2.resolve(baseDir, image.dockerfile);
  const context = path2.resolve(baseDir, image.context);
  let text;
  try {
    text = await readFile2(dockerfile, "utf8");
  } catch (err) {
    throw new InputError(`image.dockerfile ${dockerfile}: ${describeError(err)}`);
  }
  const files = await readContext(context, { dockerfile });
  return imageCacheKey({
    name: image.name,
    dockerfile: text,
    buildArgs: { ...image.buildArgs, ...settings.buildArgs },
    files,
    platform: image.platform ?? enginePlatform,
    ...image.target !== void 0 ? { target: image.target } : {},
    ...image.cacheKeySuffix !== void 0 ? { suffix: image.cacheKeySuffix } : {}
  });
}
async function ensureImage(settings, deps) {
  const { image } = settings;
  const docker = new Docker(deps.exec);
  const [key, inEngine] = await Promise.all([
    docker.platform().then((platform) => computeImageKey(settings, platform)),
    settings.lookupOnly ? Promise.resolve(void 0) : docker.keyOf(image.name)
  ]);
  const tar = IMAGE_TAR;
  const tarPath = path2.resolve(settings.workDir, tar);
  const outcome = (source, cacheHit, cached2) => ({
    image: image.name,
    key,
    cacheHit,
    source,
    cached: cached2
  });
  if (settings.lookupOnly) {
    try {
      const hit = await deps.store.restore([tar], key, [], { lookupOnly: true });
      return outcome("lookup", hit !== void 0, hit !== void 0);
    } catch (err) {
      deps.warn(`cache lookup failed: ${describeError(err)}`);
      return outcome("lookup", false, false);
    }
  }
  if (inEngine === key) {
    deps.log(`${image.name} is already in the engine for key ${key}`);
    return outcome("engine", true, false);
  }
  let restored;
  try {
    restored = await deps.store.restore([tar], key, []);
  } catch (err) {
    deps.warn(`cache restore failed, building instead: ${describeError(err)}`);
  }
  if (restored !== void 0 && await fileExists(tarPath)) {
    const load = await docker.load(tarPath);
    const named = load.stdout.includes(`Loaded image: ${image.name}
`) || load.stdout.trimEnd().endsWith(`Loaded image: ${image.name}`);
    if (load.code === 0 && (named || await docker.keyOf(image.name) === key)) {
      deps.log(`${image.name} restored from the cache (${key})`);
      return outcome("cache", true, true);
    }
    const why = load.code === 0 ? "it loaded an image built from another key" : load.stderr.trim() || load.stdout.trim();
    deps.warn(`the cached image for ${key} is unusable (${why}); discarding it and building`);
    await rm(tarPath, { force: true });
    await deps.store.discard?.(key).catch((err) => deps.warn(`could not drop the cache entry: ${describeError(err)}`));
  }
  deps.log(`building ${image.name} (${key})`);
  await docker.build(
    {
      tag: image.name,
      dockerfile: path2.resolve(settings.baseDir, image.dockerfile),
      context: path2.resolve(settings.baseDir, image.context),
      buildArgs: { ...image.buildArgs, ...settings.buildArgs },
      key,
      ...image.target !== void 0 ? { target: image.target } : {},
      ...image.platform !== void 0 ? { platform: image.platform } : {}
    },
    deps.log
  );
  let cached = false;
  try {
    await mkdir(path2.dirname(tarPath), { recursive: true });
    await docker.save(image.name, tarPath);
    await deps.store.save([tar], key);
    cached = true;
  } catch (err) {
    deps.warn(`the image was built but not cached: ${describeError(err)}`);
  }
  return outcome("built", false, cached);
}

// src/commands/image.ts
function parseBuildArgs(args) {
  const out = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw new InputError(`build arg "${arg}": expected KEY=VALUE`);
    out[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  return out;
}
async function loadConfig(cwd, configPath) {
  const file = path3.resolve(cwd, configPath);
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (err) {
    const code = err.code;
    throw new InputError(`config ${configPath}: ${code === "ENOENT" ? "no such file" : describeError(err)}`);
  }
  return { config: parseConfig(text, configPath), baseDir: path3.dirname(file) };
}
async function runImage(settings, deps) {
  const { config, baseDir } = await loadConfig(settings.cwd, settings.configPath);
  if (!config.image) throw new InputError(`${settings.configPath}: no "image" section to build`);
  const outcome = await ensureImage(
    {
      image: config.image,
      baseDir,
      buildArgs: parseBuildArgs(settings.buildArgs),
      lookupOnly: settings.lookupOnly,
      workDir: settings.cwd
    },
    deps
  );
  return { ...outcome, config, baseDir };
}
export {
  loadConfig,
  parseBuildArgs,
  runImage
};
/*! For license information please see image-TFXCXE66.js.LEGAL.txt */
