#!/usr/bin/env node
import { createRequire as __ptCreateRequire } from 'node:module';
const require = __ptCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require3() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/defaults.ts
import os from "node:os";
import path from "node:path";
var DEFAULT_CONFIG, DEFAULT_SHARD_DIR, DEFAULT_HISTORY_FILE, DEFAULT_CACHE_DIR;
var init_defaults = __esm({
  "src/defaults.ts"() {
    "use strict";
    DEFAULT_CONFIG = "parallel-tests.yml";
    DEFAULT_SHARD_DIR = ".parallel-tests/plan";
    DEFAULT_HISTORY_FILE = ".parallel-tests/timings.json";
    DEFAULT_CACHE_DIR = path.join(os.homedir(), ".cache", "parallel-tests");
  }
});

// src/errors.ts
function describeError(err2) {
  if (err2 instanceof Error) return err2.message || err2.name;
  if (typeof err2 === "string") return err2;
  try {
    return JSON.stringify(err2) ?? String(err2);
  } catch {
    return String(err2);
  }
}
function exitCodeOf(err2) {
  return err2 instanceof InputError ? EXIT.badInput : EXIT.infrastructure;
}
function wholeNumber(value, option) {
  if (value === void 0) return void 0;
  if (!/^[1-9]\d*$/.test(value))
    throw new InputError(`${option} must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}
var EXIT, InputError, InfrastructureError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    EXIT = { passed: 0, testFailures: 1, badInput: 2, infrastructure: 3 };
    InputError = class extends Error {
      name = "InputError";
    };
    InfrastructureError = class extends Error {
      name = "InfrastructureError";
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path26) {
      const ctrl = callVisitor(key, node, visitor, path26);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path26, ctrl);
        return visit_(key, ctrl, visitor, path26);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path26 = Object.freeze(path26.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path26);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path26 = Object.freeze(path26.concat(node));
          const ck = visit_("key", node.key, visitor, path26);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path26);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path26) {
      const ctrl = await callVisitor(key, node, visitor, path26);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path26, ctrl);
        return visitAsync_(key, ctrl, visitor, path26);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path26 = Object.freeze(path26.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path26);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path26 = Object.freeze(path26.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path26);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path26);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path26) {
      if (typeof visitor === "function")
        return visitor(key, node, path26);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path26);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path26);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path26);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path26);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path26);
      return void 0;
    }
    function replaceNode(key, path26, node) {
      const parent = path26[path26.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref2 = sourceObjects.get(source);
            if (typeof ref2 === "object" && ref2.anchor && (identity.isScalar(ref2.node) || identity.isCollection(ref2.node))) {
              ref2.node.anchor = ref2.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar2 = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar2.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar2.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar2.PLAIN = "PLAIN";
    Scalar2.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar2.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar2;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref2 = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref2 = sourceObjects.get(value);
        if (ref2) {
          ref2.anchor ?? (ref2.anchor = onAnchor(value));
          return new Alias.Alias(ref2.anchor);
        } else {
          ref2 = { anchor: null, node: null };
          sourceObjects.set(value, ref2);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar2.Scalar(value);
          if (ref2)
            ref2.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar2.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref2)
        ref2.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path26, value) {
      let v = value;
      for (let i = path26.length - 1; i >= 0; --i) {
        const k = path26[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path26) => path26 == null || typeof path26 === "object" && !!path26[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path26, value) {
        if (isEmptyPath(path26))
          this.add(value);
        else {
          const [key, ...rest] = path26;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path26) {
        const [key, ...rest] = path26;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path26, keepScalar) {
        const [key, ...rest] = path26;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n2 = node.value;
          return n2 == null || allowScalar && identity.isScalar(n2) && n2.value == null && !n2.commentBefore && !n2.comment && !n2.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path26) {
        const [key, ...rest] = path26;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path26, value) {
        const [key, ...rest] = path26;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str2, indent2, comment) => str2.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text3, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text3.length <= endStep)
        return text3;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text3, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text3[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text3[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text3, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text3.length;
        if (fold === 0)
          res = `
${indent2}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text3[fold]}\\`;
          res += `
${indent2}${text3.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text3[++i];
        } else {
          do {
            ch = text3[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text3[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent2;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar2.Scalar.BLOCK_FOLDED ? false : type === Scalar2.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent2.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar2.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar2.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar2.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar2.Scalar.BLOCK_FOLDED:
          case Scalar2.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar2.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar2.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar2.Scalar.BLOCK_FOLDED || key.type === Scalar2.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent2}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar2.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar2.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair2(k, v);
    }
    var Pair2 = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair2;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str2}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair2.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair2.Pair(pair, pair?.value);
        } else
          _pair = new Pair2.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar2.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair2.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap2;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap2 = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap2.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap2.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar2.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq2;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq2 = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq2.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar2.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar2.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar2.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n2 = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n2) && !n2.includes("e")) {
        let i = n2.indexOf(".");
        if (i < 0) {
          i = n2.length;
          n2 += ".";
        }
        let d = minFractionDigits - (n2.length - i - 1);
        while (d-- > 0)
          n2 += "0";
      }
      return n2;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar2.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar2 = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar2.Scalar.BLOCK_LITERAL);
        if (type !== Scalar2.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n2 = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n2);
          for (let i = 0, o = 0; i < n2; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar2.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLSeq2 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair2.Pair(new Scalar2.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair2.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq2.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair2.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap2.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap2.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap2.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap2.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap2.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar2.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar2.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar2.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n3 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n3 : n3;
      }
      const n2 = parseInt(str2, radix);
      return sign === "-" ? -1 * n2 : n2;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap2.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair2.Pair(key.key, null);
        else
          pair = new Pair2.Pair(key, null);
        const prev = YAMLMap2.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap2.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap2.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair2.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair2.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n2) => asBigInt ? BigInt(n2) : Number(n2);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n2) => n2;
      if (typeof value === "bigint")
        num2 = (n2) => BigInt(n2);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n2) => String(n2).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document3 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path26, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path26, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair2.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path26) {
        if (Collection.isEmptyPath(path26)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path26) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path26, keepScalar) {
        if (Collection.isEmptyPath(path26))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path26, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path26) {
        if (Collection.isEmptyPath(path26))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path26) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path26, value) {
        if (Collection.isEmptyPath(path26)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path26), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path26, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document3;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap2.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode2 = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode2.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode2.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair2.Pair(keyNode2, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode2.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode2);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq2 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair2 = require_Pair();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap2.YAMLMap : YAMLSeq2.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode2 = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode2.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode2.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode2.comment)
              keyNode2.comment += "\n" + valueProps.comment;
            else
              keyNode2.comment = valueProps.comment;
          }
          const pair = new Pair2.Pair(keyNode2, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode2))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap2.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode2).range;
            map.range = [keyNode2.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap2.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar2.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar2.Scalar.BLOCK_FOLDED : Scalar2.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines3(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content] = lines[i];
        offset += indent2.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar2.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent2.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent2.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent2.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n2 = Number(ch);
          if (!indent2 && n2)
            indent2 = n2;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines3(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar2 = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar2.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar2.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar2 = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar2.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar2.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document3 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document3.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document3 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document3.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head2 = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head2 }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head2 = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head2;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head2 }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent: indent2, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path26) => {
      let item = cst;
      for (const [field, index] of path26) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path26) => {
      const parent = visit.itemAtPath(cst, path26.slice(0, -1));
      const field = path26[path26.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path26, item, visitor) {
      let ctrl = visitor(item, path26);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path26.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path26);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path26) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n2) {
        return this.buffer[this.pos + n2];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n2) {
        return this.pos + n2 <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n2) {
        return this.buffer.substr(this.pos, n2);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n2 = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n2);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n2 = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n2;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n2 = yield* this.pushIndicators();
        switch (line[n2]) {
          case "#":
            yield* this.pushCount(line.length - n2);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n2 += yield* this.parseBlockScalarHeader();
            n2 += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n2);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n2 = 0;
        while (line[n2] === ",") {
          n2 += yield* this.pushCount(1);
          n2 += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n2 += yield* this.pushIndicators();
        switch (line[n2]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n2);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n2 = 0;
            while (this.buffer[end - 1 - n2] === "\\")
              n2 += 1;
            if (n2 % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n2) {
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos += n2;
          return n2;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n2 = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n2 += yield* this.pushTag();
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n2 += yield* this.pushUntil(isNotAnchorChar);
              n2 += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n2 += yield* this.pushCount(1);
                n2 += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n2;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n2 = i - this.pos;
        if (n2 > 0) {
          yield this.buffer.substr(this.pos, n2);
          this.pos = i;
        }
        return n2;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n2) {
        return this.stack[this.stack.length - n2];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document3 = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document3.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document3 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair2 = require_Pair();
    var Scalar2 = require_Scalar();
    var YAMLMap2 = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document3.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair2.Pair;
    exports.Scalar = Scalar2.Scalar;
    exports.YAMLMap = YAMLMap2.YAMLMap;
    exports.YAMLSeq = YAMLSeq2.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/config/frameworks.ts
function isDotnet(framework) {
  return DOTNET.includes(framework);
}
var DOTNET;
var init_frameworks = __esm({
  "src/config/frameworks.ts"() {
    "use strict";
    DOTNET = ["xunit", "dotnet", "nunit"];
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/config/schema-validator.generated.js
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.workers === void 0 && (missing0 = "workers") || data.threads === void 0 && (missing0 = "threads")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    const err1 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema18.not, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema18.required, parentSchema: schema18, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.framework === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'", schema: schema18.required, parentSchema: schema18, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func8.call(schema18.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema18, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern11.test(data0)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", parentSchema: schema18.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.name.type, parentSchema: schema18.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.framework !== void 0) {
      let data1 = data.framework;
      if (!(data1 === "pytest" || data1 === "xunit" || data1 === "dotnet" || data1 === "nunit" || data1 === "jest" || data1 === "vitest" || data1 === "go" || data1 === "command")) {
        const err7 = { instancePath: instancePath + "/framework", schemaPath: "#/properties/framework/enum", keyword: "enum", params: { allowedValues: schema18.properties.framework.enum }, message: "must be equal to one of the allowed values", schema: schema18.properties.framework.enum, parentSchema: schema18.properties.framework, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err8 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.path, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.path.type, parentSchema: schema18.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.project !== void 0) {
      let data3 = data.project;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err10 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.project, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.project.type, parentSchema: schema18.properties.project, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.python !== void 0) {
      let data4 = data.python;
      if (typeof data4 === "string") {
        if (func2(data4) < 1) {
          const err12 = { instancePath: instancePath + "/python", schemaPath: "#/properties/python/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.python, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/python", schemaPath: "#/properties/python/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.python.type, parentSchema: schema18.properties.python, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data["python-imports"] !== void 0) {
      let data5 = data["python-imports"];
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (!pattern14.test(data6)) {
              const err14 = { instancePath: instancePath + "/python-imports/" + i0, schemaPath: "#/properties/python-imports/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.]*$", parentSchema: schema18.properties["python-imports"].items, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/python-imports/" + i0, schemaPath: "#/properties/python-imports/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties["python-imports"].items.type, parentSchema: schema18.properties["python-imports"].items, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/python-imports", schemaPath: "#/properties/python-imports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties["python-imports"].type, parentSchema: schema18.properties["python-imports"], data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.command !== void 0) {
      let data7 = data.command;
      const _errs18 = errors;
      let valid4 = false;
      let passing0 = null;
      const _errs19 = errors;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err17 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.command.oneOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.command.oneOf[0].type, parentSchema: schema18.properties.command.oneOf[0], data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid0 = _errs19 === errors;
      if (_valid0) {
        valid4 = true;
        passing0 = 0;
      }
      const _errs21 = errors;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err19 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18.properties.command.oneOf[1], data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (func2(data8) < 1) {
              const err20 = { instancePath: instancePath + "/command/" + i1, schemaPath: "#/properties/command/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.command.oneOf[1].items, data: data8 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/command/" + i1, schemaPath: "#/properties/command/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.command.oneOf[1].items.type, parentSchema: schema18.properties.command.oneOf[1].items, data: data8 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.properties.command.oneOf[1].type, parentSchema: schema18.properties.command.oneOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      if (_valid0 && valid4) {
        valid4 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid4 = true;
          passing0 = 1;
        }
      }
      if (!valid4) {
        const err23 = { instancePath: instancePath + "/command", schemaPath: "#/properties/command/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema18.properties.command.oneOf, parentSchema: schema18.properties.command, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs18;
        if (vErrors !== null) {
          if (_errs18) {
            vErrors.length = _errs18;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.workers !== void 0) {
      let data9 = data.workers;
      const _errs27 = errors;
      let valid8 = false;
      let passing1 = null;
      const _errs28 = errors;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
        const err24 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/count/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.oneOf[0].type, parentSchema: schema19.oneOf[0], data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data9 == "number") {
        if (data9 < 1 || isNaN(data9)) {
          const err25 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/count/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.oneOf[0], data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      var _valid1 = _errs28 === errors;
      if (_valid1) {
        valid8 = true;
        passing1 = 0;
      }
      const _errs30 = errors;
      if ("auto" !== data9) {
        const err26 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/count/oneOf/1/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema19.oneOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid1 = _errs30 === errors;
      if (_valid1 && valid8) {
        valid8 = false;
        passing1 = [passing1, 1];
      } else {
        if (_valid1) {
          valid8 = true;
          passing1 = 1;
        }
      }
      if (!valid8) {
        const err27 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/count/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema19.oneOf, parentSchema: schema19, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.threads !== void 0) {
      let data10 = data.threads;
      const _errs33 = errors;
      let valid10 = false;
      let passing2 = null;
      const _errs34 = errors;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
        const err28 = { instancePath: instancePath + "/threads", schemaPath: "#/definitions/count/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.oneOf[0].type, parentSchema: schema19.oneOf[0], data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data10 == "number") {
        if (data10 < 1 || isNaN(data10)) {
          const err29 = { instancePath: instancePath + "/threads", schemaPath: "#/definitions/count/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.oneOf[0], data: data10 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
      var _valid2 = _errs34 === errors;
      if (_valid2) {
        valid10 = true;
        passing2 = 0;
      }
      const _errs36 = errors;
      if ("auto" !== data10) {
        const err30 = { instancePath: instancePath + "/threads", schemaPath: "#/definitions/count/oneOf/1/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema19.oneOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      var _valid2 = _errs36 === errors;
      if (_valid2 && valid10) {
        valid10 = false;
        passing2 = [passing2, 1];
      } else {
        if (_valid2) {
          valid10 = true;
          passing2 = 1;
        }
      }
      if (!valid10) {
        const err31 = { instancePath: instancePath + "/threads", schemaPath: "#/definitions/count/oneOf", keyword: "oneOf", params: { passingSchemas: passing2 }, message: "must match exactly one schema in oneOf", schema: schema19.oneOf, parentSchema: schema19, data: data10 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      } else {
        errors = _errs33;
        if (vErrors !== null) {
          if (_errs33) {
            vErrors.length = _errs33;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cores !== void 0) {
      let data11 = data.cores;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)))) {
        const err32 = { instancePath: instancePath + "/cores", schemaPath: "#/properties/cores/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.cores.type, parentSchema: schema18.properties.cores, data: data11 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data11 == "number") {
        if (data11 < 1 || isNaN(data11)) {
          const err33 = { instancePath: instancePath + "/cores", schemaPath: "#/properties/cores/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema18.properties.cores, data: data11 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.markers !== void 0) {
      let data12 = data.markers;
      if (typeof data12 !== "string") {
        const err34 = { instancePath: instancePath + "/markers", schemaPath: "#/properties/markers/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.markers.type, parentSchema: schema18.properties.markers, data: data12 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.filter !== void 0) {
      let data13 = data.filter;
      if (typeof data13 !== "string") {
        const err35 = { instancePath: instancePath + "/filter", schemaPath: "#/properties/filter/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.filter.type, parentSchema: schema18.properties.filter, data: data13 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.env !== void 0) {
      let data14 = data.env;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        for (const key1 in data14) {
          let data15 = data14[key1];
          if (typeof data15 !== "string" && !(typeof data15 == "number") && typeof data15 !== "boolean") {
            const err36 = { instancePath: instancePath + "/env/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/env/additionalProperties/type", keyword: "type", params: { type: schema12.additionalProperties.type }, message: "must be string,number,boolean", schema: schema12.additionalProperties.type, parentSchema: schema12.additionalProperties, data: data15 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/env", schemaPath: "#/definitions/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data14 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data["timeout-minutes"] !== void 0) {
      let data16 = data["timeout-minutes"];
      if (typeof data16 == "number") {
        if (data16 <= 0 || isNaN(data16)) {
          const err38 = { instancePath: instancePath + "/timeout-minutes", schemaPath: "#/properties/timeout-minutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema18.properties["timeout-minutes"], data: data16 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
      } else {
        const err39 = { instancePath: instancePath + "/timeout-minutes", schemaPath: "#/properties/timeout-minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties["timeout-minutes"].type, parentSchema: schema18.properties["timeout-minutes"], data: data16 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data["test-timeout-seconds"] !== void 0) {
      let data17 = data["test-timeout-seconds"];
      if (typeof data17 == "number") {
        if (data17 <= 0 || isNaN(data17)) {
          const err40 = { instancePath: instancePath + "/test-timeout-seconds", schemaPath: "#/properties/test-timeout-seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema18.properties["test-timeout-seconds"], data: data17 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = { instancePath: instancePath + "/test-timeout-seconds", schemaPath: "#/properties/test-timeout-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties["test-timeout-seconds"].type, parentSchema: schema18.properties["test-timeout-seconds"], data: data17 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.retries !== void 0) {
      let data18 = data.retries;
      if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)))) {
        const err42 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema18.properties.retries.type, parentSchema: schema18.properties.retries, data: data18 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (typeof data18 == "number") {
        if (data18 > 5 || isNaN(data18)) {
          const err43 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 5 }, message: "must be <= 5", schema: 5, parentSchema: schema18.properties.retries, data: data18 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data18 < 0 || isNaN(data18)) {
          const err44 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties.retries, data: data18 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
    }
    if (data.results !== void 0) {
      let data19 = data.results;
      if (typeof data19 === "string") {
        if (func2(data19) < 1) {
          const err45 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema18.properties.results, data: data19 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/results", schemaPath: "#/properties/results/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema18.properties.results.type, parentSchema: schema18.properties.results, data: data19 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data["needs-server"] !== void 0) {
      let data20 = data["needs-server"];
      if (typeof data20 !== "boolean") {
        const err47 = { instancePath: instancePath + "/needs-server", schemaPath: "#/properties/needs-server/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema18.properties["needs-server"].type, parentSchema: schema18.properties["needs-server"], data: data20 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.shards !== void 0) {
      let data21 = data.shards;
      const _errs61 = errors;
      let valid14 = false;
      let passing3 = null;
      const _errs62 = errors;
      if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)))) {
        const err48 = { instancePath: instancePath + "/shards", schemaPath: "#/definitions/count/oneOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.oneOf[0].type, parentSchema: schema19.oneOf[0], data: data21 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      if (typeof data21 == "number") {
        if (data21 < 1 || isNaN(data21)) {
          const err49 = { instancePath: instancePath + "/shards", schemaPath: "#/definitions/count/oneOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.oneOf[0], data: data21 };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      }
      var _valid3 = _errs62 === errors;
      if (_valid3) {
        valid14 = true;
        passing3 = 0;
      }
      const _errs64 = errors;
      if ("auto" !== data21) {
        const err50 = { instancePath: instancePath + "/shards", schemaPath: "#/definitions/count/oneOf/1/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema19.oneOf[1], data: data21 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var _valid3 = _errs64 === errors;
      if (_valid3 && valid14) {
        valid14 = false;
        passing3 = [passing3, 1];
      } else {
        if (_valid3) {
          valid14 = true;
          passing3 = 1;
        }
      }
      if (!valid14) {
        const err51 = { instancePath: instancePath + "/shards", schemaPath: "#/definitions/count/oneOf", keyword: "oneOf", params: { passingSchemas: passing3 }, message: "must match exactly one schema in oneOf", schema: schema19.oneOf, parentSchema: schema19, data: data21 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      } else {
        errors = _errs61;
        if (vErrors !== null) {
          if (_errs61) {
            vErrors.length = _errs61;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["target-minutes"] !== void 0) {
      let data22 = data["target-minutes"];
      if (typeof data22 == "number") {
        if (data22 <= 0 || isNaN(data22)) {
          const err52 = { instancePath: instancePath + "/target-minutes", schemaPath: "#/properties/target-minutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema18.properties["target-minutes"], data: data22 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
      } else {
        const err53 = { instancePath: instancePath + "/target-minutes", schemaPath: "#/properties/target-minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties["target-minutes"].type, parentSchema: schema18.properties["target-minutes"], data: data22 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data["file-setup-seconds"] !== void 0) {
      let data23 = data["file-setup-seconds"];
      if (typeof data23 == "number") {
        if (data23 < 0 || isNaN(data23)) {
          const err54 = { instancePath: instancePath + "/file-setup-seconds", schemaPath: "#/properties/file-setup-seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema18.properties["file-setup-seconds"], data: data23 };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = { instancePath: instancePath + "/file-setup-seconds", schemaPath: "#/properties/file-setup-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.properties["file-setup-seconds"].type, parentSchema: schema18.properties["file-setup-seconds"], data: data23 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
  } else {
    const err56 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema18.type, parentSchema: schema18, data };
    if (vErrors === null) {
      vErrors = [err56];
    } else {
      vErrors.push(err56);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.suites === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "suites" }, message: "must have required property 'suites'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "host" || key0 === "runners" || key0 === "image" || key0 === "server" || key0 === "workflow" || key0 === "suites")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (1 !== data0) {
        const err2 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      let data1 = data.host;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "cores" || key1 === "reserved" || key1 === "spare")) {
            const err3 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.host, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.cores !== void 0) {
          let data2 = data1.cores;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
            const err4 = { instancePath: instancePath + "/host/cores", schemaPath: "#/properties/host/properties/cores/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.host.properties.cores.type, parentSchema: schema11.properties.host.properties.cores, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (typeof data2 == "number") {
            if (data2 > 4096 || isNaN(data2)) {
              const err5 = { instancePath: instancePath + "/host/cores", schemaPath: "#/properties/host/properties/cores/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4096 }, message: "must be <= 4096", schema: 4096, parentSchema: schema11.properties.host.properties.cores, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
              const err6 = { instancePath: instancePath + "/host/cores", schemaPath: "#/properties/host/properties/cores/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.host.properties.cores, data: data2 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        }
        if (data1.reserved !== void 0) {
          let data3 = data1.reserved;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err7 = { instancePath: instancePath + "/host/reserved", schemaPath: "#/properties/host/properties/reserved/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.host.properties.reserved.type, parentSchema: schema11.properties.host.properties.reserved, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (typeof data3 == "number") {
            if (data3 < 0 || isNaN(data3)) {
              const err8 = { instancePath: instancePath + "/host/reserved", schemaPath: "#/properties/host/properties/reserved/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.host.properties.reserved, data: data3 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        if (data1.spare !== void 0) {
          let data4 = data1.spare;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
            const err9 = { instancePath: instancePath + "/host/spare", schemaPath: "#/properties/host/properties/spare/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.host.properties.spare.type, parentSchema: schema11.properties.host.properties.spare, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (typeof data4 == "number") {
            if (data4 < 0 || isNaN(data4)) {
              const err10 = { instancePath: instancePath + "/host/spare", schemaPath: "#/properties/host/properties/spare/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.host.properties.spare, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.host.type, parentSchema: schema11.properties.host, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.runners !== void 0) {
      let data5 = data.runners;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err12 = { instancePath: instancePath + "/runners", schemaPath: "#/properties/runners/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.runners, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.labels === void 0) {
              const err13 = { instancePath: instancePath + "/runners/" + i0, schemaPath: "#/properties/runners/items/required", keyword: "required", params: { missingProperty: "labels" }, message: "must have required property 'labels'", schema: schema11.properties.runners.items.required, parentSchema: schema11.properties.runners.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data6.cores === void 0) {
              const err14 = { instancePath: instancePath + "/runners/" + i0, schemaPath: "#/properties/runners/items/required", keyword: "required", params: { missingProperty: "cores" }, message: "must have required property 'cores'", schema: schema11.properties.runners.items.required, parentSchema: schema11.properties.runners.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!(key2 === "labels" || key2 === "cores" || key2 === "memory-gb")) {
                const err15 = { instancePath: instancePath + "/runners/" + i0, schemaPath: "#/properties/runners/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.runners.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data6.labels !== void 0) {
              let data7 = data6.labels;
              const _errs18 = errors;
              let valid5 = false;
              let passing0 = null;
              const _errs19 = errors;
              if (typeof data7 === "string") {
                if (func2(data7) < 1) {
                  const err16 = { instancePath: instancePath + "/runners/" + i0 + "/labels", schemaPath: "#/properties/runners/items/properties/labels/oneOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.runners.items.properties.labels.oneOf[0], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = { instancePath: instancePath + "/runners/" + i0 + "/labels", schemaPath: "#/properties/runners/items/properties/labels/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.runners.items.properties.labels.oneOf[0].type, parentSchema: schema11.properties.runners.items.properties.labels.oneOf[0], data: data7 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              var _valid0 = _errs19 === errors;
              if (_valid0) {
                valid5 = true;
                passing0 = 0;
              }
              const _errs21 = errors;
              if (Array.isArray(data7)) {
                if (data7.length < 1) {
                  const err18 = { instancePath: instancePath + "/runners/" + i0 + "/labels", schemaPath: "#/properties/runners/items/properties/labels/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.runners.items.properties.labels.oneOf[1], data: data7 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (typeof data8 === "string") {
                    if (func2(data8) < 1) {
                      const err19 = { instancePath: instancePath + "/runners/" + i0 + "/labels/" + i1, schemaPath: "#/properties/runners/items/properties/labels/oneOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.runners.items.properties.labels.oneOf[1].items, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/runners/" + i0 + "/labels/" + i1, schemaPath: "#/properties/runners/items/properties/labels/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.runners.items.properties.labels.oneOf[1].items.type, parentSchema: schema11.properties.runners.items.properties.labels.oneOf[1].items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/runners/" + i0 + "/labels", schemaPath: "#/properties/runners/items/properties/labels/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.runners.items.properties.labels.oneOf[1].type, parentSchema: schema11.properties.runners.items.properties.labels.oneOf[1], data: data7 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              var _valid0 = _errs21 === errors;
              if (_valid0 && valid5) {
                valid5 = false;
                passing0 = [passing0, 1];
              } else {
                if (_valid0) {
                  valid5 = true;
                  passing0 = 1;
                }
              }
              if (!valid5) {
                const err22 = { instancePath: instancePath + "/runners/" + i0 + "/labels", schemaPath: "#/properties/runners/items/properties/labels/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.runners.items.properties.labels.oneOf, parentSchema: schema11.properties.runners.items.properties.labels, data: data7 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              } else {
                errors = _errs18;
                if (vErrors !== null) {
                  if (_errs18) {
                    vErrors.length = _errs18;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data6.cores !== void 0) {
              let data9 = data6.cores;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                const err23 = { instancePath: instancePath + "/runners/" + i0 + "/cores", schemaPath: "#/properties/runners/items/properties/cores/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.runners.items.properties.cores.type, parentSchema: schema11.properties.runners.items.properties.cores, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data9 == "number") {
                if (data9 < 1 || isNaN(data9)) {
                  const err24 = { instancePath: instancePath + "/runners/" + i0 + "/cores", schemaPath: "#/properties/runners/items/properties/cores/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.runners.items.properties.cores, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
            }
            if (data6["memory-gb"] !== void 0) {
              let data10 = data6["memory-gb"];
              if (typeof data10 == "number") {
                if (data10 <= 0 || isNaN(data10)) {
                  const err25 = { instancePath: instancePath + "/runners/" + i0 + "/memory-gb", schemaPath: "#/properties/runners/items/properties/memory-gb/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.runners.items.properties["memory-gb"], data: data10 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/runners/" + i0 + "/memory-gb", schemaPath: "#/properties/runners/items/properties/memory-gb/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.runners.items.properties["memory-gb"].type, parentSchema: schema11.properties.runners.items.properties["memory-gb"], data: data10 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/runners/" + i0, schemaPath: "#/properties/runners/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.runners.items.type, parentSchema: schema11.properties.runners.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/runners", schemaPath: "#/properties/runners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.runners.type, parentSchema: schema11.properties.runners, data: data5 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data11 = data.image;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key3 in data11) {
          if (!(key3 === "name" || key3 === "dockerfile" || key3 === "context" || key3 === "target" || key3 === "platform" || key3 === "build-args" || key3 === "cache-key-suffix")) {
            const err29 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.image, data: data11 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data11.name !== void 0) {
          let data12 = data11.name;
          if (typeof data12 === "string") {
            if (func2(data12) < 1) {
              const err30 = { instancePath: instancePath + "/image/name", schemaPath: "#/properties/image/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.image.properties.name, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/image/name", schemaPath: "#/properties/image/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.image.properties.name.type, parentSchema: schema11.properties.image.properties.name, data: data12 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data11.dockerfile !== void 0) {
          let data13 = data11.dockerfile;
          if (typeof data13 === "string") {
            if (func2(data13) < 1) {
              const err32 = { instancePath: instancePath + "/image/dockerfile", schemaPath: "#/properties/image/properties/dockerfile/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.image.properties.dockerfile, data: data13 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          } else {
            const err33 = { instancePath: instancePath + "/image/dockerfile", schemaPath: "#/properties/image/properties/dockerfile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.image.properties.dockerfile.type, parentSchema: schema11.properties.image.properties.dockerfile, data: data13 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data11.context !== void 0) {
          let data14 = data11.context;
          if (typeof data14 === "string") {
            if (func2(data14) < 1) {
              const err34 = { instancePath: instancePath + "/image/context", schemaPath: "#/properties/image/properties/context/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.image.properties.context, data: data14 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/image/context", schemaPath: "#/properties/image/properties/context/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.image.properties.context.type, parentSchema: schema11.properties.image.properties.context, data: data14 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data11.target !== void 0) {
          let data15 = data11.target;
          if (typeof data15 !== "string") {
            const err36 = { instancePath: instancePath + "/image/target", schemaPath: "#/properties/image/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.image.properties.target.type, parentSchema: schema11.properties.image.properties.target, data: data15 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data11.platform !== void 0) {
          let data16 = data11.platform;
          if (typeof data16 !== "string") {
            const err37 = { instancePath: instancePath + "/image/platform", schemaPath: "#/properties/image/properties/platform/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.image.properties.platform.type, parentSchema: schema11.properties.image.properties.platform, data: data16 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data11["build-args"] !== void 0) {
          let data17 = data11["build-args"];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key4 in data17) {
              let data18 = data17[key4];
              if (typeof data18 !== "string" && !(typeof data18 == "number") && typeof data18 !== "boolean") {
                const err38 = { instancePath: instancePath + "/image/build-args/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/image/properties/build-args/additionalProperties/type", keyword: "type", params: { type: schema11.properties.image.properties["build-args"].additionalProperties.type }, message: "must be string,number,boolean", schema: schema11.properties.image.properties["build-args"].additionalProperties.type, parentSchema: schema11.properties.image.properties["build-args"].additionalProperties, data: data18 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/image/build-args", schemaPath: "#/properties/image/properties/build-args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.image.properties["build-args"].type, parentSchema: schema11.properties.image.properties["build-args"], data: data17 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data11["cache-key-suffix"] !== void 0) {
          let data19 = data11["cache-key-suffix"];
          if (typeof data19 !== "string") {
            const err40 = { instancePath: instancePath + "/image/cache-key-suffix", schemaPath: "#/properties/image/properties/cache-key-suffix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.image.properties["cache-key-suffix"].type, parentSchema: schema11.properties.image.properties["cache-key-suffix"], data: data19 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/image", schemaPath: "#/properties/image/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.image.type, parentSchema: schema11.properties.image, data: data11 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.server !== void 0) {
      let data20 = data.server;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          if (!(key5 === "compose-file" || key5 === "service" || key5 === "ports" || key5 === "env" || key5 === "volumes" || key5 === "health-url" || key5 === "health-timeout-seconds")) {
            const err42 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.server, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data20["compose-file"] !== void 0) {
          let data21 = data20["compose-file"];
          if (typeof data21 !== "string") {
            const err43 = { instancePath: instancePath + "/server/compose-file", schemaPath: "#/properties/server/properties/compose-file/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties["compose-file"].type, parentSchema: schema11.properties.server.properties["compose-file"], data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data20.service !== void 0) {
          let data22 = data20.service;
          if (typeof data22 !== "string") {
            const err44 = { instancePath: instancePath + "/server/service", schemaPath: "#/properties/server/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties.service.type, parentSchema: schema11.properties.server.properties.service, data: data22 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data20.ports !== void 0) {
          let data23 = data20.ports;
          if (Array.isArray(data23)) {
            const len2 = data23.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data24 = data23[i2];
              if (typeof data24 !== "string" && !(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                const err45 = { instancePath: instancePath + "/server/ports/" + i2, schemaPath: "#/properties/server/properties/ports/items/type", keyword: "type", params: { type: schema11.properties.server.properties.ports.items.type }, message: "must be string,integer", schema: schema11.properties.server.properties.ports.items.type, parentSchema: schema11.properties.server.properties.ports.items, data: data24 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/server/ports", schemaPath: "#/properties/server/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.server.properties.ports.type, parentSchema: schema11.properties.server.properties.ports, data: data23 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data20.env !== void 0) {
          let data25 = data20.env;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key6 in data25) {
              let data26 = data25[key6];
              if (typeof data26 !== "string" && !(typeof data26 == "number") && typeof data26 !== "boolean") {
                const err47 = { instancePath: instancePath + "/server/env/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/env/additionalProperties/type", keyword: "type", params: { type: schema12.additionalProperties.type }, message: "must be string,number,boolean", schema: schema12.additionalProperties.type, parentSchema: schema12.additionalProperties, data: data26 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/server/env", schemaPath: "#/definitions/env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data: data25 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data20.volumes !== void 0) {
          let data27 = data20.volumes;
          if (Array.isArray(data27)) {
            const len3 = data27.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data28 = data27[i3];
              if (typeof data28 !== "string") {
                const err49 = { instancePath: instancePath + "/server/volumes/" + i3, schemaPath: "#/properties/server/properties/volumes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties.volumes.items.type, parentSchema: schema11.properties.server.properties.volumes.items, data: data28 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/server/volumes", schemaPath: "#/properties/server/properties/volumes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.server.properties.volumes.type, parentSchema: schema11.properties.server.properties.volumes, data: data27 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
        if (data20["health-url"] !== void 0) {
          let data29 = data20["health-url"];
          if (typeof data29 === "string") {
            if (func2(data29) < 1) {
              const err51 = { instancePath: instancePath + "/server/health-url", schemaPath: "#/properties/server/properties/health-url/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.server.properties["health-url"], data: data29 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/server/health-url", schemaPath: "#/properties/server/properties/health-url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.server.properties["health-url"].type, parentSchema: schema11.properties.server.properties["health-url"], data: data29 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data20["health-timeout-seconds"] !== void 0) {
          let data30 = data20["health-timeout-seconds"];
          if (typeof data30 == "number") {
            if (data30 <= 0 || isNaN(data30)) {
              const err53 = { instancePath: instancePath + "/server/health-timeout-seconds", schemaPath: "#/properties/server/properties/health-timeout-seconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema11.properties.server.properties["health-timeout-seconds"], data: data30 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/server/health-timeout-seconds", schemaPath: "#/properties/server/properties/health-timeout-seconds/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.server.properties["health-timeout-seconds"].type, parentSchema: schema11.properties.server.properties["health-timeout-seconds"], data: data30 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/server", schemaPath: "#/properties/server/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.server.type, parentSchema: schema11.properties.server, data: data20 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.workflow !== void 0) {
      let data31 = data.workflow;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        for (const key7 in data31) {
          if (!func8.call(schema11.properties.workflow.properties, key7)) {
            const err56 = { instancePath: instancePath + "/workflow", schemaPath: "#/properties/workflow/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.workflow, data: data31 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data31.pins !== void 0) {
          let data32 = data31.pins;
          if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
            for (const key8 in data32) {
              const _errs79 = errors;
              if (typeof key8 === "string") {
                if (!pattern0.test(key8)) {
                  const err57 = { instancePath: instancePath + "/workflow/pins", schemaPath: "#/properties/workflow/properties/pins/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$" }, message: 'must match pattern "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$"', schema: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$", parentSchema: schema11.properties.workflow.properties.pins.propertyNames, data: key8, propertyName: key8 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
              var valid18 = _errs79 === errors;
              if (!valid18) {
                const err58 = { instancePath: instancePath + "/workflow/pins", schemaPath: "#/properties/workflow/properties/pins/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema11.properties.workflow.properties.pins.propertyNames, parentSchema: schema11.properties.workflow.properties.pins, data: data32 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            for (const key9 in data32) {
              let data33 = data32[key9];
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                if (data33.sha === void 0) {
                  const err59 = { instancePath: instancePath + "/workflow/pins/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/workflow/properties/pins/additionalProperties/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'", schema: schema11.properties.workflow.properties.pins.additionalProperties.required, parentSchema: schema11.properties.workflow.properties.pins.additionalProperties, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data33.version === void 0) {
                  const err60 = { instancePath: instancePath + "/workflow/pins/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/workflow/properties/pins/additionalProperties/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema11.properties.workflow.properties.pins.additionalProperties.required, parentSchema: schema11.properties.workflow.properties.pins.additionalProperties, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
                for (const key10 in data33) {
                  if (!(key10 === "sha" || key10 === "version")) {
                    const err61 = { instancePath: instancePath + "/workflow/pins/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/workflow/properties/pins/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.workflow.properties.pins.additionalProperties, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data33.sha !== void 0) {
                  let data34 = data33.sha;
                  if (typeof data34 === "string") {
                    if (!pattern1.test(data34)) {
                      const err62 = { instancePath: instancePath + "/workflow/pins/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/workflow/properties/pins/additionalProperties/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}$" }, message: 'must match pattern "^[0-9a-f]{40}$"', schema: "^[0-9a-f]{40}$", parentSchema: schema11.properties.workflow.properties.pins.additionalProperties.properties.sha, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err62];
                      } else {
                        vErrors.push(err62);
                      }
                      errors++;
                    }
                  } else {
                    const err63 = { instancePath: instancePath + "/workflow/pins/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/sha", schemaPath: "#/properties/workflow/properties/pins/additionalProperties/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflow.properties.pins.additionalProperties.properties.sha.type, parentSchema: schema11.properties.workflow.properties.pins.additionalProperties.properties.sha, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data33.version !== void 0) {
                  let data35 = data33.version;
                  if (typeof data35 === "string") {
                    if (!pattern2.test(data35)) {
                      const err64 = { instancePath: instancePath + "/workflow/pins/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/properties/workflow/properties/pins/additionalProperties/properties/version/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$", parentSchema: schema11.properties.workflow.properties.pins.additionalProperties.properties.version, data: data35 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                  } else {
                    const err65 = { instancePath: instancePath + "/workflow/pins/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/version", schemaPath: "#/properties/workflow/properties/pins/additionalProperties/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflow.properties.pins.additionalProperties.properties.version.type, parentSchema: schema11.properties.workflow.properties.pins.additionalProperties.properties.version, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/workflow/pins/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/workflow/properties/pins/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.workflow.properties.pins.additionalProperties.type, parentSchema: schema11.properties.workflow.properties.pins.additionalProperties, data: data33 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/workflow/pins", schemaPath: "#/properties/workflow/properties/pins/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.workflow.properties.pins.type, parentSchema: schema11.properties.workflow.properties.pins, data: data32 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data31["runs-on"] !== void 0) {
          let data36 = data31["runs-on"];
          const _errs89 = errors;
          let valid21 = false;
          let passing1 = null;
          const _errs90 = errors;
          if (typeof data36 === "string") {
            if (!pattern3.test(data36)) {
              const err68 = { instancePath: instancePath + "/workflow/runs-on", schemaPath: "#/properties/workflow/properties/runs-on/oneOf/0/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema11.properties.workflow.properties["runs-on"].oneOf[0], data: data36 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/workflow/runs-on", schemaPath: "#/properties/workflow/properties/runs-on/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflow.properties["runs-on"].oneOf[0].type, parentSchema: schema11.properties.workflow.properties["runs-on"].oneOf[0], data: data36 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
          var _valid1 = _errs90 === errors;
          if (_valid1) {
            valid21 = true;
            passing1 = 0;
          }
          const _errs92 = errors;
          if (Array.isArray(data36)) {
            if (data36.length < 1) {
              const err70 = { instancePath: instancePath + "/workflow/runs-on", schemaPath: "#/properties/workflow/properties/runs-on/oneOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.workflow.properties["runs-on"].oneOf[1], data: data36 };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
            const len4 = data36.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data37 = data36[i4];
              if (typeof data37 === "string") {
                if (!pattern3.test(data37)) {
                  const err71 = { instancePath: instancePath + "/workflow/runs-on/" + i4, schemaPath: "#/properties/workflow/properties/runs-on/oneOf/1/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", parentSchema: schema11.properties.workflow.properties["runs-on"].oneOf[1].items, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              } else {
                const err72 = { instancePath: instancePath + "/workflow/runs-on/" + i4, schemaPath: "#/properties/workflow/properties/runs-on/oneOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflow.properties["runs-on"].oneOf[1].items.type, parentSchema: schema11.properties.workflow.properties["runs-on"].oneOf[1].items, data: data37 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
          } else {
            const err73 = { instancePath: instancePath + "/workflow/runs-on", schemaPath: "#/properties/workflow/properties/runs-on/oneOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.workflow.properties["runs-on"].oneOf[1].type, parentSchema: schema11.properties.workflow.properties["runs-on"].oneOf[1], data: data36 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
          var _valid1 = _errs92 === errors;
          if (_valid1 && valid21) {
            valid21 = false;
            passing1 = [passing1, 1];
          } else {
            if (_valid1) {
              valid21 = true;
              passing1 = 1;
            }
          }
          if (!valid21) {
            const err74 = { instancePath: instancePath + "/workflow/runs-on", schemaPath: "#/properties/workflow/properties/runs-on/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf", schema: schema11.properties.workflow.properties["runs-on"].oneOf, parentSchema: schema11.properties.workflow.properties["runs-on"], data: data36 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          } else {
            errors = _errs89;
            if (vErrors !== null) {
              if (_errs89) {
                vErrors.length = _errs89;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data31["default-branch"] !== void 0) {
          let data38 = data31["default-branch"];
          if (typeof data38 === "string") {
            if (!pattern5.test(data38)) {
              const err75 = { instancePath: instancePath + "/workflow/default-branch", schemaPath: "#/properties/workflow/properties/default-branch/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", parentSchema: schema11.properties.workflow.properties["default-branch"], data: data38 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          } else {
            const err76 = { instancePath: instancePath + "/workflow/default-branch", schemaPath: "#/properties/workflow/properties/default-branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflow.properties["default-branch"].type, parentSchema: schema11.properties.workflow.properties["default-branch"], data: data38 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data31["max-parallel"] !== void 0) {
          let data39 = data31["max-parallel"];
          if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)))) {
            const err77 = { instancePath: instancePath + "/workflow/max-parallel", schemaPath: "#/properties/workflow/properties/max-parallel/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.workflow.properties["max-parallel"].type, parentSchema: schema11.properties.workflow.properties["max-parallel"], data: data39 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
          if (typeof data39 == "number") {
            if (data39 > 256 || isNaN(data39)) {
              const err78 = { instancePath: instancePath + "/workflow/max-parallel", schemaPath: "#/properties/workflow/properties/max-parallel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema11.properties.workflow.properties["max-parallel"], data: data39 };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data39 < 1 || isNaN(data39)) {
              const err79 = { instancePath: instancePath + "/workflow/max-parallel", schemaPath: "#/properties/workflow/properties/max-parallel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.workflow.properties["max-parallel"], data: data39 };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
        }
        if (data31["check-run"] !== void 0) {
          let data40 = data31["check-run"];
          if (typeof data40 !== "boolean") {
            const err80 = { instancePath: instancePath + "/workflow/check-run", schemaPath: "#/properties/workflow/properties/check-run/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.workflow.properties["check-run"].type, parentSchema: schema11.properties.workflow.properties["check-run"], data: data40 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data31.comment !== void 0) {
          let data41 = data31.comment;
          if (!(data41 === "off" || data41 === "always" || data41 === "failures" || data41 === "changes")) {
            const err81 = { instancePath: instancePath + "/workflow/comment", schemaPath: "#/properties/workflow/properties/comment/enum", keyword: "enum", params: { allowedValues: schema11.properties.workflow.properties.comment.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.workflow.properties.comment.enum, parentSchema: schema11.properties.workflow.properties.comment, data: data41 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data31.coverage !== void 0) {
          let data42 = data31.coverage;
          if (typeof data42 === "string") {
            if (func2(data42) < 1) {
              const err82 = { instancePath: instancePath + "/workflow/coverage", schemaPath: "#/definitions/workflowText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data42 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (!pattern6.test(data42)) {
              const err83 = { instancePath: instancePath + "/workflow/coverage", schemaPath: "#/definitions/workflowText/pattern", keyword: "pattern", params: { pattern: "^[^\\r\\n$]+$" }, message: 'must match pattern "^[^\\r\\n$]+$"', schema: "^[^\\r\\n$]+$", parentSchema: schema13, data: data42 };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = { instancePath: instancePath + "/workflow/coverage", schemaPath: "#/definitions/workflowText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data42 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
        if (data31["coverage-threshold"] !== void 0) {
          let data43 = data31["coverage-threshold"];
          if (typeof data43 == "number") {
            if (data43 > 100 || isNaN(data43)) {
              const err85 = { instancePath: instancePath + "/workflow/coverage-threshold", schemaPath: "#/properties/workflow/properties/coverage-threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema11.properties.workflow.properties["coverage-threshold"], data: data43 };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
            if (data43 < 0 || isNaN(data43)) {
              const err86 = { instancePath: instancePath + "/workflow/coverage-threshold", schemaPath: "#/properties/workflow/properties/coverage-threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema11.properties.workflow.properties["coverage-threshold"], data: data43 };
              if (vErrors === null) {
                vErrors = [err86];
              } else {
                vErrors.push(err86);
              }
              errors++;
            }
          } else {
            const err87 = { instancePath: instancePath + "/workflow/coverage-threshold", schemaPath: "#/properties/workflow/properties/coverage-threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.workflow.properties["coverage-threshold"].type, parentSchema: schema11.properties.workflow.properties["coverage-threshold"], data: data43 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
        if (data31["retention-days"] !== void 0) {
          let data44 = data31["retention-days"];
          if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
            const err88 = { instancePath: instancePath + "/workflow/retention-days", schemaPath: "#/properties/workflow/properties/retention-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.workflow.properties["retention-days"].type, parentSchema: schema11.properties.workflow.properties["retention-days"], data: data44 };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (typeof data44 == "number") {
            if (data44 > 90 || isNaN(data44)) {
              const err89 = { instancePath: instancePath + "/workflow/retention-days", schemaPath: "#/properties/workflow/properties/retention-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 90 }, message: "must be <= 90", schema: 90, parentSchema: schema11.properties.workflow.properties["retention-days"], data: data44 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data44 < 1 || isNaN(data44)) {
              const err90 = { instancePath: instancePath + "/workflow/retention-days", schemaPath: "#/properties/workflow/properties/retention-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema11.properties.workflow.properties["retention-days"], data: data44 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          }
        }
        if (data31["python-version"] !== void 0) {
          let data45 = data31["python-version"];
          if (typeof data45 === "string") {
            if (!pattern2.test(data45)) {
              const err91 = { instancePath: instancePath + "/workflow/python-version", schemaPath: "#/definitions/workflowVersion/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$", parentSchema: schema14, data: data45 };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          } else {
            const err92 = { instancePath: instancePath + "/workflow/python-version", schemaPath: "#/definitions/workflowVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data45 };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data31.requirements !== void 0) {
          let data46 = data31.requirements;
          if (typeof data46 === "string") {
            if (func2(data46) < 1) {
              const err93 = { instancePath: instancePath + "/workflow/requirements", schemaPath: "#/definitions/workflowText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13, data: data46 };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
            if (!pattern6.test(data46)) {
              const err94 = { instancePath: instancePath + "/workflow/requirements", schemaPath: "#/definitions/workflowText/pattern", keyword: "pattern", params: { pattern: "^[^\\r\\n$]+$" }, message: 'must match pattern "^[^\\r\\n$]+$"', schema: "^[^\\r\\n$]+$", parentSchema: schema13, data: data46 };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          } else {
            const err95 = { instancePath: instancePath + "/workflow/requirements", schemaPath: "#/definitions/workflowText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data46 };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data31["dotnet-version"] !== void 0) {
          let data47 = data31["dotnet-version"];
          if (typeof data47 === "string") {
            if (!pattern2.test(data47)) {
              const err96 = { instancePath: instancePath + "/workflow/dotnet-version", schemaPath: "#/definitions/workflowVersion/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$", parentSchema: schema14, data: data47 };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          } else {
            const err97 = { instancePath: instancePath + "/workflow/dotnet-version", schemaPath: "#/definitions/workflowVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data47 };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        }
        if (data31["node-version"] !== void 0) {
          let data48 = data31["node-version"];
          if (typeof data48 === "string") {
            if (!pattern2.test(data48)) {
              const err98 = { instancePath: instancePath + "/workflow/node-version", schemaPath: "#/definitions/workflowVersion/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$", parentSchema: schema14, data: data48 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
          } else {
            const err99 = { instancePath: instancePath + "/workflow/node-version", schemaPath: "#/definitions/workflowVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data48 };
            if (vErrors === null) {
              vErrors = [err99];
            } else {
              vErrors.push(err99);
            }
            errors++;
          }
        }
        if (data31.qgis !== void 0) {
          let data49 = data31.qgis;
          if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
            if (data49.suites === void 0) {
              const err100 = { instancePath: instancePath + "/workflow/qgis", schemaPath: "#/properties/workflow/properties/qgis/required", keyword: "required", params: { missingProperty: "suites" }, message: "must have required property 'suites'", schema: schema11.properties.workflow.properties.qgis.required, parentSchema: schema11.properties.workflow.properties.qgis, data: data49 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            for (const key11 in data49) {
              if (!(key11 === "suites" || key11 === "image")) {
                const err101 = { instancePath: instancePath + "/workflow/qgis", schemaPath: "#/properties/workflow/properties/qgis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.workflow.properties.qgis, data: data49 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data49.suites !== void 0) {
              let data50 = data49.suites;
              if (Array.isArray(data50)) {
                if (data50.length < 1) {
                  const err102 = { instancePath: instancePath + "/workflow/qgis/suites", schemaPath: "#/properties/workflow/properties/qgis/properties/suites/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.workflow.properties.qgis.properties.suites, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
                const len5 = data50.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data51 = data50[i5];
                  if (typeof data51 === "string") {
                    if (!pattern11.test(data51)) {
                      const err103 = { instancePath: instancePath + "/workflow/qgis/suites/" + i5, schemaPath: "#/properties/workflow/properties/qgis/properties/suites/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"', schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", parentSchema: schema11.properties.workflow.properties.qgis.properties.suites.items, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err103];
                      } else {
                        vErrors.push(err103);
                      }
                      errors++;
                    }
                  } else {
                    const err104 = { instancePath: instancePath + "/workflow/qgis/suites/" + i5, schemaPath: "#/properties/workflow/properties/qgis/properties/suites/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflow.properties.qgis.properties.suites.items.type, parentSchema: schema11.properties.workflow.properties.qgis.properties.suites.items, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
              } else {
                const err105 = { instancePath: instancePath + "/workflow/qgis/suites", schemaPath: "#/properties/workflow/properties/qgis/properties/suites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.workflow.properties.qgis.properties.suites.type, parentSchema: schema11.properties.workflow.properties.qgis.properties.suites, data: data50 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
            }
            if (data49.image !== void 0) {
              let data52 = data49.image;
              if (typeof data52 === "string") {
                if (!pattern12.test(data52)) {
                  const err106 = { instancePath: instancePath + "/workflow/qgis/image", schemaPath: "#/properties/workflow/properties/qgis/properties/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._/:@-]{0,254}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._/:@-]{0,254}$"', schema: "^[a-z0-9][a-z0-9._/:@-]{0,254}$", parentSchema: schema11.properties.workflow.properties.qgis.properties.image, data: data52 };
                  if (vErrors === null) {
                    vErrors = [err106];
                  } else {
                    vErrors.push(err106);
                  }
                  errors++;
                }
              } else {
                const err107 = { instancePath: instancePath + "/workflow/qgis/image", schemaPath: "#/properties/workflow/properties/qgis/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.workflow.properties.qgis.properties.image.type, parentSchema: schema11.properties.workflow.properties.qgis.properties.image, data: data52 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
          } else {
            const err108 = { instancePath: instancePath + "/workflow/qgis", schemaPath: "#/properties/workflow/properties/qgis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.workflow.properties.qgis.type, parentSchema: schema11.properties.workflow.properties.qgis, data: data49 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
      } else {
        const err109 = { instancePath: instancePath + "/workflow", schemaPath: "#/properties/workflow/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.workflow.type, parentSchema: schema11.properties.workflow, data: data31 };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
    if (data.suites !== void 0) {
      let data53 = data.suites;
      if (Array.isArray(data53)) {
        if (data53.length < 1) {
          const err110 = { instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.suites, data: data53 };
          if (vErrors === null) {
            vErrors = [err110];
          } else {
            vErrors.push(err110);
          }
          errors++;
        }
        const len6 = data53.length;
        for (let i6 = 0; i6 < len6; i6++) {
          if (!validate11(data53[i6], { instancePath: instancePath + "/suites/" + i6, parentData: data53, parentDataProperty: i6, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err111 = { instancePath: instancePath + "/suites", schemaPath: "#/properties/suites/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.suites.type, parentSchema: schema11.properties.suites, data: data53 };
        if (vErrors === null) {
          vErrors = [err111];
        } else {
          vErrors.push(err111);
        }
        errors++;
      }
    }
  } else {
    const err112 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err112];
    } else {
      vErrors.push(err112);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var runtime0Module, runtime0, schema_validator_generated_default, schema11, schema12, schema13, schema14, func2, func8, pattern0, pattern1, pattern2, pattern3, pattern5, pattern6, pattern11, pattern12, schema18, schema19, pattern14;
var init_schema_validator_generated = __esm({
  "src/config/schema-validator.generated.js"() {
    "use strict";
    runtime0Module = __toESM(require_ucs2length(), 1);
    runtime0 = { default: typeof runtime0Module.default === "function" ? runtime0Module.default : runtime0Module.default.default };
    schema_validator_generated_default = validate10;
    schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/honua/parallel-tests/schema/parallel-tests.schema.json", "title": "parallel-tests.yml", "description": "How parallel-tests runs a repository's test suites: the host's cores, GitHub runner sizes, the test image and server, and the suites with their worker counts and shards.", "type": "object", "additionalProperties": false, "required": ["suites"], "properties": { "version": { "description": "Config format version.", "const": 1 }, "host": { "description": "The machine the allocation is written for (one big box); other hosts scale from it.", "type": "object", "additionalProperties": false, "properties": { "cores": { "description": "Cores of the reference host. Default: the machine's own.", "type": "integer", "minimum": 1, "maximum": 4096 }, "reserved": { "description": "Cores kept for the system and Docker (the lowest core numbers). Default 1.", "type": "integer", "minimum": 0 }, "spare": { "description": "Cores left idle as headroom (the highest core numbers). Default 0.", "type": "integer", "minimum": 0 } } }, "runners": { "description": "GitHub runner sizes a matrix may use; each suite's core budget is mapped onto them. Default: ubuntu-latest with 4 cores and 16 GB.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["labels", "cores"], "properties": { "labels": { "description": "runs-on labels, e.g. ubuntu-latest or a larger runner's label.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "cores": { "type": "integer", "minimum": 1 }, "memory-gb": { "type": "number", "exclusiveMinimum": 0 } } } }, "image": { "description": "The test image: built once, restored everywhere.", "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "minLength": 1 }, "dockerfile": { "type": "string", "minLength": 1 }, "context": { "type": "string", "minLength": 1 }, "target": { "type": "string" }, "platform": { "type": "string" }, "build-args": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "cache-key-suffix": { "type": "string" } } }, "server": { "description": "The test server the suites that need it talk to.", "type": "object", "additionalProperties": false, "properties": { "compose-file": { "type": "string" }, "service": { "type": "string" }, "ports": { "type": "array", "items": { "type": ["string", "integer"] } }, "env": { "$ref": "#/definitions/env" }, "volumes": { "type": "array", "items": { "type": "string" } }, "health-url": { "type": "string", "minLength": 1 }, "health-timeout-seconds": { "type": "number", "exclusiveMinimum": 0 } } }, "workflow": { "description": "What `parallel-tests generate` writes into the workflow: action pins, the runner of the plan, image and report jobs, the report's outputs and each framework's setup.", "type": "object", "additionalProperties": false, "properties": { "pins": { "description": "Full commit SHAs of the actions the workflow uses, e.g. honua/parallel-tests: { sha: <40 hex digits>, version: v1.0.0 }. GitHub's own actions have shipped defaults; ours must be given here or with generate --pin.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["sha", "version"], "properties": { "sha": { "description": "The full 40-hex commit SHA (never a tag or a branch: those move).", "type": "string", "pattern": "^[0-9a-f]{40}$" }, "version": { "description": "The tag the SHA is, for the comment beside it: letters, digits, '.', '_', '+' and '-'.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$" } } } }, "runs-on": { "description": "Labels of the runner for the plan, image and report jobs (test jobs take theirs from runners): letters, digits, '.', '_' and '-'. Default ubuntu-latest.", "oneOf": [{ "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" }, { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$" } }] }, "default-branch": { "description": "The branch whose pushes run the workflow (and are never cancelled): letters, digits, '.', '_', '/' and '-'. Default main.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$" }, "max-parallel": { "description": "At most this many test jobs at once (strategy.max-parallel). Default: as many as GitHub gives.", "type": "integer", "minimum": 1, "maximum": 256 }, "check-run": { "description": "The report job creates a check run with the annotations (it gets checks: write). Default false.", "type": "boolean" }, "comment": { "description": "The report job's pull-request comment (it gets pull-requests: write). Default off.", "enum": ["off", "always", "failures", "changes"] }, "coverage": { "description": "Cobertura files the report merges, a glob (written into the workflow: no '$', no line breaks).", "$ref": "#/definitions/workflowText" }, "coverage-threshold": { "description": "The report fails below this total coverage (percent).", "type": "number", "minimum": 0, "maximum": 100 }, "retention-days": { "description": "Days the test jobs' artifacts are kept.", "type": "integer", "minimum": 1, "maximum": 90 }, "python-version": { "description": "setup-python's python-version for pytest suites. Default 3.12.", "$ref": "#/definitions/workflowVersion" }, "requirements": { "description": "A pip requirements file the pytest jobs install besides pytest and pytest-xdist (written into the workflow: no '$', no line breaks).", "$ref": "#/definitions/workflowText" }, "dotnet-version": { "description": "setup-dotnet's dotnet-version for .NET suites. Default 8.0.x.", "$ref": "#/definitions/workflowVersion" }, "node-version": { "description": "setup-node's node-version for jest and vitest suites. Default 22.", "$ref": "#/definitions/workflowVersion" }, "qgis": { "description": "Suites that need PyQGIS: from Ubuntu's packages (the default), or inside a container image with QGIS.", "type": "object", "additionalProperties": false, "required": ["suites"], "properties": { "suites": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" } }, "image": { "description": "A container image with QGIS and pytest (e.g. qgis/qgis:ltr): lowercase letters, digits, '.', '_', '/', ':', '@' and '-'.", "type": "string", "pattern": "^[a-z0-9][a-z0-9._/:@-]{0,254}$" } } } } }, "suites": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/suite" } } }, "definitions": { "workflowText": { "description": "it is written into the generated workflow: no '$' and no line breaks", "type": "string", "minLength": 1, "pattern": "^[^\\r\\n$]+$" }, "workflowVersion": { "description": "a version: letters, digits, '.', '_', '+' and '-'.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$" }, "env": { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } }, "count": { "oneOf": [{ "type": "integer", "minimum": 1 }, { "const": "auto" }] }, "suite": { "type": "object", "additionalProperties": false, "required": ["name", "framework"], "properties": { "name": { "description": "Reaches job names and file names: letters, digits, '.', '_' and '-', starting with a letter or digit.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, "framework": { "enum": ["pytest", "xunit", "dotnet", "nunit", "jest", "vitest", "go", "command"] }, "path": { "description": "Where the suite's tests live (pytest, jest, vitest, go).", "type": "string", "minLength": 1 }, "project": { "description": "The test project (dotnet, xunit, nunit).", "type": "string", "minLength": 1 }, "python": { "description": "The Python interpreter that runs pytest (a path or a name on PATH). Default: the first python3 or python on PATH that imports pytest (and xdist when workers > 1).", "type": "string", "minLength": 1 }, "python-imports": { "description": "Modules the interpreter must import for this suite (e.g. qgis.core); when one does not, the suite is reported as not run, naming it.", "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.]*$" } }, "command": { "description": "The command that runs the suite (framework: command): a list of arguments, never a shell string (a string is split on spaces). {workers}, {shard}, {shards}, {tests-file} and {results} are replaced inside each argument.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "workers": { "description": "Parallel workers (pytest -n, jest --maxWorkers, ...). Default auto: one per core of the budget.", "$ref": "#/definitions/count" }, "threads": { "description": "Test threads for .NET suites (xUnit maxParallelThreads); same as workers.", "$ref": "#/definitions/count" }, "cores": { "description": "The suite's core budget; cores beyond its workers are overflow (e.g. database I/O). Default: its worker count, or an equal share.", "type": "integer", "minimum": 1 }, "markers": { "description": "pytest -m expression.", "type": "string" }, "filter": { "description": "dotnet test --filter (or the framework's test filter).", "type": "string" }, "env": { "$ref": "#/definitions/env" }, "timeout-minutes": { "description": "The whole shard's time limit: at the limit its process tree is stopped (TERM, then KILL) and what it wrote still counts.", "type": "number", "exclusiveMinimum": 0 }, "test-timeout-seconds": { "description": "One test's time limit (pytest --timeout, which needs pytest-timeout).", "type": "number", "exclusiveMinimum": 0 }, "retries": { "description": "How many times the failed tests (only those) run again; a test that passes on a retry is reported flaky. Default 0.", "type": "integer", "minimum": 0, "maximum": 5 }, "results": { "description": "Glob of the result files the suite writes.", "type": "string", "minLength": 1 }, "needs-server": { "type": "boolean" }, "shards": { "description": "Matrix jobs for this suite; auto (the default): enough for target-minutes by past durations, and at least what the core budget needs on the runners.", "$ref": "#/definitions/count" }, "target-minutes": { "description": "With shards: auto, the wall time one shard should take.", "type": "number", "exclusiveMinimum": 0 }, "file-setup-seconds": { "description": "Seconds each shard spends once per distinct test file it runs (per class for .NET): imports, module- or class-scoped fixtures. Above 0 the planner keeps files whole where that shortens the longest shard. Default: fitted from the job records beside the timings, else 0.", "type": "number", "minimum": 0 } }, "not": { "required": ["workers", "threads"] } } } };
    schema12 = { "type": "object", "additionalProperties": { "type": ["string", "number", "boolean"] } };
    schema13 = { "description": "it is written into the generated workflow: no '$' and no line breaks", "type": "string", "minLength": 1, "pattern": "^[^\\r\\n$]+$" };
    schema14 = { "description": "a version: letters, digits, '.', '_', '+' and '-'.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$" };
    func2 = runtime0.default;
    func8 = Object.prototype.hasOwnProperty;
    pattern0 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*$", "u");
    pattern1 = new RegExp("^[0-9a-f]{40}$", "u");
    pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$", "u");
    pattern3 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", "u");
    pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$", "u");
    pattern6 = new RegExp("^[^\\r\\n$]+$", "u");
    pattern11 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
    pattern12 = new RegExp("^[a-z0-9][a-z0-9._/:@-]{0,254}$", "u");
    schema18 = { "type": "object", "additionalProperties": false, "required": ["name", "framework"], "properties": { "name": { "description": "Reaches job names and file names: letters, digits, '.', '_' and '-', starting with a letter or digit.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" }, "framework": { "enum": ["pytest", "xunit", "dotnet", "nunit", "jest", "vitest", "go", "command"] }, "path": { "description": "Where the suite's tests live (pytest, jest, vitest, go).", "type": "string", "minLength": 1 }, "project": { "description": "The test project (dotnet, xunit, nunit).", "type": "string", "minLength": 1 }, "python": { "description": "The Python interpreter that runs pytest (a path or a name on PATH). Default: the first python3 or python on PATH that imports pytest (and xdist when workers > 1).", "type": "string", "minLength": 1 }, "python-imports": { "description": "Modules the interpreter must import for this suite (e.g. qgis.core); when one does not, the suite is reported as not run, naming it.", "type": "array", "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.]*$" } }, "command": { "description": "The command that runs the suite (framework: command): a list of arguments, never a shell string (a string is split on spaces). {workers}, {shard}, {shards}, {tests-file} and {results} are replaced inside each argument.", "oneOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }] }, "workers": { "description": "Parallel workers (pytest -n, jest --maxWorkers, ...). Default auto: one per core of the budget.", "$ref": "#/definitions/count" }, "threads": { "description": "Test threads for .NET suites (xUnit maxParallelThreads); same as workers.", "$ref": "#/definitions/count" }, "cores": { "description": "The suite's core budget; cores beyond its workers are overflow (e.g. database I/O). Default: its worker count, or an equal share.", "type": "integer", "minimum": 1 }, "markers": { "description": "pytest -m expression.", "type": "string" }, "filter": { "description": "dotnet test --filter (or the framework's test filter).", "type": "string" }, "env": { "$ref": "#/definitions/env" }, "timeout-minutes": { "description": "The whole shard's time limit: at the limit its process tree is stopped (TERM, then KILL) and what it wrote still counts.", "type": "number", "exclusiveMinimum": 0 }, "test-timeout-seconds": { "description": "One test's time limit (pytest --timeout, which needs pytest-timeout).", "type": "number", "exclusiveMinimum": 0 }, "retries": { "description": "How many times the failed tests (only those) run again; a test that passes on a retry is reported flaky. Default 0.", "type": "integer", "minimum": 0, "maximum": 5 }, "results": { "description": "Glob of the result files the suite writes.", "type": "string", "minLength": 1 }, "needs-server": { "type": "boolean" }, "shards": { "description": "Matrix jobs for this suite; auto (the default): enough for target-minutes by past durations, and at least what the core budget needs on the runners.", "$ref": "#/definitions/count" }, "target-minutes": { "description": "With shards: auto, the wall time one shard should take.", "type": "number", "exclusiveMinimum": 0 }, "file-setup-seconds": { "description": "Seconds each shard spends once per distinct test file it runs (per class for .NET): imports, module- or class-scoped fixtures. Above 0 the planner keeps files whole where that shortens the longest shard. Default: fitted from the job records beside the timings, else 0.", "type": "number", "minimum": 0 } }, "not": { "required": ["workers", "threads"] } };
    schema19 = { "oneOf": [{ "type": "integer", "minimum": 1 }, { "const": "auto" }] };
    pattern14 = new RegExp("^[A-Za-z_][A-Za-z0-9_.]*$", "u");
  }
});

// src/config/workflow-section.ts
function defaultWorkflow() {
  return readWorkflowSection(void 0, [], () => ({ line: 1, column: 1 })).workflow;
}
function readWorkflowSection(raw, suites, at) {
  const w = raw ?? {};
  const problems = [];
  const pins = {};
  const pinLines = {};
  for (const [action, pin] of Object.entries(w.pins ?? {})) {
    pins[action] = { sha: pin.sha, version: pin.version };
    pinLines[action] = at(["workflow", "pins", action]).line;
  }
  const workflow = {
    pins,
    pinLines,
    runsOn: typeof w["runs-on"] === "string" ? [w["runs-on"]] : w["runs-on"] ?? ["ubuntu-latest"],
    defaultBranch: w["default-branch"] ?? "main",
    checkRun: w["check-run"] ?? false,
    comment: w.comment ?? "off",
    pythonVersion: w["python-version"] ?? "3.12",
    dotnetVersion: w["dotnet-version"] ?? "8.0.x",
    nodeVersion: w["node-version"] ?? "22"
  };
  if (w["max-parallel"] !== void 0) workflow.maxParallel = w["max-parallel"];
  if (w.coverage !== void 0) workflow.coverage = w.coverage;
  if (w["coverage-threshold"] !== void 0) workflow.coverageThreshold = w["coverage-threshold"];
  if (w["retention-days"] !== void 0) workflow.retentionDays = w["retention-days"];
  if (w.requirements !== void 0) workflow.requirements = w.requirements;
  if (w.qgis) {
    const byName2 = new Map(suites.map((s) => [s.name, s]));
    w.qgis.suites.forEach((name, i) => {
      const suite = byName2.get(name);
      const where2 = at(["workflow", "qgis", "suites", i]);
      if (!suite) {
        problems.push({
          ...where2,
          message: `workflow.qgis.suites names "${name}", which is not a suite (suites: ${[...byName2.keys()].join(", ")})`
        });
      } else if (suite.framework !== "pytest") {
        problems.push({
          ...where2,
          message: `workflow.qgis.suites names "${name}", a ${suite.framework} suite: PyQGIS is set up for pytest suites`
        });
      } else if (w.qgis?.image !== void 0 && suite.needsServer) {
        problems.push({
          ...where2,
          message: `suite "${name}" needs the test server, which cannot start inside the container workflow.qgis.image runs it in; drop "image" to install QGIS from Ubuntu's packages`
        });
      }
    });
    workflow.qgis = { suites: [...w.qgis.suites] };
    if (w.qgis.image !== void 0) workflow.qgis.image = w.qgis.image;
  }
  return { workflow, problems };
}
var init_workflow_section = __esm({
  "src/config/workflow-section.ts"() {
    "use strict";
  }
});

// src/config/config.ts
function validate(value) {
  return schema_validator_generated_default(value) ? [] : [...schema_validator_generated_default.errors ?? []];
}
function position(lc, offset) {
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}
function nodePosition(lc, node) {
  return node?.range ? position(lc, node.range[0]) : { line: 1, column: 1 };
}
function nodeAt(doc, path26) {
  let node = doc.contents;
  let found = node;
  for (const segment of path26) {
    if ((0, import_yaml.isMap)(node)) node = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === segment)?.value;
    else if ((0, import_yaml.isSeq)(node)) node = node.items[Number(segment)];
    else break;
    if (node === void 0 || node === null) break;
    found = node;
  }
  return found;
}
function keyNode(doc, path26, key) {
  const parent = nodeAt(doc, path26);
  if (!(0, import_yaml.isMap)(parent)) return void 0;
  const pair = parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key);
  return pair && (0, import_yaml.isScalar)(pair.key) ? pair.key : void 0;
}
function pathOf(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function describeSchemaError(e) {
  const field = e.instancePath === "" ? "the file" : `"${e.instancePath.split("/").pop()}"`;
  switch (e.keyword) {
    case "additionalProperty":
    case "additionalProperties": {
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      return `unknown key "${e.params.additionalProperty}" (expected one of: ${allowed.join(", ")})`;
    }
    case "required":
      return `missing required key "${e.params.missingProperty}"`;
    case "enum":
      return `${field} must be one of: ${(e.params.allowedValues ?? []).join(", ")}`;
    case "const":
      return `${field} must be ${JSON.stringify(e.params.allowedValue)}`;
    case "oneOf":
      if (e.schemaPath.includes("count")) return `${field} must be a whole number of at least 1, or "auto"`;
      if (e.schemaPath.includes("command"))
        return `${field} must be a command line or a list of arguments (non-empty strings)`;
      return `${field} must be a label or a list of labels`;
    case "not":
      return "give workers or threads, not both";
    case "pattern":
      return `${field} must match ${e.params.pattern} (${e.parentSchema?.description ?? ""})`;
    default:
      return `${field} ${e.message ?? "is not valid"}`;
  }
}
function schemaProblems(doc, lc, errors) {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
  const out2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword !== "oneOf" && oneOfPaths.has(e.instancePath) && e.schemaPath.includes("/oneOf/")) continue;
    const message = describeSchemaError(e);
    if (!message) continue;
    const path26 = pathOf(e.instancePath);
    const key = e.keyword === "additionalProperties" ? keyNode(doc, path26, e.params.additionalProperty) : void 0;
    const node = key ?? nodeAt(doc, path26);
    const at = nodePosition(lc, node);
    const id = `${at.line}:${at.column}:${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out2.push({ ...at, message });
  }
  return out2;
}
function fail(file, problems) {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const lines = sorted.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${file}:${p.line}:${p.column}: ${p.message}`);
  if (sorted.length > MAX_LISTED_PROBLEMS) lines.push(`... and ${sorted.length - MAX_LISTED_PROBLEMS} more`);
  throw new InputError(
    sorted.length === 1 ? lines[0] : `${file}: ${sorted.length} problems
${lines.map((l) => `  ${l}`).join("\n")}`
  );
}
function tooDeep(doc) {
  const stack = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (!(0, import_yaml.isMap)(node) && !(0, import_yaml.isSeq)(node)) continue;
    if (depth > MAX_CONFIG_DEPTH) return node;
    for (const item of node.items) {
      if ((0, import_yaml.isPair)(item)) stack.push([item.key, depth + 1], [item.value, depth + 1]);
      else stack.push([item, depth + 1]);
    }
  }
  return void 0;
}
function firstAlias(doc) {
  let first;
  const stack = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if ((0, import_yaml.isAlias)(node)) {
      if (!first || (node.range?.[0] ?? 0) < (first.range?.[0] ?? 0)) first = node;
    } else if ((0, import_yaml.isMap)(node)) for (const p of node.items) stack.push(p.key, p.value);
    else if ((0, import_yaml.isSeq)(node)) for (const item of node.items) stack.push(item);
  }
  return first;
}
function toPlainData(doc, lc, file) {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (err2) {
    if (!(err2 instanceof ReferenceError)) throw err2;
    fail(file, [
      {
        ...nodePosition(lc, firstAlias(doc)),
        message: "its aliases (*name) expand to too many nodes (an alias bomb?): refused"
      }
    ]);
  }
}
function asLabels(labels) {
  return typeof labels === "string" ? [labels] : labels;
}
function asEnv(env) {
  return Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, String(v)]));
}
function defaultResults(name, framework) {
  return isDotnet(framework) ? `results/${name}/**/*.trx` : `results/${name}/**/*.xml`;
}
function imageOf(raw) {
  const image2 = {
    name: raw.name ?? "parallel-tests:test",
    dockerfile: raw.dockerfile ?? "Dockerfile",
    context: raw.context ?? ".",
    buildArgs: asEnv(raw["build-args"])
  };
  if (raw.target !== void 0) image2.target = raw.target;
  if (raw.platform !== void 0) image2.platform = raw.platform;
  if (raw["cache-key-suffix"] !== void 0) image2.cacheKeySuffix = raw["cache-key-suffix"];
  return image2;
}
function serverOf(raw) {
  const server = {
    ports: (raw.ports ?? []).map(String),
    env: asEnv(raw.env),
    volumes: raw.volumes ?? [],
    healthUrl: raw["health-url"] ?? "http://localhost:8080/health",
    healthTimeoutSeconds: raw["health-timeout-seconds"] ?? 60
  };
  if (raw["compose-file"] !== void 0) server.composeFile = raw["compose-file"];
  if (raw.service !== void 0) server.service = raw.service;
  return server;
}
function parseConfig(text3, file) {
  const lc = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text3, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    fail(
      file,
      doc.errors.map((e) => ({
        ...position(lc, e.pos[0]),
        message: e.code === "RESOURCE_EXHAUSTION" ? `nested too deeply to read (a config needs fewer than ${MAX_CONFIG_DEPTH} levels)` : e.message.split("\n")[0]
      }))
    );
  }
  const deep = tooDeep(doc);
  if (deep) {
    fail(file, [
      {
        ...nodePosition(lc, deep),
        message: `nested more than ${MAX_CONFIG_DEPTH} levels deep: not a config`
      }
    ]);
  }
  const value = toPlainData(doc, lc, file);
  if (value === null || value === void 0)
    fail(file, [{ line: 1, column: 1, message: 'the file is empty: expected a mapping with "suites"' }]);
  const errors = validate(value);
  if (errors.length > 0) fail(file, schemaProblems(doc, lc, errors));
  const raw = value;
  const at = (path26) => nodePosition(lc, nodeAt(doc, path26));
  const problems = [];
  const names = /* @__PURE__ */ new Map();
  const suites = raw.suites.map((s, i) => {
    const first = names.get(s.name);
    if (first !== void 0) {
      problems.push({
        ...at(["suites", i, "name"]),
        message: `suite name "${s.name}" is used twice (first at line ${at(["suites", first]).line})`
      });
    } else {
      names.set(s.name, i);
    }
    const workers = s.workers ?? s.threads ?? "auto";
    if (typeof workers === "number" && s.cores !== void 0 && workers > s.cores) {
      problems.push({
        ...at(["suites", i, s.workers !== void 0 ? "workers" : "threads"]),
        message: `suite "${s.name}" has ${workers} workers but a budget of ${s.cores} cores`
      });
    }
    if (s.framework === "command" && s.command === void 0) {
      problems.push({
        ...at(["suites", i]),
        message: `suite "${s.name}" (framework: command) needs "command"`
      });
    }
    const suite = {
      name: s.name,
      framework: s.framework,
      workers,
      env: asEnv(s.env),
      timeoutMinutes: s["timeout-minutes"] ?? DEFAULT_TIMEOUT_MINUTES,
      retries: s.retries ?? 0,
      pythonImports: s["python-imports"] ?? [],
      results: s.results ?? defaultResults(s.name, s.framework),
      needsServer: s["needs-server"] ?? false,
      shards: s.shards ?? "auto",
      targetMinutes: s["target-minutes"] ?? DEFAULT_TARGET_MINUTES,
      line: at(["suites", i]).line
    };
    for (const key of ["path", "project", "python", "markers", "filter"]) {
      if (s[key] !== void 0) suite[key] = s[key];
    }
    if (s.command !== void 0)
      suite.command = typeof s.command === "string" ? s.command.trim().split(/\s+/) : s.command;
    if (s["test-timeout-seconds"] !== void 0) suite.testTimeoutSeconds = s["test-timeout-seconds"];
    if (s.cores !== void 0) suite.cores = s.cores;
    if (s["file-setup-seconds"] !== void 0) suite.fileSetupSeconds = s["file-setup-seconds"];
    return suite;
  });
  const host = { reserved: raw.host?.reserved ?? 1, spare: raw.host?.spare ?? 0 };
  if (raw.host?.cores !== void 0) {
    host.cores = raw.host.cores;
    const available = host.cores - host.reserved - host.spare;
    const asked = suites.reduce(
      (sum, s) => sum + (s.cores ?? (typeof s.workers === "number" ? s.workers : 1)),
      0
    );
    if (available < 1) {
      problems.push({
        ...at(["host", "cores"]),
        message: `host has ${host.cores} cores but reserves ${host.reserved} and spares ${host.spare}: none left for tests`
      });
    } else if (asked > available) {
      problems.push({
        ...at(["host", "cores"]),
        message: `the suites ask for ${asked} cores but the host has ${available} to give (${host.cores} - ${host.reserved} reserved - ${host.spare} spare)`
      });
    }
  }
  const workflow = readWorkflowSection(raw.workflow, suites, at);
  problems.push(...workflow.problems);
  if (problems.length > 0) fail(file, problems);
  const config = {
    file,
    host,
    runners: raw.runners?.map((r) => ({
      labels: asLabels(r.labels),
      cores: r.cores,
      ...r["memory-gb"] !== void 0 ? { memoryGb: r["memory-gb"] } : {}
    })) ?? [DEFAULT_RUNNER],
    suites
  };
  if (raw.workflow) config.workflow = workflow.workflow;
  if (raw.image) config.image = imageOf(raw.image);
  if (raw.server) config.server = serverOf(raw.server);
  return config;
}
var import_yaml, DEFAULT_RUNNER, DEFAULT_TIMEOUT_MINUTES, DEFAULT_TARGET_MINUTES, MAX_LISTED_PROBLEMS, MAX_CONFIG_DEPTH;
var init_config = __esm({
  "src/config/config.ts"() {
    "use strict";
    import_yaml = __toESM(require_dist(), 1);
    init_errors();
    init_frameworks();
    init_schema_validator_generated();
    init_workflow_section();
    DEFAULT_RUNNER = { labels: ["ubuntu-latest"], cores: 4, memoryGb: 16 };
    DEFAULT_TIMEOUT_MINUTES = 30;
    DEFAULT_TARGET_MINUTES = 10;
    MAX_LISTED_PROBLEMS = 20;
    MAX_CONFIG_DEPTH = 32;
  }
});

// src/config/load.ts
import { readFile, stat } from "node:fs/promises";
import path2 from "node:path";
async function readText(file, what, maxBytes) {
  const text3 = await readOptionalText(file, what, maxBytes);
  if (text3 === void 0) throw new InputError(`${what} ${file}: no such file`);
  return text3;
}
async function readOptionalText(file, what, maxBytes) {
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      throw new InputError(
        `${what} ${file}: ${info.isDirectory() ? "a directory" : "not a regular file (a FIFO, device or socket)"}, where a file was expected`
      );
    }
    if (maxBytes !== void 0 && info.size > maxBytes)
      throw new InputError(
        `${what} ${file}: ${info.size} bytes, more than the ${maxBytes} read: not a ${what}`
      );
    return await readFile(file, "utf8");
  } catch (err2) {
    if (err2 instanceof InputError) throw err2;
    if (err2.code === "ENOENT") return void 0;
    throw new InputError(`${what} ${file}: ${describeError(err2)}`);
  }
}
async function loadConfig(cwd, configPath) {
  const file = path2.resolve(cwd, configPath);
  return {
    config: parseConfig(await readText(file, "config", MAX_CONFIG_BYTES), configPath),
    baseDir: path2.dirname(file)
  };
}
var MAX_CONFIG_BYTES;
var init_load = __esm({
  "src/config/load.ts"() {
    "use strict";
    init_errors();
    init_config();
    MAX_CONFIG_BYTES = 1024 * 1024;
  }
});

// src/plan/test-ids.ts
function withoutArguments(text3) {
  const open4 = text3.indexOf("(");
  return (open4 < 0 ? text3 : text3.slice(0, open4)).trimEnd();
}
function splitPytestClassName(className) {
  const segments = className.split(".");
  let last = -1;
  segments.forEach((segment, i) => {
    if (!UPPERCASE_START.test(segment)) last = i;
  });
  const end = Math.max(last, 0) + 1;
  return { module: segments.slice(0, end), classes: segments.slice(end) };
}
function pytestClassParts(className, file) {
  const moduleSegments = file.replace(/\.py$/, "").split("/");
  for (let start = 0; start < moduleSegments.length; start++) {
    const module = moduleSegments.slice(start).join(".");
    if (className === module) return [];
    if (className.startsWith(`${module}.`)) return className.slice(module.length + 1).split(".");
  }
  return splitPytestClassName(className).classes;
}
function pytestId(test) {
  if (test.file !== void 0 && test.file !== "") {
    const file = test.file.replace(/\\/g, "/").replace(/^\.\//, "");
    return [file, ...pytestClassParts(test.className, file), test.name].join("::");
  }
  if (test.className === "") return test.name;
  const { module, classes } = splitPytestClassName(test.className);
  return [`${module.join("/")}.py`, ...classes, test.name].join("::");
}
function dotnetId(test) {
  const className = withoutArguments(test.className);
  const name = withoutArguments(test.name);
  if (className === "" || name.startsWith(`${className}.`)) return name;
  return `${className}.${name}`;
}
function idStyleOf(framework) {
  if (framework === "pytest") return "pytest";
  return isDotnet(framework) ? "dotnet" : "generic";
}
function planIdOf(style, test) {
  switch (style) {
    case "pytest":
      return pytestId(test);
    case "dotnet":
      return dotnetId(test);
    case "generic":
      return test.className === "" ? test.name : `${test.className}::${test.name}`;
  }
}
function unitOf(style, id) {
  if (style === "dotnet") {
    const dot = id.lastIndexOf(".");
    return dot < 0 ? id : id.slice(0, dot);
  }
  const sep2 = id.indexOf("::");
  return sep2 < 0 ? id : id.slice(0, sep2);
}
function testIdsOf(text3) {
  const ids = [];
  for (const raw of text3.split(/\r?\n/)) {
    if (BANNER.test(raw.trim())) break;
    if (/^\s/.test(raw)) continue;
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || COLLECT_SUMMARY.test(line)) continue;
    ids.push(line);
  }
  return ids;
}
var UPPERCASE_START, COLLECT_SUMMARY, BANNER;
var init_test_ids = __esm({
  "src/plan/test-ids.ts"() {
    "use strict";
    init_frameworks();
    UPPERCASE_START = new RegExp("^\\p{Lu}", "u");
    COLLECT_SUMMARY = /^(\d+(\/\d+)?|no) tests? (collected|ran|deselected)\b/;
    BANNER = /^={3,}.*={3,}$/;
  }
});

// src/plan/assign.ts
function trimPath(p) {
  return p.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}
function lastSegment(p) {
  const t = trimPath(p);
  return t.slice(t.lastIndexOf("/") + 1);
}
function idStyle(id) {
  if (id.includes("::") && /\.py(::|$)/.test(id)) return "pytest";
  return id.includes("::") ? "generic" : "dotnet";
}
function suiteForId(id, suites) {
  const style = idStyle(id);
  const candidates = suites.filter((s) => idStyleOf(s.framework) === style);
  let best;
  let bestLength = -1;
  for (const s of candidates) {
    const home = style === "pytest" ? s.path && trimPath(s.path) : s.project && lastSegment(s.project);
    if (!home) continue;
    const hit = style === "pytest" ? id.startsWith(`${home}/`) : id.startsWith(`${home}.`) || id === home;
    if (hit && home.length > bestLength) {
      best = s;
      bestLength = home.length;
    }
  }
  if (best) return best.name;
  return candidates.length === 1 ? candidates[0].name : void 0;
}
function splitBySuite(entries, suites) {
  const bySuite = /* @__PURE__ */ new Map();
  let unassigned = 0;
  for (const [id, value] of entries) {
    const suite = suiteForId(id, suites);
    if (suite === void 0) {
      unassigned++;
      continue;
    }
    let map = bySuite.get(suite);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      bySuite.set(suite, map);
    }
    map.set(id, value);
  }
  return { bySuite, unassigned };
}
function timedStyle(test) {
  if (test.format === "trx" || test.format === "nunit" || test.format === "xunit") return "dotnet";
  return test.pytest ? "pytest" : "generic";
}
function splitAssignment(arg) {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)=(.+)$/.exec(arg);
  return m ? { suite: m[1], target: m[2] } : { target: arg };
}
var init_assign = __esm({
  "src/plan/assign.ts"() {
    "use strict";
    init_test_ids();
  }
});

// src/order.ts
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function roundMs(seconds2) {
  return Math.round(seconds2 * 1e3) / 1e3;
}
var init_order = __esm({
  "src/order.ts"() {
    "use strict";
  }
});

// src/results/locate.ts
function normalise(path26) {
  return path26.replace(/\\/g, "/");
}
function framesOf(text3) {
  const frames = [];
  const push = (at, file, line) => frames.push({ at, location: { file: normalise(file), line: Number(line) } });
  PYTEST_FRAME.lastIndex = 0;
  for (const m of text3.matchAll(PYTEST_FRAME)) push(m.index ?? 0, m[1], m[2]);
  dotnetFrames(text3, push);
  jsFrames(text3, push);
  return frames.sort((a, b) => a.at - b.at).map((f) => f.location);
}
function dotnetFrames(text3, push) {
  let lineStart = 0;
  let nextNewline = text3.indexOf("\n");
  let previousEnd = 0;
  let start = -1;
  let from = -1;
  DOTNET_END.lastIndex = 0;
  for (const m of text3.matchAll(DOTNET_END)) {
    const at = m.index ?? 0;
    while (nextNewline !== -1 && nextNewline < at) {
      lineStart = nextNewline + 1;
      nextNewline = text3.indexOf("\n", lineStart);
    }
    const lower = Math.max(lineStart, previousEnd);
    if (lower !== from) {
      from = lower;
      if (start < from) {
        DOTNET_START.lastIndex = from;
        start = DOTNET_START.exec(text3)?.index ?? text3.length;
      }
    }
    if (start >= at) continue;
    push(start, text3.slice(start, at + 3), m[1]);
    previousEnd = at + m[0].length;
  }
}
function jsFrames(text3, push) {
  let previousEnd = 0;
  JS_END.lastIndex = 0;
  for (const m of text3.matchAll(JS_END)) {
    const at = m.index ?? 0;
    let start = at;
    while (start > previousEnd && JS_PATH_CHAR.test(text3[start - 1])) start--;
    if (start === at) continue;
    const first = text3[start];
    if ((first === "/" || first === "\\") && start - 2 >= previousEnd && text3[start - 1] === ":" && DRIVE_LETTER.test(text3[start - 2])) {
      start -= 2;
    }
    push(start, text3.slice(start, at + m[0].indexOf(":")), m[1]);
    previousEnd = at + m[0].length;
  }
}
function repositoryPath(path26, repo) {
  const p = normalise(path26);
  if (repo && repo.size > 0) return repo.resolve(p);
  for (const prefix of RUNNER_PREFIXES) if (prefix.test(p)) return p.replace(prefix, "");
  return p;
}
function locateFailure(test, repo) {
  const text3 = [test.details, test.message].filter((t) => t !== void 0).join("\n");
  const frames = framesOf(text3);
  const own = test.file === void 0 ? void 0 : normalise(test.file);
  if (own !== void 0) {
    for (const frame of frames) {
      if (own.endsWith(frame.file) || frame.file.endsWith(own)) {
        return { file: repositoryPath(own, repo) ?? own, line: frame.line };
      }
    }
    if (test.line !== void 0) return { file: repositoryPath(own, repo) ?? own, line: test.line };
  }
  for (const frame of frames) {
    const file = repositoryPath(frame.file, repo);
    if (file !== void 0) return frame.line === void 0 ? { file } : { file, line: frame.line };
  }
  if (test.file !== void 0) return { file: repositoryPath(test.file, repo) ?? normalise(test.file) };
  return void 0;
}
var PYTEST_FRAME, DOTNET_END, DOTNET_START, JS_END, JS_PATH_CHAR, DRIVE_LETTER, RUNNER_PREFIXES, RepositoryFiles;
var init_locate = __esm({
  "src/results/locate.ts"() {
    "use strict";
    PYTEST_FRAME = /^(\S[^\n:]*\.py):(\d+): /gm;
    DOTNET_END = new RegExp("\\.(?:cs|fs|vb):\\p{L}+ (\\d+)", "gu");
    DOTNET_START = /[A-Za-z]:[\\/]|\//g;
    JS_END = /\.(?:[cm]?[jt]sx?):(\d+):\d+\)?/g;
    JS_PATH_CHAR = /[\w@./\\-]/;
    DRIVE_LETTER = /[A-Za-z]/;
    RUNNER_PREFIXES = [
      /^\/home\/runner\/work\/[^/]+\/[^/]+\//,
      /^[A-Za-z]:\/a\/[^/]+\/[^/]+\//,
      /^\/github\/workspace\//,
      /^\/__w\/[^/]+\/[^/]+\//,
      /^\/app\//,
      /^\/src\//,
      /^\/workspace\//
    ];
    RepositoryFiles = class {
      byName = /* @__PURE__ */ new Map();
      constructor(files) {
        for (const file of files) {
          const path26 = normalise(file);
          const name = path26.slice(path26.lastIndexOf("/") + 1);
          const list2 = this.byName.get(name);
          if (list2) list2.push(path26);
          else this.byName.set(name, [path26]);
        }
      }
      get size() {
        return this.byName.size;
      }
      /** The repository file a path names, or undefined when none (or no single best) matches. */
      resolve(path26) {
        const segments = normalise(path26).split("/").filter((s) => s !== "" && s !== ".");
        const name = segments[segments.length - 1];
        if (name === void 0) return void 0;
        const candidates = this.byName.get(name);
        if (!candidates) return void 0;
        let best;
        let bestScore = 0;
        let tie = false;
        for (const candidate of candidates) {
          const parts = candidate.split("/");
          let score = 0;
          while (score < parts.length && score < segments.length && parts[parts.length - 1 - score] === segments[segments.length - 1 - score]) {
            score++;
          }
          if (score > bestScore) {
            best = candidate;
            bestScore = score;
            tie = false;
          } else if (score === bestScore) {
            tie = true;
          }
        }
        return tie ? void 0 : best;
      }
    };
  }
});

// src/results/model.ts
function readCaseOf(test) {
  return {
    suite: test.suite,
    className: test.className,
    name: test.name,
    ...test.file !== void 0 ? { file: test.file } : {},
    duration: test.duration,
    status: test.status,
    flaky: test.flaky === true,
    ...test.count !== void 0 ? { count: test.count } : {},
    build: () => ({ ...test })
  };
}
function isFailing(test) {
  return test.status === "failed" || test.status === "errored";
}
var SEVERITY, DEFAULT_TEXT_LIMITS;
var init_model = __esm({
  "src/results/model.ts"() {
    "use strict";
    SEVERITY = { errored: 3, failed: 2, skipped: 1, passed: 0 };
    DEFAULT_TEXT_LIMITS = { details: 64 * 1024, output: 16 * 1024 };
  }
});

// src/results/aggregate.ts
function reportIdOf(test) {
  return test.className === "" ? test.name : `${test.className}.${test.name}`;
}
function emptyCounts() {
  return { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0, flaky: 0, duration: 0 };
}
function mergedStatus(bits) {
  if (bits & ERRORED && !(bits & PASSED)) return "errored";
  if (bits & FAILED && !(bits & PASSED)) return "failed";
  return bits & PASSED ? "passed" : "skipped";
}
function mergedFlaky(bits) {
  return (bits & PASSED) !== 0 && (bits & (FAILED | ERRORED | FLAKY)) !== 0;
}
function tally(counts, status, by) {
  if (status === "passed") counts.passed += by;
  else if (status === "failed") counts.failed += by;
  else if (status === "errored") counts.errors += by;
  else counts.skipped += by;
}
function add(counts, status, flaky, n2) {
  counts.tests += n2;
  tally(counts, status, n2);
  if (flaky) counts.flaky += n2;
}
function copyOf(value) {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}
function hashName(name, seed) {
  let h = seed;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  h ^= h >>> 15;
  h = Math.imul(h, 739982445);
  return h ^ h >>> 12 | 0;
}
function aggregateResults(files, options = {}) {
  const fold = new ResultFold(options);
  for (const file of files) fold.addFile(file);
  return fold.finish();
}
var DEFAULT_DETAIL_BUDGET, PASSED, FAILED, ERRORED, FLAKY, TIMED, PRESENT, STATUS_BITS, PAGE_BITS, PAGE, PAGE_MASK, NAME_PAGE_BITS, NAME_PAGE, NAME_PAGE_MASK, UTF16, CASE_BITS, STATUS_OF, FLAKY_OF, Names, ResultFold, byId;
var init_aggregate = __esm({
  "src/results/aggregate.ts"() {
    "use strict";
    init_order();
    init_locate();
    init_model();
    DEFAULT_DETAIL_BUDGET = { perSuite: 50, chars: 8 * 1024 * 1024, message: 2048 };
    PASSED = 1;
    FAILED = 2;
    ERRORED = 4;
    FLAKY = 8;
    TIMED = 16;
    PRESENT = 32;
    STATUS_BITS = 15;
    PAGE_BITS = 14;
    PAGE = 1 << PAGE_BITS;
    PAGE_MASK = PAGE - 1;
    NAME_PAGE_BITS = 20;
    NAME_PAGE = 1 << NAME_PAGE_BITS;
    NAME_PAGE_MASK = NAME_PAGE - 1;
    UTF16 = 2147483648;
    CASE_BITS = {
      passed: PASSED,
      failed: FAILED,
      errored: ERRORED,
      skipped: 0
    };
    STATUS_OF = Array.from({ length: 16 }, (_, bits) => mergedStatus(bits));
    FLAKY_OF = Array.from({ length: 16 }, (_, bits) => mergedFlaky(bits));
    Names = class {
      ids = /* @__PURE__ */ new Map();
      values = [void 0];
      idOf(value) {
        if (value === void 0) return 0;
        let id = this.ids.get(value);
        if (id === void 0) {
          id = this.values.length;
          const kept = copyOf(value);
          this.values.push(kept);
          this.ids.set(kept, id);
        }
        return id;
      }
    };
    ResultFold = class {
      constructor(options = {}) {
        this.options = options;
        this.budget = options.budget ?? DEFAULT_DETAIL_BUDGET;
      }
      options;
      names = new Names();
      budget;
      count = 0;
      // One record per distinct test, as columns in pages of PAGE records: growing adds a page and
      // copies nothing (a copy of every column at once was the peak at millions of tests).
      suite = [];
      cls = [];
      file = [];
      hash = [];
      bits = [];
      runs = [];
      duration = [];
      timedSum = [];
      timedFiles = [];
      /** The last file (index) that had a run of the test, and the test's bits in that file. */
      lastFile = [];
      fileBits = [];
      /**
       * Test names as bytes, not strings: a string each (with its header, and the slice that
       * copies it out of the parser's chunk) was a third of the memory at two million tests. ASCII
       * names as one byte a character; any other as UTF-16 code units (exact, lone surrogates too),
       * marked by UTF16 in nameLength.
       */
      names8 = [];
      /** Where the next name goes in the last page. */
      namesOffset = 0;
      nameStart = [];
      nameLength = [];
      /** The name being looked up, encoded once. */
      scratch = Buffer.alloc(1024);
      scratchBytes = 0;
      scratchLength = 0;
      /** Open addressing: record index + 1, 0 for an empty slot. */
      table = new Int32Array(4096);
      /** Tests a record stands for where not 1: declared counts (ReadCase.count), the largest of its runs. */
      counted = /* @__PURE__ */ new Map();
      kept = /* @__PURE__ */ new Map();
      detailedPerSuite = /* @__PURE__ */ new Map();
      keptChars = 0;
      files = [];
      walls = /* @__PURE__ */ new Map();
      warnings = [];
      current = null;
      currentIndex = -1;
      // Cases come in runs of one suite, class and file: the last look-up answers most.
      lastSuite = void 0;
      lastSuiteId = 0;
      lastClass = void 0;
      lastClassId = 0;
      lastFileName = void 0;
      lastFileId = 0;
      /** Starts the next result file; returns where its parser hands each case. */
      startFile(path26, suite) {
        this.openFile(path26, suite);
        return (test) => this.addCase(test);
      }
      /** Ends the file started last (or adds a whole one): its cases, summary, warnings and walls. */
      addFile(result) {
        if (this.current === null || this.current.summary.path !== result.path)
          this.openFile(result.path, result.suite);
        for (const test of result.cases) this.addCase(readCaseOf(test));
        const state = this.current;
        state.summary.format = result.format ?? null;
        if (result.error !== void 0) state.summary.error = result.error;
        for (const message of result.warnings) this.warnings.push({ path: result.path, message });
        if (state.suite !== void 0) {
          let seconds2 = 0;
          for (const wall of Object.values(result.walls)) seconds2 += wall;
          if (seconds2 > 0) this.walls.set(state.suite, Math.max(this.walls.get(state.suite) ?? 0, seconds2));
        } else {
          for (const [suite, seconds2] of Object.entries(result.walls)) {
            this.walls.set(suite, Math.max(this.walls.get(suite) ?? 0, seconds2));
          }
        }
        this.current = null;
      }
      openFile(path26, suite) {
        const summary = {
          path: path26,
          format: null,
          tests: 0,
          passed: 0,
          failed: 0,
          errors: 0,
          skipped: 0
        };
        this.current = { summary, pytest: false, suite };
        this.files.push(this.current);
        this.currentIndex = this.files.length - 1;
      }
      idOfSuite(value) {
        if (value !== this.lastSuite) {
          this.lastSuiteId = this.names.idOf(value);
          this.lastSuite = value;
        }
        return this.lastSuiteId;
      }
      idOfClass(value) {
        if (value !== this.lastClass) {
          this.lastClassId = this.names.idOf(value);
          this.lastClass = value;
        }
        return this.lastClassId;
      }
      idOfFile(value) {
        if (value !== this.lastFileName) {
          this.lastFileId = this.names.idOf(value);
          this.lastFileName = value;
        }
        return this.lastFileId;
      }
      addCase(test) {
        const state = this.current;
        if (state === null) throw new Error("ResultFold: a case outside a file (startFile first)");
        const suite = this.idOfSuite(state.suite ?? test.suite);
        const cls = this.idOfClass(test.className);
        const file = this.idOfFile(test.file);
        if (!state.pytest && (test.suite === "pytest" || (test.file?.endsWith(".py") ?? false)))
          state.pytest = true;
        const r = this.recordOf(suite, cls, file, test.name);
        const status = test.status;
        const caseBits = CASE_BITS[status] | (test.flaky && status === "passed" ? FLAKY : 0);
        this.bits[r >>> PAGE_BITS][r & PAGE_MASK] |= caseBits;
        this.runs[r >>> PAGE_BITS][r & PAGE_MASK]++;
        this.duration[r >>> PAGE_BITS][r & PAGE_MASK] += test.duration;
        const nBefore = this.counted.size === 0 ? 1 : this.counted.get(r) ?? 1;
        let n2 = nBefore;
        if (test.count !== void 0 && test.count > nBefore) {
          n2 = test.count;
          this.counted.set(r, n2);
        }
        const counts = state.summary;
        const fileIndex = this.currentIndex;
        let before = 0;
        if (this.lastFile[r >>> PAGE_BITS][r & PAGE_MASK] === fileIndex)
          before = this.fileBits[r >>> PAGE_BITS][r & PAGE_MASK];
        else this.lastFile[r >>> PAGE_BITS][r & PAGE_MASK] = fileIndex;
        let after = before | caseBits | PRESENT;
        if (status !== "skipped" && test.count === void 0) {
          this.timedSum[r >>> PAGE_BITS][r & PAGE_MASK] += test.duration;
          if (!(before & TIMED)) this.timedFiles[r >>> PAGE_BITS][r & PAGE_MASK]++;
          after |= TIMED;
        }
        if (after !== before || n2 !== nBefore) {
          if (before === 0) counts.tests += n2;
          else {
            counts.tests += n2 - nBefore;
            tally(counts, STATUS_OF[before & STATUS_BITS], -nBefore);
          }
          tally(counts, STATUS_OF[after & STATUS_BITS], n2);
          this.fileBits[r >>> PAGE_BITS][r & PAGE_MASK] = after;
        }
        if (isFailing(test) || caseBits & FLAKY) this.keep(r, suite, test);
      }
      /** The record of a test, made on its first run. A case with no name is a test of its own. */
      recordOf(suite, cls, file, name) {
        if (name === "") return this.newRecord(suite, cls, file, name, 0);
        const h = hashName(
          name,
          Math.imul(suite, 2654435761) ^ Math.imul(cls, 2246822507) ^ Math.imul(file, 3266489909)
        );
        this.encodeName(name);
        const table2 = this.table;
        const mask = table2.length - 1;
        let at = h & mask;
        for (; ; ) {
          const slot = table2[at];
          if (slot === 0) break;
          const r2 = slot - 1;
          if (this.hash[r2 >>> PAGE_BITS][r2 & PAGE_MASK] === h && this.cls[r2 >>> PAGE_BITS][r2 & PAGE_MASK] === cls && this.suite[r2 >>> PAGE_BITS][r2 & PAGE_MASK] === suite && this.file[r2 >>> PAGE_BITS][r2 & PAGE_MASK] === file && this.sameName(r2)) {
            return r2;
          }
          at = at + 1 & mask;
        }
        const r = this.newRecord(suite, cls, file, name, h);
        table2[at] = r + 1;
        if (this.count * 4 > table2.length * 3) this.rehash();
        return r;
      }
      newRecord(suite, cls, file, name, h) {
        if (this.count === this.suite.length * PAGE) this.addPage();
        const r = this.count++;
        this.suite[r >>> PAGE_BITS][r & PAGE_MASK] = suite;
        this.cls[r >>> PAGE_BITS][r & PAGE_MASK] = cls;
        this.file[r >>> PAGE_BITS][r & PAGE_MASK] = file;
        this.hash[r >>> PAGE_BITS][r & PAGE_MASK] = h;
        if (name === "") {
          this.nameLength[r >>> PAGE_BITS][r & PAGE_MASK] = 0;
          return r;
        }
        const bytes = this.scratchBytes;
        let page = this.names8.length - 1;
        let offset = this.namesOffset;
        if (page < 0 || offset + bytes > this.names8[page].length) {
          this.names8.push(Buffer.alloc(Math.max(NAME_PAGE, bytes)));
          page++;
          offset = 0;
          if (page >= 2 ** (32 - NAME_PAGE_BITS)) throw new Error("ResultFold: over 4 GiB of test names");
        }
        this.scratch.copy(this.names8[page], offset, 0, bytes);
        const at = page * NAME_PAGE + offset;
        this.nameStart[r >>> PAGE_BITS][r & PAGE_MASK] = at;
        this.nameLength[r >>> PAGE_BITS][r & PAGE_MASK] = this.scratchLength;
        this.namesOffset = offset + bytes;
        return r;
      }
      /** Encodes `name` into the scratch bytes (once per look-up; see names8). */
      encodeName(name) {
        const ascii = Buffer.byteLength(name, "utf8") === name.length;
        const bytes = ascii ? name.length : name.length * 2;
        if (bytes > this.scratch.length) this.scratch = Buffer.alloc(bytes * 2);
        this.scratch.write(name, 0, bytes, ascii ? "latin1" : "utf16le");
        this.scratchBytes = bytes;
        this.scratchLength = ascii ? name.length : (name.length | UTF16) >>> 0;
      }
      /** The record's name is the one in the scratch bytes. */
      sameName(r) {
        if (this.nameLength[r >>> PAGE_BITS][r & PAGE_MASK] !== this.scratchLength) return false;
        const at = this.nameStart[r >>> PAGE_BITS][r & PAGE_MASK];
        const names = this.names8[Math.floor(at / NAME_PAGE)];
        const start = at & NAME_PAGE_MASK;
        const scratch = this.scratch;
        for (let i = 0; i < this.scratchBytes; i++) if (names[start + i] !== scratch[i]) return false;
        return true;
      }
      nameOf(r) {
        const length = this.nameLength[r >>> PAGE_BITS][r & PAGE_MASK];
        if (length === 0) return "";
        const at = this.nameStart[r >>> PAGE_BITS][r & PAGE_MASK];
        const names = this.names8[Math.floor(at / NAME_PAGE)];
        const start = at & NAME_PAGE_MASK;
        return length & UTF16 ? names.toString("utf16le", start, start + (length & ~UTF16) * 2) : names.toString("latin1", start, start + length);
      }
      addPage() {
        this.suite.push(new Int32Array(PAGE));
        this.cls.push(new Int32Array(PAGE));
        this.file.push(new Int32Array(PAGE));
        this.hash.push(new Int32Array(PAGE));
        this.bits.push(new Uint8Array(PAGE));
        this.runs.push(new Uint32Array(PAGE));
        this.duration.push(new Float64Array(PAGE));
        this.timedSum.push(new Float64Array(PAGE));
        this.timedFiles.push(new Uint32Array(PAGE));
        this.lastFile.push(new Int32Array(PAGE).fill(-1));
        this.fileBits.push(new Uint8Array(PAGE));
        this.nameStart.push(new Uint32Array(PAGE));
        this.nameLength.push(new Uint32Array(PAGE));
      }
      rehash() {
        const table2 = new Int32Array(this.table.length * 2);
        const mask = table2.length - 1;
        for (let r = 0; r < this.count; r++) {
          if (this.nameLength[r >>> PAGE_BITS][r & PAGE_MASK] === 0) continue;
          let at = this.hash[r >>> PAGE_BITS][r & PAGE_MASK] & mask;
          while (table2[at] !== 0) at = at + 1 & mask;
          table2[at] = r + 1;
        }
        this.table = table2;
      }
      /** Keeps the run that decides what a reader sees (the last failing one), its text within the budget. */
      keep(r, suite, test) {
        const before = this.kept.get(r);
        if (before !== void 0 && !isFailing(test) && isFailing(before.shown)) return;
        const state = this.files[this.currentIndex];
        const built = test.build(state.summary.path);
        const shown = state.suite === void 0 ? built : { ...built, suite: state.suite };
        let detailed;
        if (before !== void 0) {
          detailed = before.detailed;
          this.keptChars -= before.chars;
        } else {
          const inSuite = this.detailedPerSuite.get(suite) ?? 0;
          detailed = inSuite < this.budget.perSuite && this.keptChars < this.budget.chars;
          if (detailed) this.detailedPerSuite.set(suite, inSuite + 1);
        }
        const location = isFailing(shown) ? locateFailure(shown, this.options.repository) : void 0;
        let chars = 0;
        if (detailed) {
          chars = (shown.details?.length ?? 0) + (shown.stdout?.length ?? 0) + (shown.stderr?.length ?? 0);
        } else {
          delete shown.details;
          delete shown.stdout;
          delete shown.stderr;
          if (shown.message !== void 0 && shown.message.length > this.budget.message) {
            shown.message = `${shown.message.slice(0, this.budget.message)}…`;
          }
        }
        this.keptChars += chars;
        const entry = { shown, detailed, chars };
        if (location) entry.location = location;
        this.kept.set(r, entry);
      }
      mergedTest(r) {
        const bits = this.bits[r >>> PAGE_BITS][r & PAGE_MASK];
        const status = STATUS_OF[bits & STATUS_BITS];
        const suite = this.names.values[this.suite[r >>> PAGE_BITS][r & PAGE_MASK]];
        const className = this.names.values[this.cls[r >>> PAGE_BITS][r & PAGE_MASK]];
        const name = this.nameOf(r);
        const runs = this.runs[r >>> PAGE_BITS][r & PAGE_MASK];
        const kept = this.kept.get(r);
        let shown;
        if (kept !== void 0) {
          shown = kept.shown;
        } else {
          shown = {
            suite,
            className,
            name,
            duration: this.duration[r >>> PAGE_BITS][r & PAGE_MASK] / runs,
            status,
            source: this.files[this.lastFile[r >>> PAGE_BITS][r & PAGE_MASK]].summary.path
          };
          const file = this.names.values[this.file[r >>> PAGE_BITS][r & PAGE_MASK]];
          if (file !== void 0) shown.file = file;
        }
        const test = {
          suite,
          id: reportIdOf({ className, name }),
          status,
          flaky: FLAKY_OF[bits & STATUS_BITS],
          runs,
          duration: this.duration[r >>> PAGE_BITS][r & PAGE_MASK],
          shown
        };
        if (kept?.location) test.location = kept.location;
        return test;
      }
      slowestRecords(n2) {
        const top = [];
        const pages = this.duration;
        const d = (r) => pages[r >>> PAGE_BITS][r & PAGE_MASK];
        for (let r = 0; r < this.count; r++) {
          const seconds2 = d(r);
          if (top.length === n2 && seconds2 <= d(top[n2 - 1])) continue;
          let at = top.length;
          while (at > 0 && d(top[at - 1]) < seconds2) at--;
          top.splice(at, 0, r);
          if (top.length > n2) top.pop();
        }
        return top;
      }
      /** The model of everything folded so far. */
      finish() {
        const totals = emptyCounts();
        const bySuite = /* @__PURE__ */ new Map();
        for (let r = 0; r < this.count; r++) {
          const bits = this.bits[r >>> PAGE_BITS][r & PAGE_MASK];
          const status = STATUS_OF[bits & STATUS_BITS];
          const flaky2 = FLAKY_OF[bits & STATUS_BITS];
          const seconds2 = this.duration[r >>> PAGE_BITS][r & PAGE_MASK];
          const n2 = this.counted.size === 0 ? 1 : this.counted.get(r) ?? 1;
          add(totals, status, flaky2, n2);
          totals.duration += seconds2;
          const id = this.suite[r >>> PAGE_BITS][r & PAGE_MASK];
          let suite = bySuite.get(id);
          if (suite === void 0) {
            suite = { name: this.names.values[id], ...emptyCounts(), wall: null };
            bySuite.set(id, suite);
          }
          add(suite, status, flaky2, n2);
          suite.duration += seconds2;
        }
        const suites = [...bySuite.values()].sort((a, b) => compareStrings(a.name, b.name));
        for (const suite of suites) suite.wall = this.walls.get(suite.name) ?? null;
        const failures = [];
        const flaky = [];
        let detailsOmitted = 0;
        for (const [r, kept] of this.kept) {
          const test = this.mergedTest(r);
          if (isFailing(test)) failures.push(test);
          else if (test.flaky) flaky.push(test);
          else continue;
          if (!kept.detailed) detailsOmitted++;
        }
        failures.sort(byId);
        flaky.sort(byId);
        const slowest = this.slowestRecords(this.options.slowest ?? 20).map((r) => this.mergedTest(r));
        const aggregate2 = {
          totals,
          suites,
          files: this.files.map((f) => f.summary),
          failures,
          flaky,
          slowest,
          detailsOmitted,
          warnings: this.warnings,
          timed: () => this.timedTests(),
          testsBySuite: () => this.testsBySuite()
        };
        let all;
        Object.defineProperty(aggregate2, "tests", {
          get: () => {
            if (all === void 0) {
              all = [];
              for (let r = 0; r < this.count; r++) all.push(this.mergedTest(r));
              all.sort(byId);
            }
            return all;
          }
        });
        return aggregate2;
      }
      *testsBySuite() {
        const next = new Int32Array(this.count).fill(-1);
        const heads = /* @__PURE__ */ new Map();
        for (let r = 0; r < this.count; r++) {
          const suite = this.suite[r >>> PAGE_BITS][r & PAGE_MASK];
          const chain = heads.get(suite);
          if (chain === void 0) heads.set(suite, { first: r, last: r });
          else {
            next[chain.last] = r;
            chain.last = r;
          }
        }
        const values = this.names.values;
        const order = [...heads].sort(([a], [b]) => compareStrings(values[a], values[b]));
        for (const [suite, chain] of order) {
          const ids = /* @__PURE__ */ new Map();
          for (let r = chain.first; r !== -1; r = next[r]) {
            const className = values[this.cls[r >>> PAGE_BITS][r & PAGE_MASK]];
            const id = reportIdOf({ className, name: this.nameOf(r) });
            const status = STATUS_OF[this.bits[r >>> PAGE_BITS][r & PAGE_MASK] & STATUS_BITS];
            const list2 = ids.get(status);
            if (list2) list2.push(id);
            else ids.set(status, [id]);
          }
          yield { suite: values[suite], ids };
        }
      }
      *timedTests() {
        const values = this.names.values;
        for (let r = 0; r < this.count; r++) {
          const files = this.timedFiles[r >>> PAGE_BITS][r & PAGE_MASK];
          if (files === 0) continue;
          const last = this.files[this.lastFile[r >>> PAGE_BITS][r & PAGE_MASK]];
          const test = {
            suite: values[this.suite[r >>> PAGE_BITS][r & PAGE_MASK]],
            className: values[this.cls[r >>> PAGE_BITS][r & PAGE_MASK]],
            name: this.nameOf(r),
            seconds: this.timedSum[r >>> PAGE_BITS][r & PAGE_MASK] / files,
            format: last.summary.format,
            pytest: last.pytest
          };
          const file = values[this.file[r >>> PAGE_BITS][r & PAGE_MASK]];
          if (file !== void 0) test.file = file;
          yield test;
        }
      }
    };
    byId = (a, b) => compareStrings(a.suite, b.suite) || compareStrings(a.id, b.id);
  }
});

// src/plan/durations.ts
function parseTestDurations(text3, source) {
  let data;
  try {
    data = JSON.parse(text3);
  } catch (err2) {
    const reason = err2 instanceof Error ? err2.message : String(err2);
    throw new InputError(`${source}: not valid JSON (${reason})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const kind = data === null ? "null" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
    throw new InputError(`${source}: expected a JSON object of test id -> seconds, found ${kind}`);
  }
  const durations = /* @__PURE__ */ new Map();
  for (const [id, seconds2] of Object.entries(data)) {
    if (typeof seconds2 !== "number" || !Number.isFinite(seconds2)) {
      throw new InputError(
        `${source}: "${id}" should be a number of seconds, found ${JSON.stringify(seconds2)}`
      );
    }
    if (seconds2 < 0) throw new InputError(`${source}: "${id}" has a negative duration (${seconds2})`);
    durations.set(id, seconds2);
  }
  return durations;
}
function durationsFromResults(files, style) {
  return durationsOfTimed(aggregateResults(files).timed(), () => style);
}
function durationsOfTimed(tests, styleOf) {
  const durations = /* @__PURE__ */ new Map();
  for (const test of tests) {
    const id = planIdOf(styleOf(test), test);
    durations.set(id, (durations.get(id) ?? 0) + test.seconds);
  }
  return durations;
}
function smoothHistory(history, weight = SMOOTHING_WEIGHT) {
  if (!(weight > 0 && weight <= 1)) throw new InputError(`smoothing weight must be in (0, 1], got ${weight}`);
  const smoothed = /* @__PURE__ */ new Map();
  for (const snapshot of history) {
    for (const [id, seconds2] of snapshot) {
      const before = smoothed.get(id);
      smoothed.set(id, before === void 0 ? seconds2 : weight * seconds2 + (1 - weight) * before);
    }
  }
  return smoothed;
}
function floorOf(known) {
  let floor = Number.POSITIVE_INFINITY;
  for (const seconds2 of known.values()) if (seconds2 > 0 && seconds2 < floor) floor = seconds2;
  return Number.isFinite(floor) ? Math.max(floor, MIN_ESTIMATE_SECONDS / 10) : MIN_ESTIMATE_SECONDS;
}
function estimateDurations(known, options) {
  const { tests, style } = options;
  const floor = floorOf(known);
  let zeros = 0;
  const floored = /* @__PURE__ */ new Map();
  for (const [id, seconds2] of known) {
    if (seconds2 === 0) zeros++;
    floored.set(id, seconds2 === 0 ? floor : seconds2);
  }
  const timed = known.size > 0;
  if (tests === void 0) {
    return {
      durations: floored,
      matched: known.size,
      estimated: 0,
      dropped: 0,
      zeros,
      floor,
      timed,
      warnings: []
    };
  }
  const byUnit = /* @__PURE__ */ new Map();
  let sumAll = 0;
  for (const [id, seconds2] of floored) {
    const unit = unitOf(style, id);
    const entry = byUnit.get(unit);
    if (entry) {
      entry.sum += seconds2;
      entry.count++;
    } else byUnit.set(unit, { sum: seconds2, count: 1 });
    sumAll += seconds2;
  }
  const overall = floored.size === 0 ? UNKNOWN_SECONDS : sumAll / floored.size;
  const durations = /* @__PURE__ */ new Map();
  let matched = 0;
  let estimated = 0;
  for (const id of tests) {
    if (durations.has(id)) continue;
    const seconds2 = floored.get(id);
    if (seconds2 !== void 0) {
      durations.set(id, seconds2);
      matched++;
      continue;
    }
    const unit = byUnit.get(unitOf(style, id));
    durations.set(id, Math.max(unit ? unit.sum / unit.count : overall, MIN_ESTIMATE_SECONDS));
    estimated++;
  }
  let dropped = 0;
  for (const id of floored.keys()) if (!durations.has(id)) dropped++;
  const warnings = [];
  const listed = matched + estimated;
  if (!timed && listed > 0) {
    warnings.push(
      `no timings known: the ${listed} tests are split by count, and the plan's seconds are unknown`
    );
  } else if (listed > 0 && matched * 2 < listed) {
    const exampleTest = tests.find((id) => !known.has(id));
    const exampleKnown = [...known.keys()].find((id) => !durations.has(id));
    warnings.push(
      `only ${matched} of ${listed} test ids have a known duration: are the timings from another rootdir or project (pytest-split issue 100)? e.g. test "${exampleTest ?? ""}"` + (exampleKnown === void 0 ? "" : `, timing "${exampleKnown}"`)
    );
  }
  return { durations, matched, estimated, dropped, zeros, floor, timed, warnings };
}
var MIN_ESTIMATE_SECONDS, UNKNOWN_SECONDS, SMOOTHING_WEIGHT;
var init_durations = __esm({
  "src/plan/durations.ts"() {
    "use strict";
    init_errors();
    init_aggregate();
    init_test_ids();
    MIN_ESTIMATE_SECONDS = 0.01;
    UNKNOWN_SECONDS = 1;
    SMOOTHING_WEIGHT = 0.5;
  }
});

// src/plan/history.ts
function parseHistory(text3, source) {
  let value;
  try {
    value = JSON.parse(text3);
  } catch (err2) {
    throw new InputError(`${source}: not a timing history: ${err2.message}`);
  }
  const doc = value;
  if (doc?.format !== HISTORY_FORMAT || doc.version !== 1 || !Array.isArray(doc.snapshots)) {
    throw new InputError(
      `${source}: expected {"format": "${HISTORY_FORMAT}", "version": 1, "snapshots": [...]}`
    );
  }
  return doc.snapshots.map((snapshot, i) => {
    if (snapshot === null || typeof snapshot !== "object" || Array.isArray(snapshot)) {
      throw new InputError(`${source}: snapshot ${i + 1} is not an object of test id -> seconds`);
    }
    const map = /* @__PURE__ */ new Map();
    for (const [id, seconds2] of Object.entries(snapshot)) {
      if (typeof seconds2 !== "number" || !Number.isFinite(seconds2) || seconds2 < 0) {
        throw new InputError(
          `${source}: snapshot ${i + 1}, "${id}": expected seconds, got ${JSON.stringify(seconds2)}`
        );
      }
      map.set(id, seconds2);
    }
    return map;
  });
}
function appendSnapshot(history, snapshot, keep = HISTORY_LENGTH) {
  const kept = /* @__PURE__ */ new Map();
  for (const [id, seconds2] of snapshot) if (isDuration(roundMs(seconds2))) kept.set(id, seconds2);
  if (kept.size === 0) return [...history];
  return [...history, kept].slice(-keep);
}
function isDuration(seconds2) {
  return Number.isFinite(seconds2) && seconds2 >= 0;
}
function renderHistory(history) {
  const snapshots = history.map(
    (s) => Object.fromEntries(
      [...s.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([id, sec]) => [id, roundMs(sec)]).filter(([, sec]) => isDuration(sec))
    )
  );
  return `${JSON.stringify({ format: HISTORY_FORMAT, version: 1, snapshots }, null, 1)}
`;
}
var HISTORY_FORMAT, HISTORY_LENGTH;
var init_history = __esm({
  "src/plan/history.ts"() {
    "use strict";
    init_errors();
    init_order();
    HISTORY_FORMAT = "parallel-tests-timings";
    HISTORY_LENGTH = 8;
  }
});

// src/stores/cache-store.ts
function cacheKeyPart(value) {
  return value.replace(/[^A-Za-z0-9._-]+/g, "-").slice(0, 100);
}
var init_cache_store = __esm({
  "src/stores/cache-store.ts"() {
    "use strict";
  }
});

// src/commands/history.ts
var history_exports = {};
__export(history_exports, {
  appendHistory: () => appendHistory,
  readHistory: () => readHistory,
  restoreHistory: () => restoreHistory,
  saveHistory: () => saveHistory,
  snapshotOf: () => snapshotOf,
  snapshotOfTimed: () => snapshotOfTimed,
  timingHistory: () => timingHistory,
  timingKeys: () => timingKeys
});
import { mkdir, rename, writeFile } from "node:fs/promises";
import path3 from "node:path";
function timingKeys(branch, defaultBranch, run2) {
  const own = `${KEY_PREFIX}${cacheKeyPart(branch)}-`;
  const restoreKeys = [own];
  if (defaultBranch && defaultBranch !== branch)
    restoreKeys.push(`${KEY_PREFIX}${cacheKeyPart(defaultBranch)}-`);
  return { key: `${own}${cacheKeyPart(run2)}`, restoreKeys };
}
function snapshotOf(files, style) {
  return snapshotOfTimed(aggregateResults(files).timed(), style);
}
function snapshotOfTimed(tests, style) {
  return durationsOfTimed(tests, style === void 0 ? timedStyle : () => style);
}
async function readHistory(file, warn) {
  let text3;
  try {
    text3 = await readOptionalText(file, "timing history");
  } catch (err2) {
    warn(`${describeError(err2)}; timings start afresh`);
    return [];
  }
  if (text3 === void 0) return [];
  try {
    return parseHistory(text3, file);
  } catch (err2) {
    warn(`${describeError(err2)}; the history is set aside and timings start afresh`);
    return [];
  }
}
async function appendHistory(file, snapshot, warn) {
  const history = appendSnapshot(await readHistory(file, warn), snapshot);
  try {
    await mkdir(path3.dirname(file), { recursive: true });
    const aside = `${file}.${process.pid}.tmp`;
    await writeFile(aside, renderHistory(history));
    await rename(aside, file);
  } catch (err2) {
    warn(`the timing history ${file} was not written: ${describeError(err2)}`);
    return 0;
  }
  return snapshot.size;
}
async function restoreHistory(store, file, keys, warn) {
  try {
    return await store.restore([file], keys.key, keys.restoreKeys);
  } catch (err2) {
    warn(`timings were not restored from the cache: ${describeError(err2)}`);
    return void 0;
  }
}
async function saveHistory(store, file, keys, warn) {
  try {
    await store.save([file], keys.key);
    return true;
  } catch (err2) {
    warn(`timings were not saved to the cache: ${describeError(err2)}`);
    return false;
  }
}
function timingHistory(settings, warn) {
  const keys = timingKeys(settings.branch, settings.defaultBranch, settings.run);
  const store = settings.store;
  return {
    file: settings.file,
    restore: async () => store ? restoreHistory(store, settings.storePath, keys, warn) : void 0,
    save: async () => store ? saveHistory(store, settings.storePath, keys, warn) : false
  };
}
var KEY_PREFIX;
var init_history2 = __esm({
  "src/commands/history.ts"() {
    "use strict";
    init_load();
    init_errors();
    init_assign();
    init_durations();
    init_history();
    init_aggregate();
    init_cache_store();
    KEY_PREFIX = "parallel-tests-timings-v1-";
  }
});

// src/stores/local-cache-store.ts
var local_cache_store_exports = {};
__export(local_cache_store_exports, {
  DEFAULT_CACHE_DIR: () => DEFAULT_CACHE_DIR,
  LocalCacheStore: () => LocalCacheStore
});
import { cp, link, mkdir as mkdir2, readdir, readFile as readFile2, rename as rename2, rm, stat as stat2, utimes, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";
async function placeCopy(from, to) {
  if ((await stat2(from)).isFile()) {
    try {
      await link(from, to);
      return;
    } catch {
    }
  }
  await cp(from, to, { recursive: true });
}
function entryName(key) {
  return Buffer.from(key).toString("base64url");
}
async function sizeOf(p) {
  const info = await stat2(p);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(p)) total += await sizeOf(path4.join(p, name));
  return total;
}
var DEFAULT_MAX_BYTES, LocalCacheStore;
var init_local_cache_store = __esm({
  "src/stores/local-cache-store.ts"() {
    "use strict";
    init_defaults();
    DEFAULT_MAX_BYTES = 10 * 1024 * 1024 * 1024;
    LocalCacheStore = class {
      root;
      maxBytes;
      now;
      cwd;
      constructor(options) {
        this.root = options.root;
        this.cwd = options.cwd ?? process.cwd();
        this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
        this.now = options.now ?? Date.now;
      }
      async entries() {
        let names;
        try {
          names = await readdir(this.root);
        } catch {
          return [];
        }
        const out2 = [];
        for (const name of names) {
          if (name.startsWith(".tmp-")) continue;
          const dir = path4.join(this.root, name);
          try {
            out2.push({ dir, meta: JSON.parse(await readFile2(path4.join(dir, "meta.json"), "utf8")) });
          } catch {
          }
        }
        return out2;
      }
      async restore(paths, key, restoreKeys, options = {}) {
        const all = await this.entries();
        const same = all.filter((e) => e.meta.paths.join("\n") === paths.join("\n"));
        let hit = same.find((e) => e.meta.key === key);
        for (const prefix of restoreKeys) {
          if (hit) break;
          hit = same.filter((e) => e.meta.key.startsWith(prefix)).sort((a, b) => b.meta.created - a.meta.created || (a.meta.key < b.meta.key ? 1 : -1))[0];
        }
        if (!hit) return void 0;
        if (options.lookupOnly) return hit.meta.key;
        for (const [i, p] of paths.entries()) {
          const target = path4.resolve(this.cwd, p);
          await mkdir2(path4.dirname(target), { recursive: true });
          await rm(target, { recursive: true, force: true });
          await placeCopy(path4.join(hit.dir, `f${i}`), target);
        }
        const t = new Date(this.now());
        await utimes(path4.join(hit.dir, "meta.json"), t, t);
        return hit.meta.key;
      }
      async save(paths, key) {
        const final = path4.join(this.root, entryName(key));
        try {
          await stat2(final);
          return;
        } catch {
        }
        await mkdir2(this.root, { recursive: true });
        const tmp = path4.join(
          this.root,
          `.tmp-${process.pid}-${this.now()}-${Math.random().toString(36).slice(2)}`
        );
        await mkdir2(tmp);
        const meta = { key, created: this.now(), paths };
        for (const [i, p] of paths.entries()) {
          await cp(path4.resolve(this.cwd, p), path4.join(tmp, `f${i}`), { recursive: true });
        }
        await writeFile2(path4.join(tmp, "meta.json"), JSON.stringify(meta));
        const t = new Date(meta.created);
        await utimes(path4.join(tmp, "meta.json"), t, t);
        try {
          await rename2(tmp, final);
        } catch {
          await rm(tmp, { recursive: true, force: true });
        }
        await this.evict();
      }
      async discard(key) {
        await rm(path4.join(this.root, entryName(key)), { recursive: true, force: true });
      }
      async evict() {
        const all = await this.entries();
        const sized = await Promise.all(
          all.map(async (e) => ({
            ...e,
            bytes: await sizeOf(e.dir),
            used: (await stat2(path4.join(e.dir, "meta.json"))).mtimeMs
          }))
        );
        let total = sized.reduce((n2, e) => n2 + e.bytes, 0);
        for (const e of sized.sort((a, b) => a.used - b.used)) {
          if (total <= this.maxBytes) break;
          await rm(e.dir, { recursive: true, force: true });
          total -= e.bytes;
        }
      }
    };
  }
});

// src/git.ts
var git_exports = {};
__export(git_exports, {
  currentBranch: () => currentBranch,
  headCommit: () => headCommit,
  trackedFiles: () => trackedFiles
});
async function currentBranch(exec, cwd) {
  const r = await exec("git", ["rev-parse", "--abbrev-ref", "HEAD"], { cwd });
  const branch = r.code === 0 ? r.stdout.trim() : "";
  return branch === "" || branch === "HEAD" ? "local" : branch;
}
async function trackedFiles(exec, cwd) {
  const r = await exec("git", ["ls-files", "-z"], { cwd, maxOutput: 256 * 1024 * 1024 });
  return r.code === 0 ? r.stdout.split("\0").filter((f) => f !== "") : [];
}
async function headCommit(exec, cwd) {
  const r = await exec("git", ["rev-parse", "HEAD"], { cwd });
  return r.code === 0 && r.stdout.trim() || "unknown";
}
var init_git = __esm({
  "src/git.ts"() {
    "use strict";
  }
});

// src/exec.ts
var exec_exports = {};
__export(exec_exports, {
  execProcess: () => execProcess,
  failure: () => failure
});
import { spawn } from "node:child_process";
function keepTail(text3, max) {
  return text3.length > max ? text3.slice(text3.length - max) : text3;
}
function failure(what, result) {
  const detail = result.error ?? (result.stderr.trim() || result.stdout.trim()).split("\n").slice(-15).join("\n");
  return new InfrastructureError(`${what} failed (exit ${result.code ?? "none"}): ${detail}`);
}
var MAX_OUTPUT, execProcess;
var init_exec = __esm({
  "src/exec.ts"() {
    "use strict";
    init_errors();
    MAX_OUTPUT = 1024 * 1024;
    execProcess = (command, args, options = {}) => new Promise((resolve3) => {
      const child = spawn(command, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ["ignore", "pipe", "pipe"],
        timeout: options.timeoutMs
      });
      const out2 = { stdout: "", stderr: "" };
      const partial = { stdout: "", stderr: "" };
      for (const name of ["stdout", "stderr"]) {
        child[name].setEncoding("utf8").on("data", (chunk) => {
          out2[name] = keepTail(out2[name] + chunk, options.maxOutput ?? MAX_OUTPUT);
          if (!options.onLine) return;
          const parts = (partial[name] + chunk).split("\n");
          partial[name] = parts.pop() ?? "";
          for (const l of parts) options.onLine(l);
        });
      }
      child.on("error", (err2) => resolve3({ code: null, ...out2, error: err2.message }));
      child.on("close", (code) => {
        for (const rest of [partial.stdout, partial.stderr]) if (rest && options.onLine) options.onLine(rest);
        resolve3({ code, ...out2 });
      });
    });
  }
});

// src/report/text-format.ts
function formatCount(value) {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
var init_text_format = __esm({
  "src/report/text-format.ts"() {
    "use strict";
  }
});

// src/coverage/render.ts
function pct(value) {
  return `${value.toFixed(2)}%`;
}
function renderCoverageLine(summary) {
  const t = summary.total;
  const gate = summary.threshold ? ` (threshold ${summary.threshold.percent}%: ${summary.threshold.met ? "met" : "NOT met"})` : "";
  return `coverage ${pct(t.percent)} of ${formatCount(t.lines)} lines (${formatCount(t.covered)} covered, ${formatCount(summary.reports.length)} report${summary.reports.length === 1 ? "" : "s"})${gate}`;
}
var init_render = __esm({
  "src/coverage/render.ts"() {
    "use strict";
    init_text_format();
  }
});

// src/report/comparison.ts
function keyOf(suite, id) {
  return suite + SEP + id;
}
function refOf(key) {
  const at = key.indexOf(SEP);
  return { suite: key.slice(0, at), id: key.slice(at + 1) };
}
function statusesOf(report2) {
  if (!report2.tests) return void 0;
  const out2 = /* @__PURE__ */ new Map();
  for (const [suite, statuses] of Object.entries(report2.tests)) {
    for (const [status, ids] of Object.entries(statuses)) {
      for (const id of ids ?? []) out2.set(keyOf(suite, id), status);
    }
  }
  return out2;
}
function failingOf(report2) {
  return new Set(report2.failures.map((f) => keyOf(f.suite, f.id)));
}
function change(base, current) {
  return { base, current, change: roundMs(current - base) };
}
function refs(keys) {
  return [...keys].sort(byKey).map(refOf);
}
function compareReports(current, base, label2) {
  const failingNow = failingOf(current);
  const failingBefore = failingOf(base);
  const now = statusesOf(current);
  const before = statusesOf(base);
  const notes = [];
  const newFailures = [...failingNow].filter((k) => !failingBefore.has(k));
  const fixed = [...failingBefore].filter((k) => !failingNow.has(k) && now?.get(k) === "passed");
  let added = [];
  let removed = [];
  if (now && before) {
    added = [...now.keys()].filter((k) => !before.has(k));
    removed = [...before.keys()].filter((k) => !now.has(k));
  } else {
    notes.push(
      `${before ? "this" : "the base"} report has no test ids (written by an older version): new and removed tests${now ? "" : " and fixed tests"} cannot be told`
    );
  }
  const comparison = {
    base: label2,
    tests: change(base.totals.tests, current.totals.tests),
    failed: change(base.totals.failed + base.totals.errors, current.totals.failed + current.totals.errors),
    duration: change(base.totals.duration, current.totals.duration),
    newFailures: refs(newFailures),
    fixed: refs(fixed),
    added: refs(added),
    removed: refs(removed),
    notes
  };
  if (base.parallel && current.parallel) comparison.wall = change(base.parallel.wall, current.parallel.wall);
  return comparison;
}
var SEP, byKey;
var init_comparison = __esm({
  "src/report/comparison.ts"() {
    "use strict";
    init_order();
    init_text_format();
    SEP = "\0";
    byKey = compareStrings;
  }
});

// src/report/json.ts
function suiteEntry(ids) {
  return Object.fromEntries(STATUSES.filter((s) => ids.has(s)).map((s) => [s, ids.get(s).sort()]));
}
function reportTests(aggregate2) {
  const entries = [];
  for (const { suite, ids } of aggregate2.testsBySuite()) entries.push([suite, suiteEntry(ids)]);
  return Object.fromEntries(entries);
}
function failureOf(test) {
  const loc = test.location;
  return {
    suite: test.suite,
    id: test.id,
    ...loc ? { file: loc.file } : {},
    ...loc?.line !== void 0 ? { line: loc.line } : {},
    message: failureMessage(test)
  };
}
function failureMessage(test) {
  const shown = test.shown;
  return shown.message ?? (shown.status === "errored" ? "error" : "failed");
}
function failureBody(test) {
  const message = failureMessage(test);
  const details = test.shown.details;
  if (details === void 0 || details === "") return message;
  return details.includes(message) ? details : `${message}

${details}`;
}
function renderJsonReport(aggregate2, jobs) {
  const t = aggregate2.totals;
  const report2 = {
    totals: { ...t, duration: roundMs(t.duration) },
    suites: aggregate2.suites.map((s) => ({
      name: s.name,
      tests: s.tests,
      passed: s.passed,
      failed: s.failed,
      errors: s.errors,
      skipped: s.skipped,
      flaky: s.flaky,
      duration: roundMs(s.duration),
      wall: s.wall === null ? null : roundMs(s.wall)
    })),
    files: aggregate2.files.map((f) => ({ ...f })),
    failures: aggregate2.failures.map(failureOf)
  };
  if (jobs) {
    report2.timeline = jobs.timeline.map((e) => ({ ...e }));
    report2.parallel = { ...jobs.parallel };
  }
  let tests;
  Object.defineProperty(report2, "tests", {
    enumerable: true,
    configurable: true,
    get: () => tests ??= reportTests(aggregate2),
    set: (value) => {
      tests = value;
    }
  });
  Object.defineProperty(report2, TESTS_SOURCE, { value: () => tests === void 0 ? aggregate2 : void 0 });
  return report2;
}
function stringifyReport(report2) {
  return `${JSON.stringify(report2, null, 2)}
`;
}
function nested(value) {
  return (JSON.stringify(value, null, 2) ?? "null").replace(/\n/g, "\n  ");
}
function* suiteText(suite, ids) {
  let text3 = `    ${JSON.stringify(suite)}: {`;
  let first = true;
  for (const status of STATUSES) {
    const list2 = ids.get(status);
    if (list2 === void 0) continue;
    list2.sort();
    text3 += `${first ? "" : ","}
      ${JSON.stringify(status)}: [`;
    for (let i = 0; i < list2.length; i++) {
      text3 += `${i === 0 ? "" : ","}
        ${JSON.stringify(list2[i])}`;
      if (i % IDS_PER_PIECE === IDS_PER_PIECE - 1) {
        yield text3;
        text3 = "";
      }
    }
    text3 += "\n      ]";
    first = false;
  }
  yield `${text3}
    }`;
}
function* reportPieces(report2) {
  const source = report2[TESTS_SOURCE]?.();
  let first = true;
  for (const key of Object.keys(report2)) {
    const streamed = key === "tests" && source !== void 0;
    const value = streamed ? void 0 : report2[key];
    if (!streamed && (value === void 0 || typeof value === "function")) continue;
    const lead = `${first ? "{" : ","}
  ${JSON.stringify(key)}: `;
    first = false;
    if (streamed) {
      let open4 = false;
      for (const { suite, ids } of source.testsBySuite()) {
        yield open4 ? ",\n" : `${lead}{
`;
        yield* suiteText(suite, ids);
        open4 = true;
      }
      yield open4 ? "\n  }" : `${lead}{}`;
    } else if (Array.isArray(value) && value.length > 0) {
      for (let i = 0; i < value.length; i++) {
        yield `${i === 0 ? `${lead}[` : ","}
    ${nested(value[i]).replace(/\n/g, "\n  ")}`;
      }
      yield "\n  ]";
    } else {
      yield `${lead}${nested(value)}`;
    }
  }
  yield first ? "{}\n" : "\n}\n";
}
var TESTS_SOURCE, STATUSES, IDS_PER_PIECE;
var init_json = __esm({
  "src/report/json.ts"() {
    "use strict";
    init_order();
    TESTS_SOURCE = /* @__PURE__ */ Symbol("tests source");
    STATUSES = ["passed", "failed", "errored", "skipped"];
    IDS_PER_PIECE = 4096;
  }
});

// src/report/printable.ts
function escapeChar(c) {
  const named = NAMED[c];
  if (named !== void 0) return named;
  const code = c.charCodeAt(0);
  return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function printable(text3) {
  return text3.replace(CONTROL, escapeChar);
}
var CONTROL, NAMED;
var init_printable = __esm({
  "src/report/printable.ts"() {
    "use strict";
    CONTROL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    NAMED = { "\n": "\\n", "\r": "\\r" };
  }
});

// src/report/timeline.ts
function secondsOf(job) {
  return Math.max(0, (Date.parse(job.record.end) - Date.parse(job.record.start)) / 1e3);
}
function problemOf(job) {
  const r = job.record;
  if (r.error !== void 0) return r.error;
  if (r.results.length === 0) return "wrote no result file";
  if (job.present === 0) return `none of its result files is there (${r.results.join(", ")})`;
  return void 0;
}
function peakCores(jobs) {
  const events = jobs.flatMap((j) => [
    { at: Date.parse(j.record.start), delta: j.record.cores },
    { at: Date.parse(j.record.end), delta: -j.record.cores }
  ]);
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  let held = 0;
  let peak = 0;
  for (const e of events) {
    held += e.delta;
    peak = Math.max(peak, held);
  }
  return peak;
}
function parallelFigures(jobs) {
  if (jobs.length === 0) return { wall: 0, busy: 0, speedup: 0, efficiency: 0 };
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const j of jobs) {
    first = Math.min(first, Date.parse(j.record.start));
    last = Math.max(last, Date.parse(j.record.end));
  }
  const wall = Math.max(0, (last - first) / 1e3);
  const measured = jobs.every((j) => j.record.cpuSeconds !== void 0);
  const busy = jobs.reduce(
    (sum, j) => sum + (measured ? j.record.cpuSeconds : secondsOf(j) * j.record.cores),
    0
  );
  const serial = jobs.reduce((sum, j) => sum + secondsOf(j), 0);
  const capacity = peakCores(jobs) * wall;
  return {
    wall: round(wall),
    busy: round(busy),
    speedup: wall > 0 ? round(serial / wall) : 0,
    efficiency: capacity > 0 ? round(busy / capacity) : 0
  };
}
function summarizeJobs(jobs) {
  if (jobs.length === 0) return void 0;
  const entries = jobs.map((job) => {
    const r = job.record;
    const entry = {
      job: `${r.suite}-${r.shard}-of-${r.shards}`,
      suite: r.suite,
      shard: r.shard,
      start: r.start,
      end: r.end,
      cores: r.cores,
      runner: r.runner,
      exit: r.exit
    };
    const problem = problemOf(job);
    if (problem !== void 0) entry.error = problem;
    return entry;
  });
  entries.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || compare(a.job, b.job));
  return {
    timeline: entries,
    parallel: parallelFigures(jobs),
    broken: entries.filter((e) => e.error !== void 0)
  };
}
function exitText(exit) {
  return exit === null ? "killed or never started" : `exit ${exit}`;
}
function renderJobsConsole(summary) {
  const p = summary.parallel;
  const out2 = [
    "",
    `${summary.timeline.length} jobs: ${p.wall.toFixed(1)} s wall, ${p.busy.toFixed(1)} busy core-seconds, speedup ${p.speedup.toFixed(2)}x, core efficiency ${(p.efficiency * 100).toFixed(0)}%`
  ];
  if (summary.broken.length > 0) {
    out2.push("", `Jobs without results (${summary.broken.length}):`);
    for (const e of summary.broken) {
      const [first = "", ...rest] = (e.error ?? "").trimEnd().split("\n");
      out2.push(`  ${printable(e.job)} (${exitText(e.exit)}, on ${printable(e.runner)}): ${printable(first)}`);
      for (const line of rest.slice(0, ERROR_LINES - 1)) out2.push(`    ${printable(line.trimEnd())}`);
      if (rest.length >= ERROR_LINES)
        out2.push(`    … ${rest.length - ERROR_LINES + 1} more line(s) in the job's record`);
    }
  }
  return `${out2.join("\n")}
`;
}
var compare, round, ERROR_LINES;
var init_timeline = __esm({
  "src/report/timeline.ts"() {
    "use strict";
    init_order();
    init_printable();
    compare = compareStrings;
    round = roundMs;
    ERROR_LINES = 12;
  }
});

// src/report/console.ts
function wantsColor(isTTY, env) {
  return isTTY && !env.NO_COLOR;
}
function painter(color) {
  return color ? (style, text3) => `\x1B[${SGR[style]}m${text3}\x1B[0m` : (_style, text3) => text3;
}
function n(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function duration(seconds2) {
  if (!Number.isFinite(seconds2) || seconds2 < 0) return "-";
  if (seconds2 < 60) return `${seconds2.toFixed(seconds2 < 10 ? 2 : 1)} s`;
  const m = Math.floor(seconds2 / 60);
  return `${m} min ${Math.round(seconds2 - m * 60)} s`;
}
function where(test) {
  const loc = test.location;
  if (!loc) return "";
  return ` (${printable(loc.file)}${loc.line !== void 0 ? `:${loc.line}` : ""})`;
}
function table(rows, left = 1) {
  const widths = rows[0].map(() => 0);
  for (const r of rows) {
    for (let i = 0; i < r.length; i++) widths[i] = Math.max(widths[i], r[i].length);
  }
  return rows.map(
    (r) => r.map((cell, i) => i < left ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))
  );
}
function indent(text3, prefix, maxLines) {
  const lines = text3.split("\n");
  const shown = lines.slice(0, maxLines).map((l) => prefix + printable(l.trimEnd()));
  if (lines.length > maxLines) shown.push(`${prefix}… (${lines.length - maxLines} more lines)`);
  return shown;
}
function suiteFailed(s) {
  return s.failed + s.errors > 0;
}
function ref(r) {
  return `${r.suite ? `${printable(r.suite)} › ` : ""}${printable(r.id)}`;
}
function suiteLines(aggregate2, jobs, paint) {
  const brokenSuites = new Set((jobs?.broken ?? []).map((e) => e.suite));
  const rows = [];
  const seen = /* @__PURE__ */ new Set();
  const cells = (s) => [
    n(s.tests),
    n(s.passed),
    n(s.failed),
    n(s.errors),
    n(s.skipped),
    n(s.flaky),
    duration(s.duration),
    s.wall === null ? "-" : duration(s.wall)
  ];
  for (const s of aggregate2.suites) {
    seen.add(s.name);
    const failed2 = suiteFailed(s) || brokenSuites.has(s.name);
    rows.push({ failed: failed2, cells: [s.name === "" ? "(unnamed)" : printable(s.name), ...cells(s)] });
  }
  for (const name of brokenSuites) {
    if (!seen.has(name))
      rows.push({ failed: true, cells: [printable(name), "-", "-", "-", "-", "-", "-", "-", "-"] });
  }
  if (rows.length === 0) return [];
  const head2 = ["", "suite", "tests", "passed", "failed", "errors", "skipped", "flaky", "time", "wall"];
  const padded2 = table([head2, ...rows.map((r) => [r.failed ? "✗ FAILED" : "✓ PASSED", ...r.cells])], 2);
  return padded2.map((cells2, i) => {
    const [status, ...rest] = cells2;
    if (i === 0) return `  ${[status, ...rest].join("  ")}`;
    const verdict = rows[i - 1].failed ? paint("red", status) : paint("green", status);
    return `  ${[verdict, ...rest].join("  ")}`;
  });
}
function comparisonLines(c, maxListed, paint) {
  const parts = [];
  const count2 = (k, one, many = `${one}s`) => `${n(k)} ${k === 1 ? one : many}`;
  parts.push(count2(c.newFailures.length, "new failure"));
  parts.push(`${n(c.fixed.length)} fixed`);
  if (c.added.length > 0) parts.push(`${n(c.added.length)} added`);
  if (c.removed.length > 0) parts.push(`${n(c.removed.length)} removed`);
  const signed = (v, unit = "") => `${v > 0 ? "+" : v < 0 ? "-" : "±"}${unit === "s" ? duration(Math.abs(v)) : n(Math.abs(v))}`;
  parts.push(`tests ${signed(c.tests.change)}`);
  parts.push(`test time ${signed(c.duration.change, "s")}`);
  if (c.wall) parts.push(`wall ${signed(c.wall.change, "s")}`);
  const out2 = [`Compared with ${printable(c.base)}: ${parts.join(", ")}`];
  for (const r of c.newFailures.slice(0, maxListed)) out2.push(`  ${paint("red", "NEW  ")} ${ref(r)}`);
  if (c.newFailures.length > maxListed)
    out2.push(paint("dim", `  … ${n(c.newFailures.length - maxListed)} more new failures not shown`));
  for (const r of c.fixed.slice(0, maxListed)) out2.push(`  ${paint("green", "FIXED")} ${ref(r)}`);
  if (c.fixed.length > maxListed)
    out2.push(paint("dim", `  … ${n(c.fixed.length - maxListed)} more fixed not shown`));
  for (const note of c.notes) out2.push(`  (${printable(note)})`);
  return out2;
}
function renderConsoleSummary(aggregate2, options = {}) {
  const maxFailures = options.maxFailures ?? 30;
  const paint = painter(options.color === true);
  const t = aggregate2.totals;
  const out2 = [];
  const parts = [`${n(t.passed)} passed`];
  if (t.failed) parts.push(paint("red", `${n(t.failed)} failed`));
  if (t.errors) parts.push(paint("red", `${n(t.errors)} errors`));
  if (t.skipped) parts.push(`${n(t.skipped)} skipped`);
  if (t.flaky) parts.push(paint("yellow", `${n(t.flaky)} flaky`));
  const readable = aggregate2.files.filter((f) => f.error === void 0).length;
  out2.push(
    `${n(t.tests)} tests in ${n(aggregate2.files.length)} result files: ${parts.join(", ")} (${duration(t.duration)} of test time)`
  );
  if (aggregate2.failures.length > 0) {
    out2.push("", paint("bold", `Failures (${n(aggregate2.failures.length)}):`));
    for (const test of aggregate2.failures.slice(0, maxFailures)) {
      const mark = test.status === "errored" ? "ERROR" : "FAIL ";
      out2.push(
        `  ${paint("red", mark)} ${test.suite ? `${printable(test.suite)} › ` : ""}${printable(test.id)}${where(test)}`
      );
      for (const line of indent(failureMessage(test), "        ", 6)) out2.push(line);
    }
    const more2 = aggregate2.failures.length - maxFailures;
    if (more2 > 0) out2.push(paint("dim", `  … ${n(more2)} more not shown (see the JSON report)`));
  }
  if (aggregate2.flaky.length > 0) {
    out2.push(
      "",
      paint(
        "bold",
        `Flaky (failed, then passed on a rerun; counted as passed) (${n(aggregate2.flaky.length)}):`
      )
    );
    for (const test of aggregate2.flaky.slice(0, maxFailures)) {
      out2.push(
        `  ${paint("yellow", "FLAKY")} ${test.suite ? `${printable(test.suite)} › ` : ""}${printable(test.id)} (${test.runs} runs)${where(test)}`
      );
    }
    const more2 = aggregate2.flaky.length - maxFailures;
    if (more2 > 0) out2.push(paint("dim", `  … ${n(more2)} more not shown`));
  }
  const broken2 = aggregate2.files.filter((f) => f.error !== void 0);
  if (broken2.length > 0) {
    out2.push(
      "",
      paint("bold", `Input problems (${readable} of ${aggregate2.files.length} files read in full):`)
    );
    for (const f of broken2) out2.push(`  ${printable(f.path)}: ${printable(f.error ?? "")}`);
  }
  const unmatched = options.unmatched ?? [];
  if (aggregate2.warnings.length > 0 || unmatched.length > 0) {
    out2.push("", paint("bold", "Warnings:"));
    for (const pattern of unmatched) out2.push(`  no file matches "${printable(pattern)}" (allowed)`);
    for (const w of aggregate2.warnings.slice(0, 20))
      out2.push(`  ${printable(w.path)}: ${printable(w.message)}`);
    if (aggregate2.warnings.length > 20) out2.push(paint("dim", `  … ${aggregate2.warnings.length - 20} more`));
  }
  const add2 = (lines) => {
    for (const line of lines) out2.push(line);
  };
  if (options.comparison) add2(["", ...comparisonLines(options.comparison, 10, paint)]);
  const suites = suiteLines(aggregate2, options.jobs, paint);
  if (suites.length > 0) {
    out2.push("");
    add2(suites);
  }
  if (options.jobs) add2(printableLines(renderJobsConsole(options.jobs)));
  if (options.coverageLine) out2.push("", options.coverageLine);
  out2.push("", paint("bold", `Total time: ${totalTime(aggregate2, options)}`));
  const results = options.results ?? [];
  out2.push(
    results.length > 0 ? `Results: ${results.join("; ")}` : `Results: the ${n(aggregate2.files.length)} result files read (a JSON or HTML report keeps them in one file)`
  );
  return `${out2.join("\n")}
`;
}
function printableLines(text3) {
  return text3.replace(/\n$/, "").split("\n").map(printable);
}
function totalTime(aggregate2, options) {
  if (options.totalSeconds !== void 0) return duration(options.totalSeconds);
  const p = options.jobs?.parallel;
  if (p === void 0) {
    let longest;
    for (const s of aggregate2.suites) if (s.wall !== null) longest = Math.max(longest ?? 0, s.wall);
    return longest === void 0 ? `${duration(aggregate2.totals.duration)} of test time (no job records, no suite times)` : `${duration(longest)} (the longest suite as its report states it; no job records)`;
  }
  const serial = options.jobs.timeline.reduce(
    (sum, e) => sum + Math.max(0, (Date.parse(e.end) - Date.parse(e.start)) / 1e3),
    0
  );
  return `${duration(p.wall)} (${duration(serial)} one job after another)`;
}
var SGR;
var init_console = __esm({
  "src/report/console.ts"() {
    "use strict";
    init_json();
    init_printable();
    init_timeline();
    SGR = { red: "31", green: "32", yellow: "33", bold: "1", dim: "2" };
  }
});

// src/report/format.ts
function formatCount2(value) {
  const text3 = String(Math.trunc(value));
  const sign = text3.startsWith("-") ? "-" : "";
  const digits = sign ? text3.slice(1) : text3;
  let out2 = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out2 += ",";
    out2 += digits[i];
  }
  return sign + out2;
}
function formatDuration2(seconds2) {
  if (!Number.isFinite(seconds2) || seconds2 < 0) return "-";
  if (seconds2 < 10) return `${seconds2.toFixed(2)}s`;
  if (seconds2 < 60) return `${seconds2.toFixed(1)}s`;
  const whole = Math.round(seconds2);
  const h = Math.floor(whole / 3600);
  const m = Math.floor(whole % 3600 / 60);
  const s = whole % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, "0")}m`;
  return `${m}m ${String(s).padStart(2, "0")}s`;
}
function formatPercent(ratio) {
  return `${Math.round(ratio * 100)}%`;
}
function formatSpeedup(ratio) {
  return `${ratio.toFixed(1)}x`;
}
function plural(count2, one, many = `${one}s`) {
  return `${formatCount2(count2)} ${count2 === 1 ? one : many}`;
}
var init_format = __esm({
  "src/report/format.ts"() {
    "use strict";
  }
});

// src/report/input.ts
function runSeconds(input) {
  return input.parallel?.wall ?? input.aggregate.totals.duration;
}
function jobSeconds(entry) {
  return Math.max(0, (Date.parse(entry.end) - Date.parse(entry.start)) / 1e3);
}
function sumOfJobSeconds(timeline) {
  let sum = 0;
  for (const entry of timeline) sum += jobSeconds(entry);
  return sum;
}
function sortedTimeline(timeline) {
  return timeline.slice().sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.job < b.job ? -1 : a.job > b.job ? 1 : 0)
  );
}
function suiteFailed2(suite) {
  return suite.failed + suite.errors > 0;
}
var init_input = __esm({
  "src/report/input.ts"() {
    "use strict";
  }
});

// src/report/markdown.ts
function escapeHtml(text3) {
  return showControls(text3).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
function showControls(text3) {
  return CONTROL2.test(text3) ? text3.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`) : text3;
}
function firstLine(text3, max = 300) {
  const end = text3.search(/\r|\n/);
  const line = (end < 0 ? text3 : text3.slice(0, end)).trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
var HTML_ENTITIES, CONTROL2, CONTROLS;
var init_markdown = __esm({
  "src/report/markdown.ts"() {
    "use strict";
    HTML_ENTITIES = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;"
    };
    CONTROL2 = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;
    CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
  }
});

// src/report/summary.ts
function renderTitle(totals, seconds2) {
  const parts = [];
  if (totals.failed > 0) parts.push(`${formatCount2(totals.failed)} failed`);
  if (totals.errors > 0) parts.push(plural(totals.errors, "error"));
  if (totals.flaky > 0) parts.push(`${formatCount2(totals.flaky)} flaky`);
  if (totals.passed > 0) parts.push(`${formatCount2(totals.passed)} passed`);
  if (totals.skipped > 0) parts.push(`${formatCount2(totals.skipped)} skipped`);
  if (parts.length === 0) return `no tests in ${formatDuration2(seconds2)}`;
  return `${parts.join(", ")} in ${formatDuration2(seconds2)}`;
}
var SUMMARY_LIMIT_BYTES, DEFAULT_MAX_BYTES2;
var init_summary = __esm({
  "src/report/summary.ts"() {
    "use strict";
    init_format();
    init_input();
    init_json();
    init_markdown();
    SUMMARY_LIMIT_BYTES = 1024 * 1024;
    DEFAULT_MAX_BYTES2 = SUMMARY_LIMIT_BYTES - 1024;
  }
});

// src/report/html.ts
import { createHash } from "node:crypto";
function contentSecurityPolicy() {
  if (policy === void 0) {
    const hash = (text3) => `'sha256-${createHash("sha256").update(text3).digest("base64")}'`;
    policy = `default-src 'none'; style-src ${hash(STYLE)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  }
  return policy;
}
function head(value, max) {
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 55296 && code <= 56319 ? max - 1 : max);
}
function text(value, max) {
  return escapeHtml(value.length > max ? `${head(value, max - 1)}…` : value);
}
function num(value) {
  return `<td class="num">${formatCount2(value)}</td>`;
}
function more(count2, what, colspan = 0) {
  const note = `… ${formatCount2(count2)} more ${what} not shown: see the JSON report.`;
  return colspan > 0 ? `<tr class="more"><td colspan="${colspan}">${note}</td></tr>
` : `<p class="more">${note}</p>
`;
}
function countCells(c, attribute) {
  return COUNT_KEYS.map(
    (k) => attribute ? `<td class="num" data-count="${k}">${formatCount2(c[k])}</td>` : num(c[k])
  ).join("");
}
function renderTotals(input) {
  const t = input.aggregate.totals;
  const files = input.aggregate.files;
  const unread = files.filter((f) => f.error !== void 0).length;
  return `<table class="totals"><thead><tr><th class="num">Tests</th><th class="num">Passed</th><th class="num">Failed</th><th class="num">Errors</th><th class="num">Skipped</th><th class="num">Flaky</th><th class="num">Duration</th></tr></thead>
<tbody><tr>${countCells(t, true)}<td class="num" data-count="duration">${formatDuration2(t.duration)}</td></tr></tbody></table>
<p class="muted">Read from ${plural(files.length - unread, "result file")}` + (unread > 0 ? `; <span class="bad">${plural(unread, "file")} could not be read</span>` : "") + ".</p>\n";
}
function renderSuites(input, s) {
  const { suites, totals } = input.aggregate;
  if (suites.length === 0) return "";
  const shown = Math.min(suites.length, s.maxSuites);
  const out2 = [
    `<h2 id="suites">Suites (${formatCount2(suites.length)})</h2>
<table class="suites"><thead><tr><th>Suite</th><th class="num">Tests</th><th class="num">Passed</th><th class="num">Failed</th><th class="num">Errors</th><th class="num">Skipped</th><th class="num">Flaky</th><th class="num">Duration</th><th class="num">Wall</th></tr></thead><tbody>
`
  ];
  for (let i = 0; i < shown; i++) {
    const suite = suites[i];
    const bad = suiteFailed2(suite);
    out2.push(
      `<tr data-suite><td><span class="${bad ? "bad" : "ok"}">${bad ? "✗" : "✓"}</span> ${suite.name === "" ? "(unnamed)" : text(suite.name, s.nameChars)}</td>${countCells(suite, false)}<td class="num">${formatDuration2(suite.duration)}</td><td class="num">${suite.wall === null ? "-" : formatDuration2(suite.wall)}</td></tr>
`
    );
  }
  if (shown < suites.length) out2.push(more(suites.length - shown, "suites", 9));
  const wall = input.parallel?.wall;
  out2.push(
    `</tbody><tfoot><tr><td>Total</td>${countCells(totals, false)}<td class="num">${formatDuration2(totals.duration)}</td><td class="num">${wall === void 0 ? "-" : formatDuration2(wall)}</td></tr></tfoot></table>
`
  );
  return out2.join("");
}
function label(test, max) {
  const id = `<code>${text(test.id, max)}</code>`;
  return test.suite === "" ? `<span class="n">${id}</span>` : `<span class="n">${text(test.suite, max)} › ${id}</span>`;
}
function locationHtml(test, s) {
  const loc = test.location;
  if (!loc) return "";
  return text(loc.line !== void 0 ? `${loc.file}:${loc.line}` : loc.file, s.nameChars);
}
function failureText(test, max) {
  let body = failureBody(test);
  for (const [name, out2] of [
    ["stdout", test.shown.stdout],
    ["stderr", test.shown.stderr]
  ]) {
    if (out2 !== void 0 && out2 !== "") body += `

--- ${name} ---
${out2}`;
  }
  if (body.length > max)
    body = `${head(body, max)}
… (${formatCount2(body.length - max)} more characters cut)`;
  return body;
}
function renderFailures(input, s) {
  const failures = input.aggregate.failures;
  if (failures.length === 0) return "";
  const shown = Math.min(failures.length, s.maxFailures);
  const out2 = [
    `<h2 id="failures">Failures (${formatCount2(failures.length)})</h2>
<p class="muted">Showing <span id="shown-failures">${formatCount2(shown)}</span> of ${formatCount2(shown)} listed.</p>
<div data-list="failures">
`
  ];
  let budget = s.detailBudget;
  let withoutText = 0;
  for (let i = 0; i < shown; i++) {
    const test = failures[i];
    const where2 = locationHtml(test, s);
    const facts = [
      STATUS_TEXT[test.status],
      ...where2 ? [where2] : [],
      formatDuration2(test.shown.duration),
      ...test.runs > 1 ? [plural(test.runs, "run")] : []
    ].join(" · ");
    let body = "";
    if (budget > 0) {
      const full = failureText(test, Math.min(s.detailChars, budget));
      budget -= full.length;
      body = `<pre>${escapeHtml(full)}</pre>`;
    } else {
      withoutText++;
    }
    out2.push(
      `<details data-status="${test.status}"><summary><span class="bad">${STATUS_ICON[test.status]}</span> ${label(test, s.nameChars)}: <code>${text(firstLine(failureMessage(test)), 300)}</code></summary>
<p class="muted">${facts}</p>${body}</details>
`
    );
  }
  out2.push("</div>\n");
  if (shown < failures.length) out2.push(more(failures.length - shown, "failures"));
  if (withoutText > 0)
    out2.push(
      `<p class="more">The last ${plural(withoutText, "failure")} listed without their text (size budget).</p>
`
    );
  if (input.aggregate.detailsOmitted > 0)
    out2.push(
      `<p class="more">${plural(input.aggregate.detailsOmitted, "failing or flaky test")} kept only the message: the report's text budget ran out while reading.</p>
`
    );
  return out2.join("");
}
function renderFlaky(input, s) {
  const flaky = input.aggregate.flaky;
  if (flaky.length === 0) return "";
  const shown = Math.min(flaky.length, s.maxFailures);
  const out2 = [
    `<h2 id="flaky">Flaky tests (${formatCount2(flaky.length)}): failed, then passed on a rerun</h2>
<p class="muted">Showing <span id="shown-flaky">${formatCount2(shown)}</span> of ${formatCount2(shown)} listed.</p>
<ul data-list="flaky">
`
  ];
  for (let i = 0; i < shown; i++) {
    const test = flaky[i];
    const where2 = locationHtml(test, s);
    out2.push(
      `<li data-status="passed flaky"><span class="warn">⚠</span> ${label(test, s.nameChars)} (${plural(test.runs, "run")}${where2 ? `, ${where2}` : ""})</li>
`
    );
  }
  out2.push("</ul>\n");
  if (shown < flaky.length) out2.push(more(flaky.length - shown, "flaky tests"));
  return out2.join("");
}
function testRows(input, max) {
  const { failures, flaky } = input.aggregate;
  const rows = [];
  for (let i = 0; i < failures.length && rows.length < max; i++) {
    const f = failures[i];
    rows.push({ suite: f.suite, id: f.id, status: f.status, flaky: false });
  }
  const flakyKeys = /* @__PURE__ */ new Set();
  for (const f of flaky) flakyKeys.add(keyOf2(f.suite, f.id));
  for (let i = 0; i < flaky.length && rows.length < max; i++) {
    rows.push({ suite: flaky[i].suite, id: flaky[i].id, status: "passed", flaky: true });
  }
  const room = max - rows.length;
  if (room <= 0) return rows;
  const skipped = [];
  const passed = [];
  for (const { suite, ids } of input.aggregate.testsBySuite()) {
    for (const id of ids.get("skipped") ?? []) {
      if (skipped.length >= room) break;
      skipped.push({ suite, id, status: "skipped", flaky: false });
    }
    if (skipped.length >= room) break;
    for (const id of ids.get("passed") ?? []) {
      if (passed.length >= room) break;
      if (flakyKeys.size > 0 && flakyKeys.has(keyOf2(suite, id))) continue;
      passed.push({ suite, id, status: "passed", flaky: false });
    }
  }
  for (const row of skipped) rows.push(row);
  for (let i = 0; i < passed.length && rows.length < max; i++) rows.push(passed[i]);
  return rows;
}
function renderTests(input, s) {
  const total = input.aggregate.totals.tests;
  if (total === 0) return "";
  const rows = testRows(input, s.maxTests);
  const out2 = [
    `<h2 id="tests">Tests (${formatCount2(total)})</h2>
<p class="muted">Showing <span id="shown-tests">${formatCount2(rows.length)}</span> of ${formatCount2(rows.length)} listed` + (rows.length < total ? " (failing, flaky and skipped tests first)" : "") + '.</p>\n<table class="tests"><thead><tr><th>Status</th><th>Suite</th><th>Test</th></tr></thead><tbody data-list="tests">\n'
  ];
  for (const row of rows) {
    const status = row.flaky ? "passed flaky" : row.status;
    const shownStatus = row.flaky ? "flaky" : STATUS_TEXT[row.status];
    const cls = row.flaky ? "warn" : STATUS_CLASS[row.status];
    out2.push(
      `<tr data-status="${status}"><td class="${cls}">${row.flaky ? "⚠" : STATUS_ICON[row.status]} ${shownStatus}</td><td class="n">${text(row.suite, s.nameChars)}</td><td><code class="n">${text(row.id, s.nameChars)}</code></td></tr>
`
    );
  }
  out2.push("</tbody></table>\n");
  if (rows.length < total) out2.push(more(total - rows.length, "tests"));
  return out2.join("");
}
function timelineSvg(entries, s) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    first = Math.min(first, Date.parse(e.start));
    last = Math.max(last, Date.parse(e.end));
  }
  const span2 = Math.max(1, last - first);
  const plot = SVG_WIDTH - LABEL_WIDTH - 10;
  const height = entries.length * ROW_HEIGHT + 24;
  const x = (at) => (LABEL_WIDTH + (at - first) / span2 * plot).toFixed(1);
  const out2 = [
    `<svg class="timeline" viewBox="0 0 ${SVG_WIDTH} ${height}" role="img" aria-label="timeline of the jobs">
`
  ];
  for (let q = 0; q <= 4; q++) {
    const at = first + span2 * q / 4;
    out2.push(
      `<line x1="${x(at)}" x2="${x(at)}" y1="0" y2="${height - 16}"/><text x="${x(at)}" y="${height - 4}" text-anchor="${q === 0 ? "start" : q === 4 ? "end" : "middle"}">${formatDuration2((at - first) / 1e3)}</text>
`
    );
  }
  entries.forEach((e, i) => {
    const start = Date.parse(e.start);
    const end = Math.max(start, Date.parse(e.end));
    const y = i * ROW_HEIGHT;
    const width = Math.max(1, (end - start) / span2 * plot).toFixed(1);
    const failed2 = e.exit !== 0 || e.error !== void 0;
    out2.push(
      `<text x="0" y="${y + 14}">${text(e.job, 36)}</text><rect class="job${failed2 ? " failed" : ""}" x="${x(start)}" y="${y + 3}" width="${width}" height="${ROW_HEIGHT - 6}"><title>${text(e.job, s.nameChars)}: ${formatDuration2((end - start) / 1e3)} on ${e.cores} cores, ${text(e.runner, s.nameChars)}, ${e.exit === null ? "no exit code" : `exit ${e.exit}`}</title></rect>
`
    );
  });
  out2.push("</svg>\n");
  return out2.join("");
}
function renderTimeline(input, s) {
  const timeline = input.timeline;
  if (!timeline || timeline.length === 0) return "";
  const entries = sortedTimeline(timeline);
  const shown = entries.slice(0, s.maxJobs);
  const out2 = [`<h2 id="timeline">Parallel run (${plural(entries.length, "job")})</h2>
`];
  const p = input.parallel;
  if (p) {
    out2.push(
      `<table class="parallel"><thead><tr><th class="num">Jobs</th><th class="num">Wall</th><th class="num">Sum of job times</th><th class="num">Speedup</th><th class="num">Core efficiency</th></tr></thead><tbody><tr>${num(entries.length)}<td class="num">${formatDuration2(p.wall)}</td><td class="num">${formatDuration2(sumOfJobSeconds(entries))}</td><td class="num">${formatSpeedup(p.speedup)}</td><td class="num">${formatPercent(p.efficiency)}</td></tr></tbody></table>
`
    );
  }
  out2.push(timelineSvg(shown, s));
  const t0 = Date.parse(entries[0].start);
  out2.push(
    '<table class="jobs"><thead><tr><th>Job</th><th>Runner</th><th class="num">Cores</th><th class="num">Start</th><th class="num">Duration</th><th>Exit</th></tr></thead><tbody>\n'
  );
  for (const e of shown) {
    const seconds2 = Math.max(0, (Date.parse(e.end) - Date.parse(e.start)) / 1e3);
    const failed2 = e.exit !== 0 || e.error !== void 0;
    out2.push(
      `<tr><td>${text(e.job, s.nameChars)}</td><td>${text(e.runner, s.nameChars)}</td>${num(e.cores)}<td class="num">+${formatDuration2((Date.parse(e.start) - t0) / 1e3)}</td><td class="num">${formatDuration2(seconds2)}</td><td class="${failed2 ? "bad" : "ok"}">${e.exit === null ? "none" : e.exit}${e.error !== void 0 ? `: ${text(e.error, s.nameChars)}` : ""}</td></tr>
`
    );
  }
  if (shown.length < entries.length) out2.push(more(entries.length - shown.length, "jobs", 6));
  out2.push("</tbody></table>\n");
  return out2.join("");
}
function pct2(value) {
  return `${value.toFixed(2)}%`;
}
function renderCoverage(s) {
  const c = s.coverage;
  if (!c) return "";
  const t = c.total;
  const gate = c.threshold ? c.threshold.met ? ` <span class="ok">✓ threshold ${c.threshold.percent}% met</span>` : ` <span class="bad">✗ below the threshold of ${c.threshold.percent}%</span>` : "";
  const out2 = [
    `<h2 id="coverage">Coverage</h2>
<p><strong data-coverage="total">${pct2(t.percent)}</strong> of ${formatCount2(t.lines)} lines covered (${formatCount2(t.covered)}), merged from ${plural(c.reports.length, "report")}.${gate}</p>
`
  ];
  const shown = Math.min(c.packages.length, s.maxPackages);
  if (shown > 0) {
    out2.push(
      '<table class="coverage"><thead><tr><th>Package</th><th class="num">Lines</th><th class="num">Covered</th><th class="num">%</th></tr></thead><tbody>\n'
    );
    for (let i = 0; i < shown; i++) {
      const p = c.packages[i];
      out2.push(
        `<tr><td>${p.name === "" ? "(none)" : text(p.name, s.nameChars)}</td>${num(p.lines)}${num(p.covered)}<td class="num">${pct2(p.percent)}</td></tr>
`
      );
    }
    if (shown < c.packages.length) out2.push(more(c.packages.length - shown, "packages", 4));
    out2.push("</tbody></table>\n");
  }
  for (const r of c.reports.filter((r2) => r2.error !== void 0).slice(0, s.maxPackages))
    out2.push(`<p class="warn">⚠ ${text(r.path, s.nameChars)}: ${text(r.error, s.nameChars)}</p>
`);
  return out2.join("");
}
function renderProblems(input, s) {
  const bad = input.aggregate.files.filter((f) => f.error !== void 0);
  const warnings = input.aggregate.warnings;
  if (bad.length === 0 && warnings.length === 0) return "";
  const out2 = ['<h2 id="problems">Problems reading the results</h2>\n<ul>\n'];
  for (const f of bad.slice(0, MAX_PROBLEMS))
    out2.push(`<li class="bad">${text(f.path, s.nameChars)}: ${text(f.error, s.nameChars)}</li>
`);
  for (const w of warnings.slice(0, MAX_PROBLEMS))
    out2.push(`<li class="warn">${text(w.path, s.nameChars)}: ${text(w.message, s.nameChars)}</li>
`);
  out2.push("</ul>\n");
  const cut = Math.max(0, bad.length - MAX_PROBLEMS) + Math.max(0, warnings.length - MAX_PROBLEMS);
  if (cut > 0) out2.push(more(cut, "problems"));
  return out2.join("");
}
function renderHtmlReport(input, options = {}) {
  const s = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options))
    if (value !== void 0) Object.assign(s, { [key]: value });
  const totals = input.aggregate.totals;
  const bad = suiteFailed2(totals);
  const title = renderTitle(totals, runSeconds(input));
  const tests = renderTests(input, s);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(s.title, 200)}: ${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body>
<h1>${text(s.title, 200)}</h1>
<p class="headline ${bad ? "bad" : "ok"}">${bad ? "✗" : "✓"} <span id="title-line">${escapeHtml(title)}</span></p>
` + renderTotals(input) + (tests !== "" || input.aggregate.failures.length > 0 ? FILTER : "") + renderSuites(input, s) + renderFailures(input, s) + renderFlaky(input, s) + renderTimeline(input, s) + renderCoverage(s) + tests + renderProblems(input, s) + `<script>${SCRIPT}</script>
</body></html>
`;
}
var DEFAULTS, STYLE, SCRIPT, policy, STATUS_TEXT, STATUS_CLASS, STATUS_ICON, COUNT_KEYS, keyOf2, SVG_WIDTH, LABEL_WIDTH, ROW_HEIGHT, MAX_PROBLEMS, FILTER;
var init_html = __esm({
  "src/report/html.ts"() {
    "use strict";
    init_format();
    init_input();
    init_json();
    init_markdown();
    init_summary();
    DEFAULTS = {
      title: "Test results",
      maxTests: 1e4,
      maxFailures: 1e3,
      maxSuites: 1e3,
      maxJobs: 500,
      maxPackages: 200,
      detailChars: 1e4,
      detailBudget: 4 * 1024 * 1024,
      nameChars: 1e3
    };
    STYLE = `
:root{color-scheme:light dark;--ok:#1a7f37;--bad:#cf222e;--warn:#9a6700;--muted:#6e7781;--line:#d0d7de;--bg2:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--ok:#3fb950;--bad:#f85149;--warn:#d29922;--muted:#8b949e;--line:#30363d;--bg2:#161b22}}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;padding:16px 24px;max-width:1200px}
h1{font-size:22px;margin:8px 0 16px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
table{border-collapse:collapse;margin:6px 0}th,td{padding:3px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}tfoot td{font-weight:600}
.ok{color:var(--ok)}.bad{color:var(--bad)}.warn{color:var(--warn)}.muted,.more{color:var(--muted)}
code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{background:var(--bg2);padding:8px 10px;overflow:auto;max-height:480px;white-space:pre-wrap;word-break:break-word}
details{border-bottom:1px solid var(--line);padding:4px 0}summary{cursor:pointer}
.headline{font-size:18px;font-weight:600;margin:0 0 10px}.totals td{font-size:16px}.tools{position:sticky;top:0;background:Canvas;padding:8px 0;border-bottom:1px solid var(--line);z-index:1}
.tools input{width:320px;padding:4px 6px}.tools select{padding:4px}
svg.timeline{width:100%;height:auto;max-width:1000px}svg text{font:11px ui-monospace,monospace;fill:currentColor}
svg rect.job{fill:var(--ok);opacity:.8}svg rect.job.failed{fill:var(--bad)}svg line{stroke:var(--line)}
table.tests tr,details{content-visibility:auto;contain-intrinsic-size:auto 22px}
[hidden]{display:none!important}
`;
    SCRIPT = `
(() => {
  const box = document.getElementById('filter');
  const status = document.getElementById('status');
  if (!box || !status) return;
  const lists = Array.from(document.querySelectorAll('[data-list]'), (list) => ({
    out: document.getElementById('shown-' + list.dataset.list),
    items: Array.from(list.querySelectorAll('[data-status]'), (el) => ({
      el,
      name: Array.from(el.querySelectorAll('.n'), (n) => n.textContent).join(' ').toLowerCase(),
      status: el.dataset.status.split(' '),
    })),
  }));
  const apply = () => {
    const q = box.value.trim().toLowerCase();
    const s = status.value;
    for (const list of lists) {
      let shown = 0;
      for (const it of list.items) {
        const ok = (q === '' || it.name.includes(q)) && (s === '' || it.status.includes(s));
        // Only what changes: a page of 10,000 rows should not restyle the ones that stay.
        if (it.el.hidden === ok) it.el.hidden = !ok;
        if (ok) shown++;
      }
      if (list.out) list.out.textContent = shown.toLocaleString('en-US');
    }
    // What the lists now show, for a reader (or a test) waiting on the pause after typing.
    box.dataset.applied = box.value;
  };
  // One pass after typing pauses, not one per keystroke.
  let timer = 0;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  });
  status.addEventListener('change', apply);
  apply();
})();
`;
    STATUS_TEXT = {
      failed: "failed",
      errored: "error",
      skipped: "skipped",
      passed: "passed"
    };
    STATUS_CLASS = {
      failed: "bad",
      errored: "bad",
      skipped: "muted",
      passed: "ok"
    };
    STATUS_ICON = { failed: "✗", errored: "✗", skipped: "○", passed: "✓" };
    COUNT_KEYS = ["tests", "passed", "failed", "errors", "skipped", "flaky"];
    keyOf2 = (suite, id) => `${suite}\0${id}`;
    SVG_WIDTH = 1e3;
    LABEL_WIDTH = 260;
    ROW_HEIGHT = 20;
    MAX_PROBLEMS = 100;
    FILTER = `<div class="tools"><input type="search" id="filter" placeholder="Filter tests and failures by name" aria-label="filter by name"> <select id="status" aria-label="filter by status"><option value="">any status</option><option value="failed">failed</option><option value="errored">error</option><option value="flaky">flaky</option><option value="skipped">skipped</option><option value="passed">passed</option></select></div>
`;
  }
});

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
function cleanPath(path26) {
  let normalized = normalize(path26);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
function convertSlashes(path26, separator) {
  return path26.replace(SLASHES_REGEX, separator);
}
function isRootDirectory(path26) {
  return path26 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path26);
}
function normalizePath(path26, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path26.includes("/") || path26.startsWith(".");
  if (resolvePaths) path26 = resolve(path26);
  if (normalizePath$1 || pathNeedsCleaning) path26 = cleanPath(path26);
  if (path26 === ".") return "";
  const needsSeperator = path26[path26.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path26 + pathSeparator : path26, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
function build$3(options) {
  return options.group ? groupFiles : empty;
}
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path26, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path26);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path26, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err2, output) => {
      if (err2) return reject(err2);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var __require2, SLASHES_REGEX, WINDOWS_ROOT_DIR_REGEX, pushDirectory, pushDirectoryFilter, empty$2, pushFileFilterAndCount, pushFileFilter, pushFileCount, pushFile, empty$1, getArray, getArrayGroup, groupFiles, empty, resolveSymlinksAsync, resolveSymlinks, onlyCountsSync, groupsSync, defaultSync, limitFilesSync, onlyCountsAsync, defaultAsync, limitFilesAsync, groupsAsync, readdirOpts, walkAsync, walkSync, Queue, Counter, Aborter, Walker, APIBuilder, pm, Builder;
var init_dist = __esm({
  "node_modules/fdir/dist/index.mjs"() {
    __require2 = /* @__PURE__ */ createRequire(import.meta.url);
    SLASHES_REGEX = /[\\/]/g;
    WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
    pushDirectory = (directoryPath, paths) => {
      paths.push(directoryPath || ".");
    };
    pushDirectoryFilter = (directoryPath, paths, filters) => {
      const path26 = directoryPath || ".";
      if (filters.every((filter) => filter(path26, true))) paths.push(path26);
    };
    empty$2 = () => {
    };
    pushFileFilterAndCount = (filename, _paths, counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) counts.files++;
    };
    pushFileFilter = (filename, paths, _counts, filters) => {
      if (filters.every((filter) => filter(filename, false))) paths.push(filename);
    };
    pushFileCount = (_filename, _paths, counts, _filters) => {
      counts.files++;
    };
    pushFile = (filename, paths) => {
      paths.push(filename);
    };
    empty$1 = () => {
    };
    getArray = (paths) => {
      return paths;
    };
    getArrayGroup = () => {
      return [""].slice(0, 0);
    };
    groupFiles = (groups, directory, files) => {
      groups.push({
        directory,
        files,
        dir: directory
      });
    };
    empty = () => {
    };
    resolveSymlinksAsync = function(path26, state, callback$1) {
      const { queue, fs: fs2, options: { suppressErrors } } = state;
      queue.enqueue();
      fs2.realpath(path26, (error, resolvedPath) => {
        if (error) return queue.dequeue(suppressErrors ? null : error, state);
        fs2.stat(resolvedPath, (error$1, stat9) => {
          if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
          if (stat9.isDirectory() && isRecursive(path26, resolvedPath, state)) return queue.dequeue(null, state);
          callback$1(stat9, resolvedPath);
          queue.dequeue(null, state);
        });
      });
    };
    resolveSymlinks = function(path26, state, callback$1) {
      const { queue, fs: fs2, options: { suppressErrors } } = state;
      queue.enqueue();
      try {
        const resolvedPath = fs2.realpathSync(path26);
        const stat9 = fs2.statSync(resolvedPath);
        if (stat9.isDirectory() && isRecursive(path26, resolvedPath, state)) return;
        callback$1(stat9, resolvedPath);
      } catch (e) {
        if (!suppressErrors) throw e;
      }
    };
    onlyCountsSync = (state) => {
      return state.counts;
    };
    groupsSync = (state) => {
      return state.groups;
    };
    defaultSync = (state) => {
      return state.paths;
    };
    limitFilesSync = (state) => {
      return state.paths.slice(0, state.options.maxFiles);
    };
    onlyCountsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.counts, state.options.suppressErrors);
      return null;
    };
    defaultAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths, state.options.suppressErrors);
      return null;
    };
    limitFilesAsync = (state, error, callback$1) => {
      report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
      return null;
    };
    groupsAsync = (state, error, callback$1) => {
      report(error, callback$1, state.groups, state.options.suppressErrors);
      return null;
    };
    readdirOpts = { withFileTypes: true };
    walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      state.queue.enqueue();
      if (currentDepth < 0) return state.queue.dequeue(null, state);
      const { fs: fs2 } = state;
      state.visited.push(crawlPath);
      state.counts.directories++;
      fs2.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
        callback$1(entries, directoryPath, currentDepth);
        state.queue.dequeue(state.options.suppressErrors ? null : error, state);
      });
    };
    walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
      const { fs: fs2 } = state;
      if (currentDepth < 0) return;
      state.visited.push(crawlPath);
      state.counts.directories++;
      let entries = [];
      try {
        entries = fs2.readdirSync(crawlPath || ".", readdirOpts);
      } catch (e) {
        if (!state.options.suppressErrors) throw e;
      }
      callback$1(entries, directoryPath, currentDepth);
    };
    Queue = class {
      count = 0;
      constructor(onQueueEmpty) {
        this.onQueueEmpty = onQueueEmpty;
      }
      enqueue() {
        this.count++;
        return this.count;
      }
      dequeue(error, output) {
        if (this.onQueueEmpty && (--this.count <= 0 || error)) {
          this.onQueueEmpty(error, output);
          if (error) {
            output.controller.abort();
            this.onQueueEmpty = void 0;
          }
        }
      }
    };
    Counter = class {
      _files = 0;
      _directories = 0;
      set files(num2) {
        this._files = num2;
      }
      get files() {
        return this._files;
      }
      set directories(num2) {
        this._directories = num2;
      }
      get directories() {
        return this._directories;
      }
      /**
      * @deprecated use `directories` instead
      */
      /* c8 ignore next 3 */
      get dirs() {
        return this._directories;
      }
    };
    Aborter = class {
      aborted = false;
      abort() {
        this.aborted = true;
      }
    };
    Walker = class {
      root;
      isSynchronous;
      state;
      joinPath;
      pushDirectory;
      pushFile;
      getArray;
      groupFiles;
      resolveSymlink;
      walkDirectory;
      callbackInvoker;
      constructor(root, options, callback$1) {
        this.isSynchronous = !callback$1;
        this.callbackInvoker = build$1(options, this.isSynchronous);
        this.root = normalizePath(root, options);
        this.state = {
          root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
          paths: [""].slice(0, 0),
          groups: [],
          counts: new Counter(),
          options,
          queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
          symlinks: /* @__PURE__ */ new Map(),
          visited: [""].slice(0, 0),
          controller: new Aborter(),
          fs: options.fs || nativeFs
        };
        this.joinPath = build$7(this.root, options);
        this.pushDirectory = build$6(this.root, options);
        this.pushFile = build$5(options);
        this.getArray = build$4(options);
        this.groupFiles = build$3(options);
        this.resolveSymlink = build$2(options, this.isSynchronous);
        this.walkDirectory = build(this.isSynchronous);
      }
      start() {
        this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
        this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
        return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
      }
      walk = (entries, directoryPath, depth) => {
        const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
        if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
        const files = this.getArray(this.state.paths);
        for (let i = 0; i < entries.length; ++i) {
          const entry = entries[i];
          if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
            const filename = this.joinPath(entry.name, directoryPath);
            this.pushFile(filename, files, this.state.counts, filters);
          } else if (entry.isDirectory()) {
            let path26 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
            if (exclude && exclude(entry.name, path26)) continue;
            this.pushDirectory(path26, paths, filters);
            this.walkDirectory(this.state, path26, path26, depth - 1, this.walk);
          } else if (this.resolveSymlink && entry.isSymbolicLink()) {
            let path26 = joinPathWithBasePath(entry.name, directoryPath);
            this.resolveSymlink(path26, this.state, (stat9, resolvedPath) => {
              if (stat9.isDirectory()) {
                resolvedPath = normalizePath(resolvedPath, this.state.options);
                if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path26 + pathSeparator)) return;
                this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path26 + pathSeparator, depth - 1, this.walk);
              } else {
                resolvedPath = useRealPaths ? resolvedPath : path26;
                const filename = basename(resolvedPath);
                const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
                resolvedPath = this.joinPath(filename, directoryPath$1);
                this.pushFile(resolvedPath, files, this.state.counts, filters);
              }
            });
          }
        }
        this.groupFiles(this.state.groups, directoryPath, files);
      };
    };
    APIBuilder = class {
      constructor(root, options) {
        this.root = root;
        this.options = options;
      }
      withPromise() {
        return promise(this.root, this.options);
      }
      withCallback(cb) {
        callback(this.root, this.options, cb);
      }
      sync() {
        return sync(this.root, this.options);
      }
    };
    pm = null;
    try {
      __require2.resolve("picomatch");
      pm = __require2("picomatch");
    } catch {
    }
    Builder = class {
      globCache = {};
      options = {
        maxDepth: Infinity,
        suppressErrors: true,
        pathSeparator: sep,
        filters: []
      };
      globFunction;
      constructor(options) {
        this.options = {
          ...this.options,
          ...options
        };
        this.globFunction = this.options.globFunction;
      }
      group() {
        this.options.group = true;
        return this;
      }
      withPathSeparator(separator) {
        this.options.pathSeparator = separator;
        return this;
      }
      withBasePath() {
        this.options.includeBasePath = true;
        return this;
      }
      withRelativePaths() {
        this.options.relativePaths = true;
        return this;
      }
      withDirs() {
        this.options.includeDirs = true;
        return this;
      }
      withMaxDepth(depth) {
        this.options.maxDepth = depth;
        return this;
      }
      withMaxFiles(limit) {
        this.options.maxFiles = limit;
        return this;
      }
      withFullPaths() {
        this.options.resolvePaths = true;
        this.options.includeBasePath = true;
        return this;
      }
      withErrors() {
        this.options.suppressErrors = false;
        return this;
      }
      withSymlinks({ resolvePaths = true } = {}) {
        this.options.resolveSymlinks = true;
        this.options.useRealPaths = resolvePaths;
        return this.withFullPaths();
      }
      withAbortSignal(signal) {
        this.options.signal = signal;
        return this;
      }
      normalize() {
        this.options.normalizePath = true;
        return this;
      }
      filter(predicate) {
        this.options.filters.push(predicate);
        return this;
      }
      onlyDirs() {
        this.options.excludeFiles = true;
        this.options.includeDirs = true;
        return this;
      }
      exclude(predicate) {
        this.options.exclude = predicate;
        return this;
      }
      onlyCounts() {
        this.options.onlyCounts = true;
        return this;
      }
      crawl(root) {
        return new APIBuilder(root || ".", this.options);
      }
      withGlobFunction(fn) {
        this.globFunction = fn;
        return this;
      }
      /**
      * @deprecated Pass options using the constructor instead:
      * ```ts
      * new fdir(options).crawl("/path/to/root");
      * ```
      * This method will be removed in v7.0
      */
      /* c8 ignore next 4 */
      crawlWithOptions(root, options) {
        this.options = {
          ...this.options,
          ...options
        };
        return new APIBuilder(root || ".", this.options);
      }
      glob(...patterns) {
        if (this.globFunction) return this.globWithOptions(patterns);
        return this.globWithOptions(patterns, ...[{ dot: true }]);
      }
      globWithOptions(patterns, ...options) {
        const globFn = this.globFunction || pm;
        if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
        var isMatch = this.globCache[patterns.join("\0")];
        if (!isMatch) {
          isMatch = globFn(patterns, ...options);
          this.globCache[patterns.join("\0")] = isMatch;
        }
        this.options.filters.push((path26) => isMatch(path26));
        return this;
      }
    };
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP2 = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP: SEP2
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path26, { windows } = {}) => {
      const segs = path26.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str2 = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str2;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob2 = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n3 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n3, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n2);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n2 = 1) => input[state.index + n2];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open4 = tokens[token.tokensIndex];
          open4.type = "text";
          open4.value = literal;
          open4.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open4.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix3 = POSIX_REGEX_SOURCE[rest2];
                if (posix3) {
                  prev.value = pre + posix3;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open4 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open4);
          push(open4);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range2 = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range2.unshift(arr[i].value);
              }
            }
            output = expandRange(range2, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str2) => {
        switch (str2) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str2);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix3 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix3 });
        const result = { glob: glob2, state, regex, posix: posix3, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix3 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix3 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix3);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix3 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix3 }));
    };
    picomatch2.isMatch = (str2, patterns, options) => picomatch2(patterns, options)(str2);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir2, readdirSync, realpath, realpathSync, stat as stat3, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path26) {
  return path26.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
function splitPattern(path26) {
  var _result$parts;
  const result = import_picomatch.default.scan(path26, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path26];
}
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n2 = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n2 && parts[i + n2] === cwdParts[cwdParts.length + i - n2]) {
      result = result.slice(0, (n2 - i - 1) * 3) + result.slice((n2 - i) * 3 + parts[i + n2].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n2 + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path26 = format(p, isDirectory);
      const matches = matcher(path26) && !ignore(path26);
      if (matches) log(`matched ${path26}`);
      return matches;
    } : (p, isDirectory) => {
      const path26 = format(p, isDirectory);
      return matcher(path26) && !ignore(path26);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir2,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat3,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}
var import_picomatch, isReadonlyArray, BACKSLASHES, DRIVE_RELATIVE_PATH, isWin, ONLY_PARENT_DIRECTORIES, WIN32_ROOT_DIR, isRoot, splitPatternOptions, POSIX_UNESCAPED_GLOB_SYMBOLS, WIN32_UNESCAPED_GLOB_SYMBOLS, escapePosixPath, escapeWin32Path, escapePath, PARENT_DIRECTORY, ESCAPING_BACKSLASHES, defaultOptions;
var init_dist2 = __esm({
  "node_modules/tinyglobby/dist/index.mjs"() {
    init_dist();
    import_picomatch = __toESM(require_picomatch2(), 1);
    isReadonlyArray = Array.isArray;
    BACKSLASHES = /\\/g;
    DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
    isWin = process.platform === "win32";
    ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
    WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
    isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
    splitPatternOptions = { parts: true };
    POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
    WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
    escapePosixPath = (path26) => path26.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapeWin32Path = (path26) => path26.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
    escapePath = isWin ? escapeWin32Path : escapePosixPath;
    PARENT_DIRECTORY = /^(\/?\.\.)+/;
    ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
    defaultOptions = {
      caseSensitiveMatch: true,
      debug: !!process.env.TINYGLOBBY_DEBUG,
      expandDirectories: true,
      followSymbolicLinks: true,
      onlyFiles: true
    };
  }
});

// src/results/job-record.ts
function stringifyJobRecord(record) {
  return `${JSON.stringify(record, null, 2)}
`;
}
function isIso(value) {
  return typeof value === "string" && Number.isFinite(Date.parse(value));
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function parseJobRecord(text3) {
  let value;
  try {
    value = JSON.parse(text3);
  } catch (err2) {
    return { error: `not JSON: ${err2.message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { error: "expected a JSON object" };
  const r = value;
  if (r.version !== JOB_RECORD_VERSION) return { error: `expected "version": ${JOB_RECORD_VERSION}` };
  const problems = [];
  if (typeof r.suite !== "string" || r.suite === "") problems.push('"suite" (a name)');
  for (const key of ["shard", "shards", "workers", "cores"])
    if (!isCount(r[key])) problems.push(`"${key}" (a whole number)`);
  if (typeof r.framework !== "string") problems.push('"framework" (a string)');
  if (typeof r.runner !== "string") problems.push('"runner" (a string)');
  for (const key of ["start", "end"]) if (!isIso(r[key])) problems.push(`"${key}" (an ISO time)`);
  if (!(r.exit === null || typeof r.exit === "number" && Number.isInteger(r.exit)))
    problems.push('"exit" (a whole number or null)');
  if (!Array.isArray(r.command) || !r.command.every((a) => typeof a === "string"))
    problems.push('"command" (a list of strings)');
  if (!Array.isArray(r.results) || !r.results.every((a) => typeof a === "string"))
    problems.push('"results" (a list of paths)');
  if (r.cpus !== void 0 && typeof r.cpus !== "string") problems.push('"cpus" (a string)');
  if (r.error !== void 0 && typeof r.error !== "string") problems.push('"error" (a string)');
  if (r.cpuSeconds !== void 0 && !(typeof r.cpuSeconds === "number" && r.cpuSeconds >= 0))
    problems.push('"cpuSeconds" (seconds)');
  if (problems.length > 0) return { error: `expected ${problems.join(", ")}` };
  return { record: value };
}
var JOB_RECORD_FILE, JOB_RECORD_VERSION;
var init_job_record = __esm({
  "src/results/job-record.ts"() {
    "use strict";
    JOB_RECORD_FILE = "parallel-tests-job.json";
    JOB_RECORD_VERSION = 1;
  }
});

// src/results/text-cap.ts
var TextCap;
var init_text_cap = __esm({
  "src/results/text-cap.ts"() {
    "use strict";
    TextCap = class {
      head = "";
      tail = "";
      dropped = 0;
      headLimit;
      tailLimit;
      constructor(limit) {
        this.headLimit = Math.ceil(limit / 2);
        this.tailLimit = limit - this.headLimit;
      }
      add(piece) {
        if (this.head.length < this.headLimit) {
          const room = this.headLimit - this.head.length;
          if (piece.length <= room) {
            this.head += piece;
            return;
          }
          this.head += piece.slice(0, room);
          piece = piece.slice(room);
        }
        const joined = this.tail + piece;
        if (joined.length > this.tailLimit) {
          this.dropped += joined.length - this.tailLimit;
          this.tail = joined.slice(joined.length - this.tailLimit);
        } else {
          this.tail = joined;
        }
      }
      /** Characters dropped from the middle. */
      get droppedChars() {
        return this.dropped;
      }
      value() {
        if (this.dropped === 0) return this.head + this.tail;
        return `${this.head}
[… ${this.dropped} characters not kept …]
${this.tail}`;
      }
    };
  }
});

// src/results/formats/common.ts
function addWall(ctx, suite, seconds2) {
  if (seconds2 > 0) ctx.walls[suite] = (ctx.walls[suite] ?? 0) + seconds2;
}
function detach(value) {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}
function intern(value) {
  if (value === lastKept) return lastKept;
  let kept = interned.get(value);
  if (kept === void 0) {
    if (interned.size >= 5e4) interned.clear();
    kept = detach(value);
    interned.set(kept, kept);
  }
  lastKept = kept;
  return kept;
}
function statusTable(entries) {
  return new Map(Object.entries(entries));
}
function localName(name) {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}
function firstLine2(text3) {
  const nl = text3.indexOf("\n");
  return (nl === -1 ? text3 : text3.slice(0, nl)).trim();
}
function parseSeconds(value, odd) {
  if (value === void 0) return 0;
  let text3 = value;
  if (value.indexOf(",") !== -1) {
    if (THOUSANDS.test(value)) text3 = value.replace(/,/g, "");
    else if (DECIMAL_COMMA.test(value)) {
      text3 = value.replace(",", ".");
      odd?.(`time="${value}" has a decimal comma: read as ${text3} s`);
    } else {
      odd?.(`time="${value}" is not a number of seconds: read as 0`);
      return 0;
    }
  }
  return plausible(Number.parseFloat(text3), value, odd);
}
function plausible(n2, value, odd) {
  if (!(n2 > 0)) return 0;
  if (n2 > MAX_SECONDS || !Number.isFinite(n2)) {
    odd?.(`time="${value}" is not a plausible duration (more than ${MAX_SECONDS} s): read as 0`);
    return 0;
  }
  return n2;
}
function parseTimeSpan(value, odd) {
  if (value === void 0) return 0;
  const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value.trim());
  if (!m) return parseSeconds(value, odd);
  const n2 = Number(m[1] ?? 0) * 86400 + Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4]);
  return plausible(n2, value, odd);
}
function parseLine(value) {
  if (value === void 0) return void 0;
  const n2 = Number.parseInt(value, 10);
  return Number.isFinite(n2) && n2 > 0 ? n2 : void 0;
}
function assemblyName(path26) {
  return baseName(path26).replace(/\.(dll|exe)$/i, "");
}
function baseName(path26) {
  const cut = Math.max(path26.lastIndexOf("/"), path26.lastIndexOf("\\"));
  return cut === -1 ? path26 : path26.slice(cut + 1);
}
function classOf(fullName) {
  const paren = fullName.indexOf("(");
  const head2 = paren === -1 ? fullName : fullName.slice(0, paren);
  const dot = head2.lastIndexOf(".");
  return dot === -1 ? "" : head2.slice(0, dot);
}
function withoutClass(name, className) {
  return className !== "" && name.startsWith(`${className}.`) ? name.slice(className.length + 1) : name;
}
var CapturingHandler, CaseDraft, interned, lastKept, MAX_SECONDS, THOUSANDS, DECIMAL_COMMA;
var init_common = __esm({
  "src/results/formats/common.ts"() {
    "use strict";
    init_model();
    init_text_cap();
    CapturingHandler = class {
      constructor(ctx) {
        this.ctx = ctx;
      }
      ctx;
      capture = null;
      captureTarget = null;
      warned = /* @__PURE__ */ new Set();
      /** Odd durations, said once per file (see parseSeconds); one function for every case. */
      oddTime = (message) => this.warnOnce("time", message);
      /** One warning per kind and file: a million tests with the same odd outcome say it once. */
      warnOnce(kind, message) {
        if (this.warned.has(kind)) return;
        this.warned.add(kind);
        this.ctx.warn(message);
      }
      text(piece) {
        this.capture?.add(piece);
      }
      wantsText() {
        return this.capture !== null;
      }
      startCapture(limit, target) {
        this.capture = new TextCap(limit);
        this.captureTarget = target;
      }
      /**
       * Captures a test's stdout or stderr when it is failing; a passing test's output is skipped
       * unread (memory goes to what a reader needs; its status only ever rises).
       */
      captureOutput(test, stream) {
        if (isFailing(test)) this.startCapture(this.ctx.limits.output, (v) => test[stream] = v);
      }
      /** Ends the capture (if any) and hands its trimmed text to the target. */
      endCapture() {
        if (this.capture === null) return;
        const value = this.capture.value().trim();
        const target = this.captureTarget;
        this.capture = null;
        this.captureTarget = null;
        if (value !== "" && target) target(detach(value));
      }
    };
    CaseDraft = class {
      constructor(suite, className, name, duration2) {
        this.duration = duration2;
        this.suite = suite;
        this.className = className;
        this.name = name;
      }
      duration;
      status = "passed";
      message;
      details;
      stdout;
      stderr;
      flaky = false;
      /** Tests this case stands for (declared counts, see TestCase.count). */
      count;
      file;
      line;
      suite;
      className;
      name;
      raise(status, message) {
        if (message !== void 0) message = detach(message);
        if (SEVERITY[status] > SEVERITY[this.status]) {
          this.status = status;
          if (message) this.message = message;
        } else if (message && this.message === void 0 && status === this.status) {
          this.message = message;
        }
      }
      build(source) {
        const failed2 = isFailing(this);
        const test = {
          suite: intern(this.suite),
          className: intern(this.className),
          name: detach(this.name),
          duration: this.duration,
          status: this.status,
          source
        };
        if (this.file) test.file = intern(this.file);
        if (this.line !== void 0) test.line = this.line;
        if (this.message) test.message = this.message;
        else if (failed2 && this.details) test.message = firstLine2(this.details);
        if (failed2 || this.status === "skipped") {
          if (this.details) test.details = this.details;
        }
        if (failed2) {
          if (this.stdout) test.stdout = this.stdout;
          if (this.stderr) test.stderr = this.stderr;
        }
        if (this.flaky && this.status === "passed") test.flaky = true;
        if (this.count !== void 0) test.count = this.count;
        return test;
      }
    };
    interned = /* @__PURE__ */ new Map();
    lastKept = "";
    MAX_SECONDS = 1e7;
    THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
    DECIMAL_COMMA = /^\d+,\d+$/;
  }
});

// src/results/formats/junit.ts
function count(value) {
  const n2 = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n2) && n2 > 0 ? n2 : 0;
}
var STATUS_ATTR, MAX_DECLARED, JUnitHandler;
var init_junit = __esm({
  "src/results/formats/junit.ts"() {
    "use strict";
    init_common();
    STATUS_ATTR = statusTable({
      passed: "passed",
      pass: "passed",
      success: "passed",
      successful: "passed",
      ok: "passed",
      run: "passed",
      completed: "passed",
      executed: "passed",
      inconclusive: "skipped",
      notrunnable: "skipped",
      notexecuted: "skipped",
      disabled: "skipped",
      skipped: "skipped",
      notrun: "skipped",
      ignored: "skipped",
      failed: "failed",
      failure: "failed",
      error: "errored",
      errored: "errored"
    });
    MAX_DECLARED = 1e12;
    JUnitHandler = class extends CapturingHandler {
      suites = [];
      test = null;
      /** Inside a <failure>/<error>/<skipped>: its nested output is not the test's own output. */
      inResult = false;
      open(name, attrs) {
        const test = this.test;
        if (test === null) {
          if (name === "testsuite") this.openSuite(attrs);
          else if (name === "testcase") this.openCase(attrs);
          return;
        }
        const { details } = this.ctx.limits;
        switch (name) {
          case "failure":
          case "error":
          case "skipped": {
            const status = name === "failure" ? "failed" : name === "error" ? "errored" : "skipped";
            const before = test.status;
            test.raise(status, attrs.message || attrs.type);
            if (test.status !== before || test.details === void 0) {
              this.inResult = true;
              this.startCapture(details, (v) => {
                if (test.status === status) test.details = v;
              });
            }
            break;
          }
          case "flakyFailure":
          case "flakyError":
            test.flaky = true;
            break;
          // Output is kept for failing tests only; writers put <failure> before <system-out>.
          case "system-out":
            if (!this.inResult) this.captureOutput(test, "stdout");
            break;
          case "system-err":
            if (!this.inResult) this.captureOutput(test, "stderr");
            break;
          default:
            break;
        }
      }
      close(name) {
        if (this.test !== null) {
          if (name === "testcase") {
            this.endCapture();
            this.ctx.emit(this.test);
            this.test = null;
            this.inResult = false;
          } else if (name === "failure" || name === "error" || name === "skipped" || name === "system-out" || name === "system-err") {
            this.endCapture();
            if (name !== "system-out" && name !== "system-err") this.inResult = false;
          }
          return;
        }
        if (name === "testsuite") this.closeSuite();
      }
      finish() {
        this.test = null;
      }
      openSuite(attrs) {
        const parent = this.suites[this.suites.length - 1];
        if (parent) parent.children++;
        const name = attrs.name ?? parent?.name ?? "";
        if (!parent) addWall(this.ctx, name, parseSeconds(attrs.time, this.oddTime));
        this.suites.push({
          name,
          file: attrs.file ?? attrs.filepath ?? parent?.file,
          declared: {
            tests: count(attrs.tests),
            failures: count(attrs.failures),
            errors: count(attrs.errors),
            skipped: count(attrs.skipped) + count(attrs.disabled)
          },
          cases: 0,
          children: 0
        });
      }
      openCase(attrs) {
        const suite = this.suites[this.suites.length - 1];
        if (suite) suite.cases++;
        const test = new CaseDraft(
          suite?.name ?? "",
          attrs.classname ?? attrs.class ?? "",
          attrs.name ?? "",
          parseSeconds(attrs.time, this.oddTime)
        );
        const file = attrs.file ?? suite?.file;
        if (file) test.file = file;
        test.line = parseLine(attrs.line ?? attrs.lineno);
        if (attrs.status) {
          const status = STATUS_ATTR.get(attrs.status.toLowerCase());
          if (status) test.raise(status);
          else {
            this.warnOnce(
              `status ${attrs.status}`,
              `unknown test case status="${attrs.status}" read as an error`
            );
            test.raise("errored", `status ${attrs.status}`);
          }
        }
        this.test = test;
      }
      /**
       * A leaf suite that declares tests but lists none (some reporters write counts only) would
       * otherwise hide a declared failure; its counts become one case per status that stands for
       * that many tests (never one object per declared test: tests="2147483647" is 41 bytes).
       */
      closeSuite() {
        const suite = this.suites.pop();
        if (!suite || suite.cases > 0 || suite.children > 0 || suite.declared.tests === 0) return;
        const { tests, failures, errors, skipped } = suite.declared;
        if (tests > MAX_DECLARED) {
          this.ctx.warn(
            `suite "${suite.name}" declares ${tests} tests and lists none: not a plausible count, not counted`
          );
          return;
        }
        this.ctx.warn(
          `suite "${suite.name}" declares ${tests} tests but lists no test cases; counted from its attributes`
        );
        let left = tests;
        const blocks = [
          ["errored", errors],
          ["failed", failures],
          ["skipped", skipped],
          ["passed", tests]
        ];
        for (const [status, declared] of blocks) {
          const n2 = Math.min(declared, left);
          if (n2 === 0) continue;
          left -= n2;
          const test = new CaseDraft(
            suite.name,
            suite.name,
            `(${n2} ${status} of ${tests}, counted from the suite attributes)`,
            0
          );
          test.raise(status, status === "passed" ? void 0 : "counted from the suite attributes");
          test.count = n2;
          this.ctx.emit(test);
        }
      }
    };
  }
});

// src/results/formats/nunit.ts
function nunit3Status(result, label2) {
  switch (result) {
    case "passed":
    case "warning":
      return "passed";
    case "failed":
      return label2 === "error" || label2 === "cancelled" || label2 === "invalid" ? "errored" : "failed";
    case "skipped":
    case "inconclusive":
      return "skipped";
    default:
      return void 0;
  }
}
var NUNIT2, NUnitHandler;
var init_nunit = __esm({
  "src/results/formats/nunit.ts"() {
    "use strict";
    init_common();
    NUNIT2 = statusTable({
      success: "passed",
      failure: "failed",
      error: "errored",
      cancelled: "errored",
      invalid: "errored",
      ignored: "skipped",
      skipped: "skipped",
      inconclusive: "skipped",
      notrunnable: "skipped",
      notrun: "skipped"
    });
    NUnitHandler = class extends CapturingHandler {
      assembly = "";
      test = null;
      element = "";
      open(name, attrs) {
        if (name === "test-results" || name === "test-run") {
          if (attrs.name) this.assembly = assemblyName(attrs.name);
          return;
        }
        if (name === "test-suite") {
          if (attrs.type === "Assembly" && attrs.name) {
            this.assembly = assemblyName(attrs.name);
            addWall(this.ctx, this.assembly, parseSeconds(attrs.duration ?? attrs.time, this.oddTime));
          }
          return;
        }
        if (name === "test-case") {
          this.openCase(attrs);
          return;
        }
        const test = this.test;
        if (test === null) return;
        const { details } = this.ctx.limits;
        if (name === "failure" || name === "reason") {
          this.element = name;
          if (name === "failure") test.raise("failed");
        } else if (name === "message") this.startCapture(details, (v) => test.message ??= v);
        else if (name === "stack-trace") this.startCapture(details, (v) => test.details = v);
        else if (name === "output") this.captureOutput(test, "stdout");
      }
      close(name) {
        if (name === "test-case" && this.test !== null) {
          this.endCapture();
          const test = this.test;
          if (test.details === void 0 && test.message && test.status !== "passed") test.details = test.message;
          this.ctx.emit(test);
          this.test = null;
        } else if (name === "message" || name === "stack-trace" || name === "output") {
          this.endCapture();
        } else if (name === this.element) {
          this.element = "";
        }
      }
      finish() {
        this.test = null;
      }
      openCase(attrs) {
        const fullName = attrs.fullname ?? attrs.name ?? "";
        const className = attrs.classname ?? classOf(fullName);
        const test = new CaseDraft(
          this.assembly,
          className,
          withoutClass(attrs.name ?? "", className),
          parseSeconds(attrs.duration ?? attrs.time, this.oddTime)
        );
        const result = (attrs.result ?? "").toLowerCase();
        let status;
        if (attrs.duration !== void 0 || attrs.label !== void 0 || attrs.runstate !== void 0) {
          status = nunit3Status(result, (attrs.label ?? "").toLowerCase());
        } else if (result !== "") {
          status = NUNIT2.get(result);
        } else if (attrs.executed?.toLowerCase() === "false") {
          status = "skipped";
        } else {
          status = attrs.success?.toLowerCase() === "false" ? "failed" : "passed";
        }
        if (status === void 0) {
          this.warnOnce(
            `result ${attrs.result}`,
            attrs.result === void 0 || attrs.result === "" ? "a test case without a result read as an error" : `unknown result="${attrs.result}" read as an error`
          );
          test.raise("errored", `result ${attrs.result ?? "(none)"}`);
        } else {
          test.raise(status);
        }
        this.test = test;
      }
    };
  }
});

// src/results/formats/trx.ts
var OUTCOMES, TrxHandler;
var init_trx = __esm({
  "src/results/formats/trx.ts"() {
    "use strict";
    init_common();
    OUTCOMES = statusTable({
      passed: "passed",
      passedbutrunaborted: "passed",
      completed: "passed",
      warning: "passed",
      failed: "failed",
      error: "errored",
      timeout: "errored",
      aborted: "errored",
      disconnected: "errored",
      notexecuted: "skipped",
      inconclusive: "skipped",
      notrunnable: "skipped",
      pending: "skipped",
      inprogress: "skipped"
    });
    TrxHandler = class extends CapturingHandler {
      results = [];
      done = [];
      definitions = /* @__PURE__ */ new Map();
      definitionId = null;
      definitionStorage = "";
      runSeconds = 0;
      open(name, attrs) {
        const current = this.results[this.results.length - 1];
        const { details } = this.ctx.limits;
        switch (name) {
          case "UnitTestResult":
          case "TestResult":
          case "TestResultAggregation": {
            const outcome = (attrs.outcome ?? "").toLowerCase();
            const draft = new CaseDraft(
              "",
              "",
              detach(attrs.testName ?? ""),
              parseTimeSpan(attrs.duration, this.oddTime)
            );
            const status = OUTCOMES.get(outcome);
            if (status) {
              draft.raise(
                status,
                outcome === "timeout" || outcome === "aborted" ? `outcome ${attrs.outcome}` : void 0
              );
            } else {
              this.warnOnce(
                `outcome ${outcome}`,
                outcome === "" ? "a TRX result without an outcome read as an error" : `unknown TRX outcome "${attrs.outcome}" read as an error`
              );
              draft.raise("errored", outcome === "" ? "no outcome" : `outcome ${attrs.outcome}`);
            }
            this.results.push({ testId: detach(attrs.testId ?? ""), draft, hasInner: false });
            return;
          }
          case "Times": {
            const span2 = (Date.parse(attrs.finish ?? "") - Date.parse(attrs.start ?? "")) / 1e3;
            if (Number.isFinite(span2) && span2 > 0) this.runSeconds = span2;
            return;
          }
          case "InnerResults":
            if (current) current.hasInner = true;
            return;
          case "Message":
            if (current) this.startCapture(details, (v) => current.draft.message = v);
            return;
          case "StackTrace":
            if (current) this.startCapture(details, (v) => current.draft.details = v);
            return;
          case "StdOut":
            if (current) this.captureOutput(current.draft, "stdout");
            return;
          case "StdErr":
            if (current) this.captureOutput(current.draft, "stderr");
            return;
          case "UnitTest":
            this.definitionId = attrs.id === void 0 ? null : detach(attrs.id);
            this.definitionStorage = intern(attrs.storage ?? "");
            return;
          case "TestMethod":
            if (this.definitionId !== null) {
              this.definitions.set(this.definitionId, {
                className: intern((attrs.className ?? "").split(",")[0].trim()),
                storage: this.definitionStorage || intern(attrs.codeBase || "")
              });
            }
            return;
          default:
            return;
        }
      }
      close(name) {
        switch (name) {
          case "UnitTestResult":
          case "TestResult":
          case "TestResultAggregation": {
            const frame = this.results.pop();
            if (frame && !frame.hasInner) this.done.push(frame);
            return;
          }
          case "Message":
          case "StackTrace":
          case "StdOut":
          case "StdErr":
            this.endCapture();
            return;
          case "UnitTest":
            this.definitionId = null;
            return;
          default:
            return;
        }
      }
      finish() {
        const suites = /* @__PURE__ */ new Set();
        for (const { testId, draft } of this.done) {
          const definition = this.definitions.get(testId);
          const className = definition?.className ?? "";
          const test = new CaseDraft(
            assemblyName(definition?.storage ?? ""),
            className,
            withoutClass(draft.name, className),
            draft.duration
          );
          test.raise(draft.status, draft.message);
          if (draft.message) test.message = draft.message;
          if (draft.details) test.details = draft.details;
          else if (draft.status !== "passed" && draft.message) test.details = draft.message;
          if (draft.stdout) test.stdout = draft.stdout;
          if (draft.stderr) test.stderr = draft.stderr;
          this.ctx.emit(test);
          suites.add(test.suite);
        }
        for (const suite of suites) addWall(this.ctx, suite, this.runSeconds);
        this.done.length = 0;
      }
    };
  }
});

// src/results/formats/xunit.ts
var RESULTS, XUnitHandler;
var init_xunit = __esm({
  "src/results/formats/xunit.ts"() {
    "use strict";
    init_common();
    RESULTS = statusTable({
      pass: "passed",
      fail: "failed",
      skip: "skipped",
      notrun: "skipped"
    });
    XUnitHandler = class extends CapturingHandler {
      assembly = "";
      test = null;
      open(name, attrs) {
        if (name === "assembly") {
          this.assembly = assemblyName(attrs.name ?? "");
          addWall(this.ctx, this.assembly, parseSeconds(attrs.time, this.oddTime));
          return;
        }
        if (name === "test") {
          const className = attrs.type ?? "";
          const test2 = new CaseDraft(
            this.assembly,
            className,
            withoutClass(attrs.name ?? "", className),
            parseSeconds(attrs.time, this.oddTime)
          );
          const result = (attrs.result ?? "").toLowerCase();
          const status = RESULTS.get(result);
          if (status) test2.raise(status);
          else {
            this.warnOnce(
              `result ${result}`,
              `unknown xUnit.net result="${attrs.result ?? ""}" read as an error`
            );
            test2.raise("errored", `result ${attrs.result ?? "(none)"}`);
          }
          this.test = test2;
          return;
        }
        const test = this.test;
        if (test === null) return;
        const { details } = this.ctx.limits;
        if (name === "failure" && attrs["exception-type"]) test.message ??= detach(attrs["exception-type"]);
        else if (name === "message") this.startCapture(details, (v) => test.message = v);
        else if (name === "stack-trace") this.startCapture(details, (v) => test.details = v);
        else if (name === "reason") this.startCapture(details, (v) => test.message = v);
        else if (name === "output") this.captureOutput(test, "stdout");
      }
      close(name) {
        if (name === "test" && this.test !== null) {
          this.endCapture();
          const test = this.test;
          if (test.details === void 0 && test.message && test.status !== "passed") test.details = test.message;
          this.ctx.emit(test);
          this.test = null;
        } else if (name === "message" || name === "stack-trace" || name === "reason" || name === "output") {
          this.endCapture();
        }
      }
      finish() {
        this.test = null;
      }
    };
  }
});

// src/results/xml-scanner.ts
function isSpace(c) {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
var LT, GT, SLASH, BANG, QUESTION, EQ, QUOT, APOS, LSQB, RSQB, MAX_MARKUP_CHARS, PREDEFINED, ENTITY_RE, INVALID_CHAR_RE, ATTR_WS_RE, DOCTYPE_TOP_RE, DOCTYPE_SUBSET_RE, ATTR_RE, ScanFatal, NEED_MORE, XmlScanner;
var init_xml_scanner = __esm({
  "src/results/xml-scanner.ts"() {
    "use strict";
    LT = 60;
    GT = 62;
    SLASH = 47;
    BANG = 33;
    QUESTION = 63;
    EQ = 61;
    QUOT = 34;
    APOS = 39;
    LSQB = 91;
    RSQB = 93;
    MAX_MARKUP_CHARS = 64 * 1024 * 1024;
    PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
    ENTITY_RE = /&(?:(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z_:][\w.:-]*);)?/g;
    INVALID_CHAR_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
    ATTR_WS_RE = /[\t\n\r]/g;
    DOCTYPE_TOP_RE = /["'[>]/g;
    DOCTYPE_SUBSET_RE = /["'<\]]/g;
    ATTR_RE = /[ \t\r\n]+([^\s=/>"'<]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"<&\t\r\n]*)"|'([^'<&\t\r\n]*)')/y;
    ScanFatal = class extends Error {
      constructor(message, at) {
        super(message);
        this.at = at;
      }
      at;
    };
    NEED_MORE = -1;
    XmlScanner = class {
      constructor(events) {
        this.events = events;
      }
      events;
      buf = "";
      pos = 0;
      /** Lines and column at buf[0], so issues can name where they are after the buffer moved on. */
      lineAtBuf = 1;
      columnAtBuf = 1;
      stack = [];
      rootSeen = false;
      stopped = false;
      inCdata = false;
      inComment = false;
      doctypeEntities = false;
      /** Where the walk of a DOCTYPE split across chunks goes on (after "<!DOCTYPE"), and in which part. */
      doctypeResume = 0;
      doctypeInSubset = false;
      reportedEntity = false;
      reportedChar = false;
      /** The buffer holds no character XML forbids: per-value checks can be skipped (one native scan a chunk). */
      clean = true;
      issues = [];
      /** True once a fatal issue ended the scan. */
      get failed() {
        return this.stopped;
      }
      get openElements() {
        return this.stack;
      }
      write(chunk) {
        if (this.stopped) return;
        const tailClean = this.buf.length === 0 || this.clean || !INVALID_CHAR_RE.test(this.buf);
        this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
        this.clean = tailClean && !INVALID_CHAR_RE.test(chunk);
        this.run(false);
      }
      end() {
        if (this.stopped) return;
        this.run(true);
        if (this.stopped) return;
        if (this.inCdata || this.inComment) {
          this.fail(`the file ends inside a ${this.inCdata ? "CDATA section" : "comment"}`, this.buf.length);
        } else if (this.stack.length > 0) {
          const open4 = this.stack[this.stack.length - 1];
          this.fail(
            `the file ends before <${open4}> is closed (${this.stack.length} element(s) still open): truncated, e.g. a runner killed mid-write?`,
            this.buf.length
          );
        } else if (!this.rootSeen) {
          this.fail(
            this.buf.trim() === "" ? "the file has no XML content" : "no root element found",
            this.buf.length
          );
        }
      }
      run(final) {
        try {
          this.scan(final);
        } catch (err2) {
          if (!(err2 instanceof ScanFatal)) throw err2;
          this.fail(err2.message, err2.at);
        }
        if (!this.stopped) this.advanceTo(this.pos);
      }
      /** Counts the lines of everything before `to` and drops it from the buffer. */
      advanceTo(to) {
        const buf = this.buf;
        let nl = buf.indexOf("\n");
        let last = -1;
        while (nl !== -1 && nl < to) {
          this.lineAtBuf++;
          last = nl;
          nl = buf.indexOf("\n", nl + 1);
        }
        this.columnAtBuf = last === -1 ? this.columnAtBuf + to : to - last;
        this.buf = buf.slice(to);
        this.pos = 0;
      }
      where(at) {
        let line = this.lineAtBuf;
        let last = -1;
        let nl = this.buf.indexOf("\n");
        while (nl !== -1 && nl < at) {
          line++;
          last = nl;
          nl = this.buf.indexOf("\n", nl + 1);
        }
        return { line, column: last === -1 ? this.columnAtBuf + at : at - last };
      }
      fail(message, at) {
        this.issues.push({ message, ...this.where(Math.min(at, this.buf.length)), fatal: true });
        this.stopped = true;
      }
      warn(message, at) {
        this.issues.push({ message, ...this.where(at), fatal: false });
      }
      scan(final) {
        const buf = this.buf;
        const len = buf.length;
        while (this.pos < len) {
          if (this.inCdata) {
            if (!this.continueCdata(final)) return;
            continue;
          }
          if (this.inComment) {
            const end = buf.indexOf("-->", this.pos);
            if (end === -1) {
              this.pos = Math.max(this.pos, len - 2);
              return;
            }
            this.pos = end + 3;
            this.inComment = false;
            continue;
          }
          const lt = buf.indexOf("<", this.pos);
          if (lt === -1) {
            this.text(this.pos, len, final);
            return;
          }
          if (lt > this.pos) this.text(this.pos, lt, true);
          this.pos = lt;
          if (lt + 1 >= len) {
            if (final) throw new ScanFatal("the file ends inside markup", lt);
            return;
          }
          const c1 = buf.charCodeAt(lt + 1);
          let next;
          if (c1 === SLASH) next = this.closeTag(lt);
          else if (c1 === QUESTION) next = this.processingInstruction(lt);
          else if (c1 === BANG) next = this.declaration(lt, final);
          else next = this.openTag(lt);
          if (next === NEED_MORE) {
            if (final) throw new ScanFatal("the file ends inside a tag", lt);
            if (len - lt > MAX_MARKUP_CHARS)
              throw new ScanFatal("a tag longer than 64 MiB: the file is corrupt", lt);
            return;
          }
          this.pos = next;
        }
      }
      /** Reports text from start to end; when the buffer may continue, keeps back a split entity. */
      text(start, end, complete) {
        const buf = this.buf;
        if (!complete) {
          const amp = buf.lastIndexOf("&", end - 1);
          if (amp >= start && end - amp < 16 && buf.indexOf(";", amp) === -1) end = amp;
        }
        this.pos = end;
        if (end <= start) return;
        if (this.stack.length === 0) {
          const outside = buf.slice(start, end);
          const lead = outside.length - outside.trimStart().length;
          if (lead < outside.length) {
            throw new ScanFatal(
              this.rootSeen ? "text after the root element" : "text before the root element: not an XML file",
              start + lead
            );
          }
          return;
        }
        if (!this.events.wantsText()) return;
        const raw = buf.slice(start, end);
        this.checkChars(raw, start);
        this.events.text(raw.indexOf("&") === -1 ? raw : this.decode(raw, start));
      }
      continueCdata(final) {
        const buf = this.buf;
        const end = buf.indexOf("]]>", this.pos);
        const stop = end === -1 ? Math.max(this.pos, buf.length - 2) : end;
        if (stop > this.pos && this.events.wantsText()) {
          const raw = buf.slice(this.pos, stop);
          this.checkChars(raw, this.pos);
          this.events.text(raw);
        }
        if (end === -1) {
          this.pos = stop;
          if (final) throw new ScanFatal("the file ends inside a CDATA section", stop);
          return false;
        }
        this.pos = end + 3;
        this.inCdata = false;
        return true;
      }
      processingInstruction(lt) {
        const end = this.buf.indexOf("?>", lt + 2);
        return end === -1 ? NEED_MORE : end + 2;
      }
      declaration(lt, final) {
        const buf = this.buf;
        if (buf.startsWith("<!--", lt)) {
          this.inComment = true;
          return lt + 4;
        }
        if (buf.startsWith("<![CDATA[", lt)) {
          if (this.stack.length === 0) throw new ScanFatal("CDATA outside the root element", lt);
          this.inCdata = true;
          return lt + 9;
        }
        if (buf.startsWith("<!DOCTYPE", lt)) return this.doctype(lt);
        if (!final && buf.length - lt < 9) return NEED_MORE;
        throw new ScanFatal('unknown markup after "<!"', lt);
      }
      /**
       * A DOCTYPE is skipped, never interpreted. Entity declarations in it are reported: they are
       * how XXE and "billion laughs" files work, and we expand none of them. The walk knows quoted
       * literals and, in the internal subset, comments and processing instructions, so a "]" or ">"
       * inside them ends nothing (`<!ENTITY a "]">`, `<!-- ] -->`, a system literal with "[").
       * A DOCTYPE split across chunks is walked on from where the last chunk ended, not again.
       */
      doctype(lt) {
        const buf = this.buf;
        const len = buf.length;
        let i = lt + 9 + this.doctypeResume;
        let inSubset = this.doctypeInSubset;
        const more2 = (at) => {
          this.doctypeResume = at - lt - 9;
          this.doctypeInSubset = inSubset;
          return NEED_MORE;
        };
        for (; ; ) {
          const re = inSubset ? DOCTYPE_SUBSET_RE : DOCTYPE_TOP_RE;
          re.lastIndex = i;
          const m = re.exec(buf);
          if (m === null) return more2(len);
          i = m.index;
          const c = buf.charCodeAt(i);
          if (c === QUOT || c === APOS) {
            const close = buf.indexOf(c === QUOT ? '"' : "'", i + 1);
            if (close === -1) return more2(i);
            i = close + 1;
          } else if (c === GT) {
            break;
          } else if (c === LSQB) {
            inSubset = true;
            i++;
          } else if (c === RSQB) {
            inSubset = false;
            i++;
          } else {
            if (len - i < 4) return more2(i);
            const comment = buf.startsWith("<!--", i);
            if (comment || buf.charCodeAt(i + 1) === QUESTION) {
              const close = comment ? buf.indexOf("-->", i + 4) : buf.indexOf("?>", i + 2);
              if (close === -1) return more2(i);
              i = close + (comment ? 3 : 2);
            } else {
              i++;
            }
          }
        }
        this.doctypeResume = 0;
        this.doctypeInSubset = false;
        if (buf.slice(lt, i).includes("<!ENTITY")) {
          this.doctypeEntities = true;
          this.warn(
            "the DOCTYPE declares entities; they are never expanded (external entities and entity expansion are refused)",
            lt
          );
        }
        return i + 1;
      }
      closeTag(lt) {
        const buf = this.buf;
        const gt = buf.indexOf(">", lt + 2);
        if (gt === -1) return NEED_MORE;
        const open4 = this.stack.pop();
        const end = lt + 2 + (open4?.length ?? 0);
        if (open4 === void 0 || !buf.startsWith(open4, lt + 2) || end !== gt && buf.slice(end, gt).trim() !== "") {
          const name = buf.slice(lt + 2, gt).trimEnd();
          if (open4 === void 0) throw new ScanFatal(`closing tag </${name}> without an open element`, lt);
          throw new ScanFatal(`closing tag </${name}> does not match <${open4}>`, lt);
        }
        this.events.close(open4);
        return gt + 1;
      }
      openTag(lt) {
        const buf = this.buf;
        const len = buf.length;
        let i = lt + 1;
        while (i < len) {
          const c = buf.charCodeAt(i);
          if (isSpace(c) || c === GT || c === SLASH) break;
          i++;
        }
        if (i >= len) return NEED_MORE;
        const name = buf.slice(lt + 1, i);
        if (name === "" || name.includes("<")) throw new ScanFatal("a tag without a valid name", lt);
        const attrs = {};
        for (; ; ) {
          ATTR_RE.lastIndex = i;
          const m = ATTR_RE.exec(buf);
          if (m !== null) {
            const raw2 = m[2] ?? m[3];
            if (this.clean) attrs[m[1]] = raw2;
            else this.setAttribute(attrs, m[1], raw2, ATTR_RE.lastIndex - 1 - raw2.length);
            i = ATTR_RE.lastIndex;
            continue;
          }
          while (i < len && isSpace(buf.charCodeAt(i))) i++;
          if (i >= len) return NEED_MORE;
          let c = buf.charCodeAt(i);
          if (c === GT || c === SLASH) {
            let selfClosing = false;
            if (c === SLASH) {
              if (i + 1 >= len) return NEED_MORE;
              if (buf.charCodeAt(i + 1) !== GT) throw new ScanFatal(`expected ">" after "/" in <${name}>`, i);
              selfClosing = true;
              i++;
            }
            if (this.stack.length === 0) {
              if (this.rootSeen) throw new ScanFatal(`a second root element <${name}>`, lt);
              this.rootSeen = true;
            }
            if (!selfClosing) this.stack.push(name);
            this.events.open(name, attrs, selfClosing);
            if (selfClosing) this.events.close(name);
            return i + 1;
          }
          const nameStart = i;
          while (i < len) {
            c = buf.charCodeAt(i);
            if (isSpace(c) || c === EQ || c === GT || c === SLASH || c === QUOT || c === APOS || c === LT) break;
            i++;
          }
          if (i >= len) return NEED_MORE;
          if (i === nameStart) throw new ScanFatal(`malformed attribute in <${name}>`, i);
          const attr = buf.slice(nameStart, i);
          while (i < len && isSpace(buf.charCodeAt(i))) i++;
          if (i >= len) return NEED_MORE;
          if (buf.charCodeAt(i) !== EQ) throw new ScanFatal(`attribute "${attr}" of <${name}> has no value`, i);
          i++;
          while (i < len && isSpace(buf.charCodeAt(i))) i++;
          if (i >= len) return NEED_MORE;
          const q = buf.charCodeAt(i);
          if (q !== QUOT && q !== APOS) throw new ScanFatal(`the value of attribute "${attr}" is not quoted`, i);
          const close = buf.indexOf(q === QUOT ? '"' : "'", i + 1);
          if (close === -1) return NEED_MORE;
          const raw = buf.slice(i + 1, close);
          if (raw.includes("<")) throw new ScanFatal(`"<" in the value of attribute "${attr}"`, i);
          this.setAttribute(attrs, attr, raw, i + 1);
          i = close + 1;
        }
      }
      setAttribute(attrs, name, raw, at) {
        this.checkChars(raw, at);
        if (ATTR_WS_RE.test(raw)) {
          ATTR_WS_RE.lastIndex = 0;
          raw = raw.replace(ATTR_WS_RE, " ");
        }
        attrs[name] = raw.indexOf("&") === -1 ? raw : this.decode(raw, at);
      }
      checkChars(raw, at) {
        if (this.clean || this.reportedChar || !INVALID_CHAR_RE.test(raw)) return;
        const m = INVALID_CHAR_RE.exec(raw);
        this.reportedChar = true;
        const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        this.warn(`character U+${code} is not allowed in XML; kept as it is`, at + m.index);
      }
      decode(raw, at) {
        return raw.replace(ENTITY_RE, (whole, ref2, offset) => {
          if (ref2 === void 0) {
            this.warnEntity('a bare "&" that starts no entity reference; kept as it is', at + offset);
            return whole;
          }
          if (ref2.charCodeAt(0) === 35) {
            const code = ref2[1] === "x" || ref2[1] === "X" ? parseInt(ref2.slice(2), 16) : parseInt(ref2.slice(1), 10);
            if (code === 0 || code > 1114111 || code >= 55296 && code <= 57343) {
              this.warnEntity(
                `character reference ${whole} names no allowed character; kept as it is`,
                at + offset
              );
              return whole;
            }
            return String.fromCodePoint(code);
          }
          const known = PREDEFINED[ref2];
          if (known !== void 0) return known;
          this.warnEntity(
            this.doctypeEntities ? `entity ${whole} comes from the DOCTYPE and is not expanded; kept as it is` : `undefined entity ${whole}; kept as it is`,
            at + offset
          );
          return whole;
        });
      }
      warnEntity(message, at) {
        if (this.reportedEntity) return;
        this.reportedEntity = true;
        this.warn(message, at);
      }
    };
  }
});

// src/results/parse.ts
function describeIssue(issue) {
  return `line ${issue.line}, column ${issue.column}: ${issue.message}`;
}
function createResultParser(path26, options = {}) {
  const cases = [];
  const warnings = [];
  const ctx = {
    source: path26,
    limits: options.limits ?? DEFAULT_TEXT_LIMITS,
    emit: options.onCase ?? ((test) => cases.push(test.build(path26))),
    warn: (message) => warnings.push(message),
    walls: {}
  };
  let handler = null;
  let format;
  let error;
  let started = false;
  let rejected = false;
  let issuesAtRejection = Number.POSITIVE_INFINITY;
  const scanner = new XmlScanner({
    open(name, attrs) {
      const local = localName(name);
      if (handler === null) {
        if (rejected) return;
        const root = ROOTS[local];
        if (!root) {
          rejected = true;
          issuesAtRejection = scanner.issues.length;
          error = `unknown format: the root element is <${name}>, expected ${EXPECTED_ROOTS}`;
          return;
        }
        format = root.format;
        handler = root.create(ctx);
      }
      handler.open(local, attrs);
    },
    close(name) {
      handler?.close(localName(name));
    },
    text(piece) {
      handler?.text(piece);
    },
    wantsText() {
      return handler?.wantsText() ?? false;
    }
  });
  return {
    get done() {
      return rejected || scanner.failed;
    },
    write(chunk) {
      if (rejected) return;
      if (!started) {
        chunk = chunk.replace(/^\uFEFF/, "");
        const body = chunk.trimStart();
        if (body !== "") {
          started = true;
          if (body[0] === "{" || body[0] === "[") {
            rejected = true;
            error = "a JSON file: only XML test reports are read (JUnit, TRX, NUnit, xUnit.net)";
            return;
          }
        }
      }
      scanner.write(chunk);
    },
    end() {
      if (!started && !rejected) {
        error = "the file is empty";
      } else if (!rejected) {
        scanner.end();
        handler?.finish();
      }
      for (const issue of scanner.issues.slice(0, issuesAtRejection)) {
        if (issue.fatal && error === void 0) error = describeIssue(issue);
        else warnings.push(describeIssue(issue));
      }
      const result = { path: path26, cases, warnings, walls: ctx.walls };
      if (format) result.format = format;
      if (error !== void 0) result.error = error;
      return result;
    }
  };
}
var ROOTS, EXPECTED_ROOTS;
var init_parse = __esm({
  "src/results/parse.ts"() {
    "use strict";
    init_common();
    init_junit();
    init_nunit();
    init_trx();
    init_xunit();
    init_model();
    init_xml_scanner();
    ROOTS = {
      testsuites: { format: "junit", create: (ctx) => new JUnitHandler(ctx) },
      testsuite: { format: "junit", create: (ctx) => new JUnitHandler(ctx) },
      TestRun: { format: "trx", create: (ctx) => new TrxHandler(ctx) },
      "test-run": { format: "nunit", create: (ctx) => new NUnitHandler(ctx) },
      "test-results": { format: "nunit", create: (ctx) => new NUnitHandler(ctx) },
      // NUnit 3 output cut to its assembly (e.g. Unity's test runner).
      "test-suite": { format: "nunit", create: (ctx) => new NUnitHandler(ctx) },
      assemblies: { format: "xunit", create: (ctx) => new XUnitHandler(ctx) },
      assembly: { format: "xunit", create: (ctx) => new XUnitHandler(ctx) }
    };
    EXPECTED_ROOTS = "testsuites or testsuite (JUnit), TestRun (TRX), test-run, test-results or test-suite (NUnit), assemblies (xUnit.net)";
  }
});

// src/results/collect.ts
import { isAscii } from "node:buffer";
import { createReadStream, readdir as readdir3, readFileSync, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { lstat, readFile as readFile3, stat as stat4 } from "node:fs/promises";
import path5 from "node:path";
import { StringDecoder } from "node:string_decoder";
import { TextDecoder } from "node:util";
function display(cwd, file) {
  const rel = path5.relative(cwd, file);
  return (rel.startsWith("..") || path5.isAbsolute(rel) ? file : rel).split(path5.sep).join("/");
}
async function collectResults(patterns, options) {
  const { cwd } = options;
  const seen = /* @__PURE__ */ new Set();
  const real = /* @__PURE__ */ new Set();
  const files = [];
  const unmatched = [];
  const negated = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const walk2 = walkRecordingErrors();
  const matched = [];
  for (const pattern of patterns) {
    if (pattern.startsWith("!")) continue;
    const literal = path5.resolve(cwd, pattern);
    if (isDynamicPattern(pattern) && !await exists(literal)) {
      const found = await glob([pattern], { cwd, absolute: true, ignore: negated, dot: true, fs: walk2.fs });
      matched.push({ pattern, files: found.sort() });
    } else {
      matched.push({ pattern, files: [literal] });
    }
  }
  const jobs = [];
  const recordErrors = [];
  const suiteOf = /* @__PURE__ */ new Map();
  if (options.jobRecords) {
    const positives = patterns.filter((p) => !p.startsWith("!"));
    const candidates = new Set(
      matched.flatMap((m) => m.files).filter((f) => path5.basename(f) !== JOB_RECORD_FILE)
    );
    for (const record of await findJobRecords(positives, negated, candidates, cwd)) {
      const read = await readJobRecord(record, display(cwd, record));
      if (read === null) continue;
      if ("error" in read) recordErrors.push(failed(display(cwd, record), read.error));
      else {
        jobs.push(read);
        for (const result of read.record.results)
          suiteOf.set(path5.resolve(path5.dirname(record), result), read.record.suite);
      }
    }
  }
  for (const { pattern, files: matches } of matched) {
    let found = 0;
    for (const file of matches) {
      if (path5.basename(file) === JOB_RECORD_FILE) {
        found++;
        continue;
      }
      if (seen.has(file)) {
        found++;
        continue;
      }
      const canonical = canonicalOf(file);
      if (real.has(canonical)) {
        seen.add(file);
        found++;
        continue;
      }
      const suite = suiteOf.get(file);
      const result = await readResultFile(file, display(cwd, file), {
        ...options,
        ...suite !== void 0 ? { suite } : {}
      });
      if (result === null) continue;
      seen.add(file);
      real.add(canonical);
      found++;
      files.push(result);
      options.fold?.addFile(result);
    }
    if (found === 0) unmatched.push(pattern);
  }
  for (const [dir, reason] of walk2.errors) {
    const result = failed(
      display(cwd, dir),
      `cannot read this directory (${reason}): result files in it are not counted`
    );
    files.push(result);
    options.fold?.addFile(result);
  }
  for (const result of recordErrors) {
    files.push(result);
    options.fold?.addFile(result);
  }
  return { files, unmatched, jobs };
}
function canonicalOf(file) {
  try {
    return realpathSync2(file);
  } catch {
    return file;
  }
}
async function exists(file) {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}
function walkRecordingErrors() {
  const errors = /* @__PURE__ */ new Map();
  const watched = ((dir, opts, callback2) => readdir3(
    dir,
    opts,
    (err2, entries) => {
      if (err2 && err2.code !== "ENOENT" && err2.code !== "ENOTDIR") {
        errors.set(dir.replace(/\/+$/, "") || dir, err2.code ?? err2.message);
      }
      callback2(err2, entries);
    }
  ));
  return { fs: { readdir: watched }, errors };
}
function recordPattern(pattern) {
  const slash = pattern.lastIndexOf("/");
  const last = pattern.slice(slash + 1);
  if (last === "**") return `${pattern}/${JOB_RECORD_FILE}`;
  return slash < 0 ? JOB_RECORD_FILE : `${pattern.slice(0, slash)}/${JOB_RECORD_FILE}`;
}
async function findJobRecords(patterns, negated, resultFiles, cwd) {
  const candidates = /* @__PURE__ */ new Set();
  for (const file of resultFiles) candidates.add(path5.join(path5.dirname(file), JOB_RECORD_FILE));
  const dynamic = patterns.map(recordPattern).filter((p) => isDynamicPattern(p));
  if (dynamic.length > 0) {
    for (const file of await glob(dynamic, { cwd, absolute: true, ignore: [...negated], dot: true }))
      candidates.add(path5.resolve(file));
  }
  for (const p of patterns.map(recordPattern).filter((p2) => !isDynamicPattern(p2)))
    candidates.add(path5.resolve(cwd, p));
  return [...candidates].sort();
}
async function readJobRecord(file, shown) {
  let text3;
  try {
    if (!(await stat4(file)).isFile()) return { error: "job record: not a regular file: not read" };
    text3 = await readFile3(file, "utf8");
  } catch (err2) {
    const code = err2.code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    return { error: `job record: cannot read: ${err2.message}` };
  }
  const parsed = parseJobRecord(text3);
  if ("error" in parsed) return { error: `job record: ${parsed.error}` };
  let present = 0;
  for (const result of parsed.record.results) {
    try {
      if ((await stat4(path5.resolve(path5.dirname(file), result))).isFile()) present++;
    } catch {
    }
  }
  return { path: shown, record: parsed.record, present };
}
async function readResultFile(file, shown, options = {}) {
  let info;
  try {
    info = statSync2(file);
  } catch (err2) {
    if (err2.code === "ENOENT") return null;
    return failed(shown, `cannot read: ${err2.message}`);
  }
  if (info.isDirectory()) return failed(shown, "a directory, where a test result file was expected");
  if (!info.isFile()) return failed(shown, "not a regular file (a FIFO, device or socket): not read");
  const { limits, fold } = options;
  const parser = createResultParser(shown, {
    ...limits ? { limits } : {},
    ...fold ? { onCase: fold.startFile(shown, options.suite) } : {}
  });
  let decoder = null;
  try {
    if (info.size <= WHOLE_READ_BYTES) {
      const bytes = readFileSync(file);
      if (bytes.length > 0) {
        decoder = decoderFor(bytes);
        parser.write(decoder.write(bytes));
        if (!parser.done) parser.write(decoder.end());
      }
    } else {
      for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
        const bytes = chunk;
        decoder ??= decoderFor(bytes);
        parser.write(decoder.write(bytes));
        if (parser.done) break;
      }
      if (decoder && !parser.done) parser.write(decoder.end());
    }
  } catch (err2) {
    const result2 = parser.end();
    if (options.suite !== void 0) result2.suite = options.suite;
    result2.error = `cannot read: ${err2 instanceof Error ? err2.message : String(err2)}`;
    return result2;
  }
  const result = parser.end();
  if (options.suite !== void 0) result.suite = options.suite;
  const note = decoder?.note();
  if (note !== void 0) result.warnings.unshift(note);
  return result;
}
function decoderFor(head2) {
  if (head2[0] === 254 && head2[1] === 255) {
    const text3 = new TextDecoder("utf-16be");
    return {
      write: (b) => text3.decode(b, { stream: true }),
      end: () => text3.decode(),
      note: () => void 0
    };
  }
  if (head2[0] === 255 && head2[1] === 254) {
    const utf16 = new StringDecoder("utf16le");
    return { write: (b) => utf16.write(b), end: () => utf16.end(), note: () => void 0 };
  }
  const declared = DECLARED_ENCODING.exec(head2.subarray(0, 512).toString("latin1"))?.[1]?.toLowerCase();
  if (declared !== void 0 && !UTF8.has(declared)) {
    if (LATIN1.has(declared))
      return { write: (b) => b.toString("latin1"), end: () => "", note: () => void 0 };
    try {
      const text3 = new TextDecoder(declared);
      return {
        write: (b) => text3.decode(b, { stream: true }),
        end: () => text3.decode(),
        note: () => void 0
      };
    } catch {
      return utf8Decoder(`the declared encoding "${declared}" is not supported: read as UTF-8`);
    }
  }
  return utf8Decoder();
}
function countReplacements(text3) {
  let n2 = 0;
  for (let i = text3.indexOf("�"); i !== -1; i = text3.indexOf("�", i + 1)) n2++;
  return n2;
}
function countEncodedReplacements(bytes) {
  let n2 = 0;
  for (let i = bytes.indexOf(239); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(239, i + 1)) {
    if (bytes[i + 1] === 191 && bytes[i + 2] === 189) n2++;
  }
  return n2;
}
function utf8Decoder(unsupported) {
  const utf8 = new StringDecoder("utf8");
  let pending = false;
  let tail = Buffer.alloc(0);
  let replaced = false;
  const check = (out2, bytes) => {
    if (!replaced && out2.length > 0 && out2.indexOf(String.fromCharCode(REPLACEMENT)) !== -1) {
      replaced = countReplacements(out2) > countEncodedReplacements(Buffer.concat([tail, bytes]));
    }
    tail = bytes.subarray(Math.max(0, bytes.length - 2));
    return out2;
  };
  return {
    write: (b) => {
      if (isAscii(b)) {
        const ascii = b.toString("latin1");
        if (!pending) return ascii;
        pending = false;
        return check(utf8.end(), Buffer.alloc(0)) + ascii;
      }
      pending = true;
      return check(utf8.write(b), b);
    },
    end: () => check(utf8.end(), Buffer.alloc(0)),
    note: () => unsupported ?? (replaced ? "bytes that are not UTF-8 were replaced by U+FFFD (declare the encoding in the XML declaration if the file has another)" : void 0)
  };
}
function failed(shown, error) {
  return { path: shown, cases: [], warnings: [], walls: {}, error };
}
var WHOLE_READ_BYTES, DECLARED_ENCODING, LATIN1, UTF8, REPLACEMENT;
var init_collect = __esm({
  "src/results/collect.ts"() {
    "use strict";
    init_dist2();
    init_job_record();
    init_parse();
    WHOLE_READ_BYTES = 1024 * 1024;
    DECLARED_ENCODING = /^(?:\xEF\xBB\xBF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;
    LATIN1 = /* @__PURE__ */ new Set(["iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1"]);
    UTF8 = /* @__PURE__ */ new Set(["utf-8", "utf8", "us-ascii", "ascii"]);
    REPLACEMENT = 65533;
  }
});

// src/coverage/cobertura.ts
function describe(issue) {
  return `line ${issue.line}, column ${issue.column}: ${issue.message}`;
}
function joinSource(sources, filename) {
  const name = filename.replace(/\\/g, "/");
  if (name.startsWith("/") || /^[A-Za-z]:\//.test(name)) return name;
  if (sources.length !== 1) return name;
  const root = sources[0].replace(/\\/g, "/");
  if (root === "." || root === "./") return name;
  return root.endsWith("/") ? `${root}${name}` : `${root}/${name}`;
}
function createCoberturaParser(path26) {
  const byPath = /* @__PURE__ */ new Map();
  const warnings = [];
  const sources = [];
  const stack = [];
  let error;
  let rootChecked = false;
  let rejected = false;
  let sourceText = null;
  let pkg = "";
  let current = null;
  const pending = [];
  let badLines = 0;
  const scanner = new XmlScanner({
    open(name, attrs) {
      if (rejected) return;
      if (!rootChecked) {
        rootChecked = true;
        if (name !== "coverage") {
          rejected = true;
          error = `not a Cobertura coverage report: the root element is <${name}>, expected <coverage>`;
          return;
        }
      }
      const parent = stack[stack.length - 1];
      if (name === "source" && parent === "sources") sourceText = "";
      else if (name === "package") pkg = attrs.name ?? "";
      else if (name === "class") {
        const filename = attrs.filename ?? attrs.name ?? "";
        current = { path: filename, package: pkg, lines: /* @__PURE__ */ new Map() };
        pending.push({ filename, file: current });
      } else if (name === "line" && parent === "lines" && stack[stack.length - 2] === "class" && current) {
        const number = Number(attrs.number);
        const hits = Number(attrs.hits);
        if (!Number.isInteger(number) || number < 0 || !Number.isFinite(hits) || hits < 0) badLines++;
        else current.lines.set(number, Math.max(hits, current.lines.get(number) ?? 0));
      }
      stack.push(name);
    },
    close(name) {
      if (rejected) return;
      stack.pop();
      if (name === "source" && sourceText !== null) {
        const s = sourceText.trim();
        if (s !== "") sources.push(s);
        sourceText = null;
      } else if (name === "class") current = null;
      else if (name === "package") pkg = "";
    },
    text(piece) {
      if (sourceText !== null) sourceText += piece;
    },
    wantsText() {
      return sourceText !== null;
    }
  });
  return {
    write(chunk) {
      if (!rejected) scanner.write(rootChecked ? chunk : chunk.replace(/^\uFEFF/, ""));
    },
    end() {
      if (!rejected) scanner.end();
      let rest = scanner.issues;
      if (error === void 0 && rest[0]) {
        error = describe(rest[0]);
        rest = rest.slice(1);
      }
      for (const issue of rest) warnings.push(describe(issue));
      if (badLines > 0) {
        warnings.push(`${badLines} <line> element(s) without a whole "number" and "hits" were skipped`);
      }
      for (const { filename, file } of pending) {
        const full = joinSource(sources, filename);
        const seen = byPath.get(full);
        if (!seen) {
          file.path = full;
          byPath.set(full, file);
          continue;
        }
        for (const [line, hits] of file.lines)
          seen.lines.set(line, Math.max(hits, seen.lines.get(line) ?? 0));
      }
      const report2 = { source: path26, files: [...byPath.values()], warnings };
      if (error !== void 0) report2.error = error;
      return report2;
    }
  };
}
var init_cobertura = __esm({
  "src/coverage/cobertura.ts"() {
    "use strict";
    init_xml_scanner();
  }
});

// src/coverage/collect.ts
import { createReadStream as createReadStream2 } from "node:fs";
import path6 from "node:path";
import { StringDecoder as StringDecoder2 } from "node:string_decoder";
async function collectCoverage(patterns, cwd) {
  const negated = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const seen = /* @__PURE__ */ new Set();
  const reports = [];
  const unmatched = [];
  for (const pattern of patterns) {
    if (pattern.startsWith("!")) continue;
    const matches = (await glob([pattern], { cwd, absolute: true, ignore: negated, dot: true })).sort();
    if (matches.length === 0) unmatched.push(pattern);
    for (const file of matches) {
      if (seen.has(file)) continue;
      seen.add(file);
      reports.push(await readCoverageFile(file, path6.relative(cwd, file).split(path6.sep).join("/")));
    }
  }
  return { reports, unmatched };
}
async function readCoverageFile(file, shown) {
  const parser = createCoberturaParser(shown);
  const decoder = new StringDecoder2("utf8");
  try {
    for await (const chunk of createReadStream2(file, { highWaterMark: 256 * 1024 })) {
      parser.write(decoder.write(chunk));
    }
    parser.write(decoder.end());
  } catch (err2) {
    const report2 = parser.end();
    report2.error = `cannot read: ${err2 instanceof Error ? err2.message : String(err2)}`;
    return report2;
  }
  return parser.end();
}
var init_collect2 = __esm({
  "src/coverage/collect.ts"() {
    "use strict";
    init_dist2();
    init_cobertura();
  }
});

// src/coverage/merge.ts
function figures(lines, covered) {
  return { lines, covered, percent: lines === 0 ? 100 : Math.floor(covered / lines * 1e4) / 100 };
}
function mergeCoverage(reports, options = {}) {
  const files = /* @__PURE__ */ new Map();
  for (const report2 of reports) {
    for (const file of report2.files) {
      const key = repositoryPath(file.path, options.repository) ?? file.path;
      let merged = files.get(key);
      if (!merged) {
        merged = { package: file.package, lines: /* @__PURE__ */ new Map() };
        files.set(key, merged);
      }
      for (const [line, hits] of file.lines)
        merged.lines.set(line, merged.lines.get(line) === true || hits > 0);
    }
  }
  const packages = /* @__PURE__ */ new Map();
  const fileRows = [];
  let lines = 0;
  let covered = 0;
  for (const [path26, file] of files) {
    let c = 0;
    for (const hit of file.lines.values()) if (hit) c++;
    const n2 = file.lines.size;
    fileRows.push({ path: path26, package: file.package, ...figures(n2, c) });
    const p = packages.get(file.package) ?? { lines: 0, covered: 0 };
    p.lines += n2;
    p.covered += c;
    packages.set(file.package, p);
    lines += n2;
    covered += c;
  }
  const summary = {
    total: figures(lines, covered),
    packages: [...packages].map(([name, p]) => ({ name, ...figures(p.lines, p.covered) })).sort((a, b) => byName(a.name, b.name)),
    files: fileRows.sort((a, b) => byName(a.path, b.path)),
    reports: reports.map((r) => ({
      path: r.source,
      ...r.error !== void 0 ? { error: r.error } : {},
      warnings: r.warnings
    }))
  };
  if (options.threshold !== void 0) {
    summary.threshold = { percent: options.threshold, met: covered * 100 >= options.threshold * lines };
  }
  return summary;
}
var byName;
var init_merge = __esm({
  "src/coverage/merge.ts"() {
    "use strict";
    init_order();
    init_locate();
    byName = compareStrings;
  }
});

// src/commands/coverage.ts
async function gatherCoverage(settings, cwd, repository) {
  const collected = await collectCoverage(settings.patterns, cwd);
  const reports = [...collected.reports];
  if (!settings.allowEmpty) {
    for (const pattern of collected.unmatched) {
      reports.push({
        source: pattern,
        files: [],
        warnings: [],
        error: "no coverage file matches this pattern"
      });
    }
  }
  return mergeCoverage(reports, {
    repository,
    ...settings.threshold !== void 0 ? { threshold: settings.threshold } : {}
  });
}
function coverageExitCode(code, coverage) {
  if (!coverage) return code;
  if (coverage.reports.some((r) => r.error !== void 0)) return Math.max(code, EXIT.badInput);
  if (coverage.threshold && !coverage.threshold.met) return Math.max(code, EXIT.testFailures);
  return code;
}
function parseThreshold(value, option) {
  if (value === void 0 || value.trim() === "") return void 0;
  const text3 = value.trim().replace(/%$/, "");
  const n2 = Number(text3);
  if (text3 === "" || !Number.isFinite(n2) || n2 < 0 || n2 > 100) {
    throw new InputError(`${option} must be a percentage from 0 to 100 (e.g. 80), got "${value}"`);
  }
  return n2;
}
var init_coverage = __esm({
  "src/commands/coverage.ts"() {
    "use strict";
    init_collect2();
    init_merge();
    init_errors();
  }
});

// src/commands/aggregate.ts
var aggregate_exports = {};
__export(aggregate_exports, {
  aggregateExitCode: () => aggregateExitCode,
  listGitFiles: () => listGitFiles,
  runAggregate: () => runAggregate
});
import { mkdir as mkdir3, open, writeFile as writeFile3 } from "node:fs/promises";
import path7 from "node:path";
function aggregateExitCode(aggregate2, jobs) {
  if (jobs && jobs.broken.length > 0) return EXIT.infrastructure;
  if (aggregate2.files.some((f) => f.error !== void 0)) return EXIT.badInput;
  if (aggregate2.totals.failed + aggregate2.totals.errors > 0) return EXIT.testFailures;
  return EXIT.passed;
}
async function writeReport(target, report2) {
  const handle = await open(target, "w");
  try {
    let batch = "";
    for (const piece of reportPieces(report2)) {
      batch += piece;
      if (batch.length >= 256 * 1024) {
        await handle.write(batch);
        batch = "";
      }
    }
    await handle.write(batch);
  } finally {
    await handle.close();
  }
}
async function runAggregate(settings, listFiles = listGitFiles) {
  if (settings.patterns.length === 0) {
    throw new InputError('no result files given: name at least one file or glob (e.g. "results/**/*.xml")');
  }
  if (settings.patterns.every((p) => p.startsWith("!"))) {
    throw new InputError(
      `only exclusions given (${settings.patterns.map((p) => `"${p}"`).join(", ")}): name at least one file or glob to read, e.g. "results/**/*.xml"`
    );
  }
  const repository = new RepositoryFiles(await listFiles(settings.cwd));
  const fold = new ResultFold({ repository });
  const collected = await collectResults(settings.patterns, { cwd: settings.cwd, jobRecords: true, fold });
  if (!settings.allowEmpty) {
    for (const pattern of collected.unmatched) {
      fold.addFile({
        path: pattern,
        cases: [],
        warnings: [],
        walls: {},
        error: "no file matches this pattern"
      });
    }
  }
  const aggregate2 = fold.finish();
  if (settings.history !== void 0) {
    await settings.history.restore();
    const file = settings.history.file;
    await appendHistory(
      file,
      snapshotOfTimed(aggregate2.timed()),
      (message) => aggregate2.warnings.push({ path: file, message })
    );
    await settings.history.save();
  }
  const jobs = summarizeJobs(collected.jobs);
  const report2 = renderJsonReport(aggregate2, jobs);
  const coverage = settings.coverage && await gatherCoverage(settings.coverage, settings.cwd, repository);
  if (coverage) report2.coverage = coverage;
  if (settings.base) report2.comparison = compareReports(report2, settings.base.report, settings.base.label);
  const unwritten = [];
  const writeOutput = async (what, file, write) => {
    const target = path7.resolve(settings.cwd, file);
    try {
      await mkdir3(path7.dirname(target), { recursive: true });
      await write(target);
    } catch (err2) {
      unwritten.push(`the ${what} ${file} was not written: ${describeError(err2)}`);
    }
  };
  if (settings.jsonPath !== void 0)
    await writeOutput("JSON report", settings.jsonPath, (target) => writeReport(target, report2));
  if (settings.htmlPath !== void 0) {
    const html = renderHtmlReport(
      {
        aggregate: aggregate2,
        ...report2.timeline ? { timeline: report2.timeline } : {},
        ...report2.parallel ? { parallel: report2.parallel } : {}
      },
      coverage ? { coverage } : {}
    );
    await writeOutput("HTML report", settings.htmlPath, (target) => writeFile3(target, html));
  }
  const exitCode = coverageExitCode(aggregateExitCode(aggregate2, jobs), coverage);
  return {
    aggregate: aggregate2,
    report: report2,
    console: renderConsoleSummary(aggregate2, {
      unmatched: settings.allowEmpty ? collected.unmatched : [],
      ...settings.console,
      ...jobs ? { jobs } : {},
      ...coverage ? { coverageLine: renderCoverageLine(coverage) } : {},
      ...report2.comparison ? { comparison: report2.comparison } : {},
      results: [
        ...settings.console?.results ?? [],
        ...settings.jsonPath !== void 0 ? [`JSON report ${settings.jsonPath}`] : [],
        ...settings.htmlPath !== void 0 ? [`HTML report ${settings.htmlPath}`] : []
      ]
    }),
    exitCode: unwritten.length > 0 ? EXIT.infrastructure : exitCode,
    ...jobs ? { jobs } : {},
    ...unwritten.length > 0 ? { unwritten } : {}
  };
}
var listGitFiles;
var init_aggregate2 = __esm({
  "src/commands/aggregate.ts"() {
    "use strict";
    init_render();
    init_errors();
    init_exec();
    init_git();
    init_comparison();
    init_console();
    init_html();
    init_json();
    init_timeline();
    init_aggregate();
    init_collect();
    init_locate();
    init_coverage();
    init_history2();
    listGitFiles = (cwd) => trackedFiles(execProcess, cwd);
  }
});

// src/commands/base-report.ts
import { mkdir as mkdir4, readFile as readFile4, rm as rm2, writeFile as writeFile4 } from "node:fs/promises";
import path8 from "node:path";
function reportKeys(options) {
  return {
    key: `${KEY_PREFIX2}${cacheKeyPart(options.branch)}/${cacheKeyPart(options.sha)}/${cacheKeyPart(options.run)}`,
    restoreKeys: [`${KEY_PREFIX2}${cacheKeyPart(options.baseBranch)}/`]
  };
}
function describeReportKey(key) {
  if (!key.startsWith(KEY_PREFIX2)) return key;
  const [branch, sha] = key.slice(KEY_PREFIX2.length).split("/");
  return `${branch} @ ${(sha ?? "").slice(0, 8)}`;
}
async function readReportFile(file) {
  let text3;
  try {
    text3 = await readFile4(file, "utf8");
  } catch (err2) {
    throw new InputError(`${file}: cannot read the base report: ${describeError(err2)}`);
  }
  return parseReport(text3, file);
}
function parseReport(text3, file) {
  let value;
  try {
    value = JSON.parse(text3);
  } catch (err2) {
    throw new InputError(`${file}: not a JSON report (${describeError(err2)})`);
  }
  const report2 = value;
  if (report2 === null || typeof report2 !== "object" || typeof report2.totals?.tests !== "number" || !Array.isArray(report2.failures)) {
    throw new InputError(
      `${file}: not a parallel-tests JSON report (expected "totals" and "failures", as aggregate --json writes)`
    );
  }
  return report2;
}
async function restoreBaseReport(store, where2, keys, warn) {
  const { file } = where2;
  const local = path8.resolve(where2.cwd, file);
  let hit;
  try {
    await rm2(local, { force: true });
    hit = await store.restore([file], keys.key, keys.restoreKeys);
  } catch (err2) {
    warn(`no base report restored from the cache: ${describeError(err2)}`);
    return void 0;
  }
  if (hit === void 0) return void 0;
  try {
    return { report: parseReport(await readFile4(local, "utf8"), file), label: describeReportKey(hit) };
  } catch (err2) {
    warn(`the base report in the cache (${hit}) is unusable: ${describeError(err2)}`);
    await store.discard?.(hit);
    return void 0;
  }
}
async function saveReport(store, where2, report2, keys, warn) {
  const { file } = where2;
  const local = path8.resolve(where2.cwd, file);
  try {
    await mkdir4(path8.dirname(local), { recursive: true });
    const { comparison: _, ...saved } = report2;
    await writeFile4(local, stringifyReport(saved));
    await store.save([file], keys.key);
    return true;
  } catch (err2) {
    warn(`the report was not saved to the cache (later runs cannot compare with it): ${describeError(err2)}`);
    return false;
  }
}
async function findBaseReport(compare2, options) {
  if (compare2 === void 0 || compare2 === "" || compare2 === "off") return {};
  if (compare2 !== "auto") {
    return { base: { report: await readReportFile(path8.resolve(options.cwd, compare2)), label: compare2 } };
  }
  if (!options.store || !options.keys) {
    return { note: "No comparison: compare is auto but there is no cache to find a base run in." };
  }
  const base = await restoreBaseReport(
    options.store,
    options.file ?? { file: CACHED_REPORT_FILE, cwd: options.cwd },
    options.keys,
    options.warn
  );
  if (base) return { base };
  const branch = options.keys.restoreKeys[0].slice(KEY_PREFIX2.length).replace(/\/$/, "");
  return {
    note: `No comparison: no earlier report of ${branch} in the cache yet (this run's is saved for the next).`
  };
}
var CACHED_REPORT_FILE, KEY_PREFIX2;
var init_base_report = __esm({
  "src/commands/base-report.ts"() {
    "use strict";
    init_errors();
    init_json();
    init_cache_store();
    CACHED_REPORT_FILE = ".parallel-tests/report/report.json";
    KEY_PREFIX2 = "parallel-tests-report-v1/";
  }
});

// src/commands/report-options.ts
var report_options_exports = {};
__export(report_options_exports, {
  reportExtras: () => reportExtras
});
import path9 from "node:path";
async function reportExtras(values, context) {
  const threshold = parseThreshold(values.threshold, "--coverage-threshold");
  if (threshold !== void 0 && values.coverage.length === 0) {
    throw new InputError("--coverage-threshold needs the coverage files: add --coverage GLOB");
  }
  const coverage = values.coverage.length > 0 ? {
    coverage: {
      patterns: values.coverage,
      allowEmpty: values.allowEmpty,
      ...threshold !== void 0 ? { threshold } : {}
    }
  } : {};
  if (values.compare === "auto" && context.cacheDir === void 0) {
    throw new InputError("--compare auto takes the base from the local cache: add --cache-dir DIR");
  }
  if (context.cacheDir === void 0) {
    const found2 = await findBaseReport(values.compare, { cwd: context.cwd, warn: context.warn });
    return { settings: { ...coverage, ...found2.base ? { base: found2.base } : {} }, save: async () => {
    } };
  }
  const [{ LocalCacheStore: LocalCacheStore2 }, { currentBranch: currentBranch2, headCommit: headCommit2 }, { execProcess: execProcess2 }] = await Promise.all([
    Promise.resolve().then(() => (init_local_cache_store(), local_cache_store_exports)),
    Promise.resolve().then(() => (init_git(), git_exports)),
    Promise.resolve().then(() => (init_exec(), exec_exports))
  ]);
  const store = new LocalCacheStore2({ root: path9.resolve(context.cwd, context.cacheDir), cwd: context.cwd });
  const branch = context.branch ?? await currentBranch2(execProcess2, context.cwd);
  const keys = reportKeys({
    branch,
    baseBranch: values.baseBranch ?? branch,
    sha: await headCommit2(execProcess2, context.cwd),
    run: String(Date.now())
  });
  const file = { file: CACHED_REPORT_FILE, cwd: context.cwd };
  const found = await findBaseReport(values.compare, {
    cwd: context.cwd,
    store,
    keys,
    file,
    warn: context.warn
  });
  return {
    settings: { ...coverage, ...found.base ? { base: found.base } : {} },
    ...found.note ? { note: found.note } : {},
    save: async (report2) => {
      await saveReport(store, file, report2, keys, context.warn);
    }
  };
}
var init_report_options = __esm({
  "src/commands/report-options.ts"() {
    "use strict";
    init_errors();
    init_base_report();
    init_coverage();
  }
});

// src/plan/shard.ts
function checkShardCount(shards) {
  if (!Number.isInteger(shards) || shards < 1) {
    throw new InputError(`shards must be a whole number of at least 1, got ${shards}`);
  }
}
function itemsOf(durations, options) {
  const ids = [...durations.keys()].sort(compareStrings);
  const units = /* @__PURE__ */ new Map();
  let total = 0;
  for (const id of ids) {
    const seconds2 = durations.get(id);
    if (!Number.isFinite(seconds2) || seconds2 < 0) {
      throw new InputError(`test "${id}" has an invalid duration (${seconds2})`);
    }
    total += seconds2;
    const key = unitOf(options.style, id);
    const unit = units.get(key);
    if (unit) {
      unit.tests.push(id);
      unit.seconds += seconds2;
    } else {
      units.set(key, { tests: [id], seconds: seconds2 });
    }
  }
  const limit = (options.splitAbove ?? DEFAULT_SPLIT_ABOVE) * (total / options.shards);
  const items = [];
  for (const [key, unit] of units) {
    if (unit.seconds > limit && unit.tests.length > 1) {
      for (const id of unit.tests)
        items.push({ key: id, unit: key, tests: [id], seconds: durations.get(id) });
    } else {
      items.push({ key, unit: key, tests: unit.tests, seconds: unit.seconds });
    }
  }
  items.sort((a, b) => b.seconds - a.seconds || compareStrings(a.key, b.key));
  return { items, total };
}
function assignLpt(items, count2, unitSeconds, workers) {
  const bins = Array.from({ length: count2 }, () => []);
  const loads = new Array(count2).fill(0);
  const units = Array.from({ length: count2 }, () => /* @__PURE__ */ new Set());
  for (const item of items) {
    const seconds2 = item.seconds / workers;
    let best = 0;
    let bestLoad = Number.POSITIVE_INFINITY;
    for (let i = 0; i < count2; i++) {
      const load = loads[i] + (unitSeconds > 0 && !units[i].has(item.unit) ? unitSeconds : 0);
      if (load < bestLoad) {
        best = i;
        bestLoad = load;
      }
    }
    bins[best].push(item);
    loads[best] = bestLoad + seconds2;
    if (unitSeconds > 0) units[best].add(item.unit);
  }
  return bins;
}
function planShards(durations, options) {
  checkShardCount(options.shards);
  const splitAbove = options.splitAbove ?? DEFAULT_SPLIT_ABOVE;
  if (!(splitAbove >= 0 && splitAbove <= 1)) {
    throw new InputError(`splitAbove must be between 0 and 1, got ${splitAbove}`);
  }
  const unitSeconds = options.unitSeconds ?? 0;
  const workers = options.workers ?? 1;
  if (!(Number.isFinite(unitSeconds) && unitSeconds >= 0)) {
    throw new InputError(`unitSeconds must be a number >= 0, got ${unitSeconds}`);
  }
  if (!(Number.isInteger(workers) && workers >= 1)) {
    throw new InputError(`workers must be a whole number of at least 1, got ${workers}`);
  }
  const { items, total } = itemsOf(durations, options);
  const bins = assignLpt(items, options.shards, unitSeconds, workers);
  let longest = 0;
  for (const seconds2 of durations.values()) longest = Math.max(longest, seconds2);
  const shards = bins.map((bin, index) => {
    const tests = bin.flatMap((item) => item.tests).sort(compareStrings);
    let estimated = 0;
    for (const id of tests) estimated += durations.get(id);
    const units = new Set(bin.map((item) => item.unit)).size;
    return { index, tests, estimated, catchAll: false, units };
  });
  let catchAll = 0;
  for (const shard of shards) if (shard.estimated < shards[catchAll].estimated) catchAll = shard.index;
  shards[catchAll].catchAll = true;
  let makespan = 0;
  for (const s of shards) makespan = Math.max(makespan, s.estimated);
  return { shards, total, longest, lowerBound: Math.max(total / options.shards, longest), makespan };
}
function autoShardCount(options) {
  const { total, longest, targetSeconds, overheadSeconds } = options;
  const max = options.max ?? MAX_MATRIX_JOBS;
  const fields = [
    ["total", total],
    ["longest", longest],
    ["targetSeconds", targetSeconds],
    ["overheadSeconds", overheadSeconds]
  ];
  for (const [name, value] of fields) {
    if (!Number.isFinite(value) || value < 0)
      throw new InputError(`${name} must be a number >= 0, got ${value}`);
  }
  checkShardCount(max);
  if (total <= 0) return 1;
  const useful = longest > 0 ? Math.max(1, Math.ceil(total / longest)) : max;
  const cap = Math.min(max, useful);
  const budget = targetSeconds - overheadSeconds;
  if (budget <= 0) return cap;
  let n2 = Math.max(1, Math.min(cap, Math.floor(total / budget)));
  while (n2 < cap && total / n2 + overheadSeconds > targetSeconds) n2++;
  return n2;
}
var MAX_MATRIX_JOBS, DEFAULT_SPLIT_ABOVE;
var init_shard = __esm({
  "src/plan/shard.ts"() {
    "use strict";
    init_errors();
    init_order();
    init_test_ids();
    MAX_MATRIX_JOBS = 256;
    DEFAULT_SPLIT_ABOVE = 0.25;
  }
});

// src/plan/cost-model.ts
function jobSampleOf(job, durations, style) {
  const wallSeconds = (Date.parse(job.end) - Date.parse(job.start)) / 1e3;
  if (!(Number.isFinite(wallSeconds) && wallSeconds > 0) || durations.size === 0) return void 0;
  let testSeconds = 0;
  const units = /* @__PURE__ */ new Set();
  for (const [id, seconds2] of durations) {
    testSeconds += seconds2;
    units.add(unitOf(style, id));
  }
  return { wallSeconds, testSeconds, units: units.size, workers: Math.max(1, job.workers) };
}
function fitCostModel(samples) {
  const usable = samples.filter(
    (s) => Number.isFinite(s.wallSeconds) && Number.isFinite(s.testSeconds) && s.wallSeconds > 0 && s.testSeconds >= 0 && s.units >= 0 && s.workers >= 1
  );
  if (usable.length === 0) return void 0;
  const xs = usable.map((s) => s.units);
  const rs = usable.map((s) => s.wallSeconds - s.testSeconds / s.workers);
  const n2 = usable.length;
  const meanX = xs.reduce((a2, b2) => a2 + b2, 0) / n2;
  const meanR = rs.reduce((a2, b2) => a2 + b2, 0) / n2;
  let sxx = 0;
  let sxr = 0;
  for (let i = 0; i < n2; i++) {
    sxx += (xs[i] - meanX) ** 2;
    sxr += (xs[i] - meanX) * (rs[i] - meanR);
  }
  let b = sxx > 0 ? sxr / sxx : 0;
  let a = meanR - b * meanX;
  if (b < 0) {
    b = 0;
    a = meanR;
  }
  if (a < 0) {
    a = 0;
    let x2 = 0;
    let xr = 0;
    for (let i = 0; i < n2; i++) {
      x2 += xs[i] ** 2;
      xr += xs[i] * rs[i];
    }
    b = x2 > 0 ? Math.max(0, xr / x2) : 0;
  }
  return { startupSeconds: a, unitSeconds: b, source: "fitted", jobs: n2 };
}
function unitNoun(style) {
  return style === "pytest" ? "files" : "classes";
}
function modelMakespan(plan2, model, workers) {
  let longest = 0;
  for (const shard of plan2.shards) {
    longest = Math.max(
      longest,
      model.startupSeconds + model.unitSeconds * shard.units + shard.estimated / workers
    );
  }
  return longest;
}
function planWithModel(durations, options) {
  const { model, workers } = options;
  if (!(Number.isFinite(model.startupSeconds) && model.startupSeconds >= 0))
    throw new InputError(`startupSeconds must be a number >= 0, got ${model.startupSeconds}`);
  const candidates = ["tests", "units"].map((granularity) => {
    const plan2 = planShards(durations, {
      shards: options.shards,
      style: options.style,
      splitAbove: SPLIT_ABOVE[granularity],
      unitSeconds: model.unitSeconds,
      workers
    });
    return { granularity, plan: plan2, makespan: modelMakespan(plan2, model, workers) };
  });
  let best = candidates[0];
  if (model.unitSeconds > 0) {
    for (const c of candidates) if (c.makespan < best.makespan) best = c;
  }
  return {
    plan: best.plan,
    granularity: best.granularity,
    compared: candidates.map(({ granularity, makespan }) => ({ granularity, makespan }))
  };
}
var NO_COST, UNIT_SPLIT_ABOVE, SPLIT_ABOVE;
var init_cost_model = __esm({
  "src/plan/cost-model.ts"() {
    "use strict";
    init_errors();
    init_shard();
    init_test_ids();
    NO_COST = { startupSeconds: 0, unitSeconds: 0, source: "none" };
    UNIT_SPLIT_ABOVE = 1;
    SPLIT_ABOVE = { tests: 0, units: UNIT_SPLIT_ABOVE };
  }
});

// src/plan/explain.ts
function span(cores) {
  if (cores.length === 0) return "";
  return cores.length === 1 ? `core  ${cores[0]}` : `cores ${cores[0]}-${cores[cores.length - 1]}`;
}
function pad(rows) {
  const widths = rows[0].map(() => 0);
  for (const r of rows) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], (r[i] ?? "").length);
  }
  return rows.map(
    (r) => r.map((c, i) => i === r.length - 1 ? c : c.padEnd(widths[i])).join("  ").trimEnd()
  );
}
function minutes(seconds2) {
  return seconds2 < 60 ? `${seconds2.toFixed(0)} s` : `${(seconds2 / 60).toFixed(1)} min`;
}
function costSource(s) {
  switch (s.cost.source) {
    case "config":
      return "declared (file-setup-seconds)";
    case "fitted":
      return `fitted from ${s.cost.jobs} earlier job${s.cost.jobs === 1 ? "" : "s"}`;
    case "none":
      return "no evidence: 0";
  }
}
function splitLines(s) {
  const noun = unitNoun(idStyleOf(s.framework));
  const name = (g) => g === "tests" ? "single tests" : `whole ${noun}`;
  const compared = s.compared.map((c) => `${name(c.granularity)} ${c.makespan.toFixed(1)} s`).join(", ");
  const why = s.cost.unitSeconds > 0 ? `the shorter modelled longest shard of ${compared}` : `no setup per ${noun === "files" ? "file" : "class"}, so nothing to gain from keeping them whole (${compared})`;
  return [
    `  ${s.suite}: setup ${s.cost.unitSeconds.toFixed(2)} s per ${noun === "files" ? "file" : "class"} (${costSource(s)}), start-up ${s.cost.startupSeconds.toFixed(1)} s, ${s.workers} worker${s.workers === 1 ? "" : "s"} a job`,
    `  ${s.suite}: split by ${name(s.granularity)}: ${why}`
  ];
}
function renderPlanExplanation(plan2) {
  const a = plan2.allocation;
  const out2 = [`Host: ${a.host.cores} cores`];
  const rows = [];
  if (a.reserved.length > 0) rows.push([span(a.reserved), "system", "reserved (system and Docker)"]);
  for (const s of a.suites) {
    const workers = `${s.workers} worker${s.workers === 1 ? "" : "s"}`;
    const what = s.shared ? `${workers}, shares its core` : workers;
    rows.push([span(s.cores.slice(0, s.workers)), s.suite, what]);
    if (s.overflow > 0) rows.push([span(s.cores.slice(s.workers)), s.suite, "overflow"]);
  }
  if (a.spare.length > 0) rows.push([span(a.spare), "spare", ""]);
  for (const line of pad(rows)) out2.push(`  ${line}`);
  out2.push("", "GitHub matrix:");
  const table2 = [
    ["suite", "runner", "cores", "jobs", "workers/job", "shards", "tests", "longest shard", "lower bound"]
  ];
  for (const s of plan2.suites) {
    const tests = s.shards.shards.reduce((n2, sh) => n2 + sh.tests.length, 0);
    table2.push([
      s.suite,
      s.runner.runner.labels.join(","),
      String(s.runner.runner.cores),
      String(s.runner.jobs),
      String(s.workers),
      String(s.shards.shards.length),
      tests === 0 ? "all" : String(tests),
      tests === 0 ? "-" : s.timed ? minutes(s.shards.makespan) : "unknown",
      tests === 0 ? "-" : s.timed ? minutes(s.shards.lowerBound) : "unknown"
    ]);
  }
  for (const line of pad(table2)) out2.push(`  ${line}`);
  const matched = plan2.suites.filter((s) => s.matched + s.estimated > 0);
  if (matched.length > 0) {
    out2.push("", "Timings:");
    for (const s of matched) {
      out2.push(
        `  ${s.suite}: ${s.matched} tests timed, ${s.estimated} estimated (new), ${s.dropped} no longer listed`
      );
      if (s.zeros > 0)
        out2.push(`  ${s.suite}: ${s.zeros} recorded as 0 s, each counted at the suite's floor`);
    }
  }
  const split = plan2.suites.filter((s) => s.timed && s.shards.shards.length > 1);
  if (split.length > 0) {
    out2.push("", "Split (per shard: start-up + setup per distinct unit + tests / workers):");
    for (const s of split) out2.push(...splitLines(s));
  }
  if (plan2.warnings.length > 0) out2.push("", "Warnings:", ...plan2.warnings.map((w) => `  ${w}`));
  return `${out2.join("\n")}
`;
}
var init_explain = __esm({
  "src/plan/explain.ts"() {
    "use strict";
    init_cost_model();
    init_test_ids();
  }
});

// src/plan/allocate.ts
function budgets(suites, available) {
  const explicit = suites.map((s) => s.cores ?? (typeof s.workers === "number" ? s.workers : void 0));
  const left = available - explicit.reduce((sum, c) => sum + (c ?? 0), 0);
  const autos = explicit.filter((c) => c === void 0).length;
  const share = autos > 0 ? Math.max(1, Math.floor(left / autos)) : 0;
  return suites.map((s, i) => {
    const cores = explicit[i] ?? share;
    return { cores, workers: typeof s.workers === "number" ? s.workers : cores };
  });
}
function proportional(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => sum === 0 ? total / weights.length : total * w / sum);
  const parts = quotas.map((q) => Math.max(1, Math.floor(q)));
  let diff = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (let k = 0; diff > 0; k++, diff--) parts[byRemainder[k % byRemainder.length].i]++;
  while (diff < 0) {
    let j = -1;
    for (let i = 0; i < parts.length; i++) if (parts[i] > 1 && (j === -1 || parts[i] >= parts[j])) j = i;
    parts[j]--;
    diff++;
  }
  return parts;
}
function scaleWorkers(requested, budget, cores) {
  if (requested === "auto") return cores;
  return Math.min(cores, Math.max(1, Math.round(budget.workers * cores / budget.cores)));
}
function allocateCores(suites, reference, cores = reference.cores) {
  const n2 = suites.length;
  const wanted = budgets(suites, reference.cores - reference.reserved - reference.spare);
  const spare = Math.min(reference.spare, Math.max(0, cores - reference.reserved - n2));
  const reserved = Math.min(reference.reserved, Math.max(0, cores - n2));
  const available = cores - reserved - spare;
  const host = { cores, reserved, spare };
  const reservedCores = range(0, reserved);
  const spareCores = range(cores - spare, spare);
  if (available < n2) {
    return {
      host,
      reserved: reservedCores,
      spare: spareCores,
      suites: suites.map((s, i) => ({
        suite: s.name,
        cores: [reserved + i % Math.max(1, available)],
        workers: 1,
        overflow: 0,
        shared: true
      }))
    };
  }
  const same = cores === reference.cores && wanted.reduce((sum, w) => sum + w.cores, 0) <= available;
  const counts = same ? wanted.map((w) => w.cores) : proportional(
    available,
    wanted.map((w) => w.cores)
  );
  let next = reserved;
  return {
    host,
    reserved: reservedCores,
    spare: spareCores,
    suites: suites.map((s, i) => {
      const count2 = counts[i];
      const workers = same ? Math.min(count2, wanted[i].workers) : scaleWorkers(s.workers, wanted[i], count2);
      const allocation = {
        suite: s.name,
        cores: range(next, count2),
        workers,
        overflow: count2 - workers,
        shared: false
      };
      next += count2;
      return allocation;
    })
  };
}
function workersPerJob(workers, runnerCores, jobs) {
  return Math.min(runnerCores, Math.max(1, Math.ceil(workers / jobs)));
}
function chooseRunner(budget, runners) {
  const bySize = [...runners].sort((a, b) => a.cores - b.cores);
  const fitting = bySize.filter((r) => r.cores <= budget.cores);
  const runner = fitting[fitting.length - 1] ?? bySize[0];
  const jobs = Math.max(1, Math.ceil(budget.cores / runner.cores));
  return {
    runner,
    jobs,
    workersPerJob: workersPerJob(budget.workers, runner.cores, jobs)
  };
}
var range;
var init_allocate = __esm({
  "src/plan/allocate.ts"() {
    "use strict";
    range = (start, count2) => Array.from({ length: count2 }, (_, i) => start + i);
  }
});

// src/plan/plan.ts
function shardCount(suite, input, runner, estimate, cost, warnings) {
  const wanted = wantedShards(suite, input, runner, estimate, cost, warnings);
  checkShardCount2(suite, input, wanted);
  const tests = estimate.durations.size;
  if (tests > 0 && wanted > tests) {
    warnings.push(
      `suite "${suite.name}": ${wanted} shards for ${tests} tests; planned ${tests}, one test each`
    );
    return tests;
  }
  return wanted;
}
function checkShardCount2(suite, input, wanted) {
  const limit = input.local ? MAX_LOCAL_SHARDS : MAX_MATRIX_JOBS;
  if (wanted <= limit) return;
  const asked = input.shards !== void 0 ? `${wanted} shards were asked for every suite` : `${input.config.file}:${suite.line}: suite "${suite.name}" asks for ${wanted} shards`;
  throw new InputError(
    input.local ? `${asked}; a local plan has at most ${MAX_LOCAL_SHARDS} shards a suite` : `${asked}; a GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs (plan with --local for shards run elsewhere)`
  );
}
function wantedShards(suite, input, runner, estimate, cost, warnings) {
  const durations = estimate.durations;
  if (input.shards !== void 0) return input.shards;
  if (durations.size === 0) {
    if (suite.shards !== 1 && !(suite.shards === "auto" && runner.jobs === 1)) {
      warnings.push(
        `suite "${suite.name}": no timings and no test list, so its tests cannot be split; it runs as one shard`
      );
    }
    return 1;
  }
  if (suite.shards !== "auto") return suite.shards;
  if (!estimate.timed) return runner.jobs;
  let total = 0;
  let longest = 0;
  const units = /* @__PURE__ */ new Set();
  const style = idStyleOf(suite.framework);
  for (const [id, seconds2] of durations) {
    total += seconds2;
    longest = Math.max(longest, seconds2);
    if (cost.unitSeconds > 0) units.add(unitOf(style, id));
  }
  const byTime = autoShardCount({
    total: total + cost.unitSeconds * units.size,
    longest: longest + cost.unitSeconds,
    targetSeconds: suite.targetMinutes * 60,
    overheadSeconds: (input.jobOverheadSeconds ?? DEFAULT_JOB_OVERHEAD_SECONDS) + cost.startupSeconds
  });
  return Math.min(MAX_MATRIX_JOBS, Math.max(byTime, runner.jobs));
}
function costModelOf(suite, jobs) {
  const fitted = fitCostModel(jobs);
  if (suite.fileSetupSeconds !== void 0) {
    return {
      startupSeconds: fitted?.startupSeconds ?? 0,
      unitSeconds: suite.fileSetupSeconds,
      source: "config"
    };
  }
  return fitted ?? NO_COST;
}
function shardPath(dir, suite, index) {
  return `${dir.replace(/\/+$/, "")}/${suite}/shard-${index + 1}.txt`;
}
function planRun(input) {
  const { config } = input;
  const reference = {
    cores: config.host.cores ?? input.hostCores,
    reserved: config.host.reserved,
    spare: config.host.spare
  };
  const allocation = allocateCores(config.suites, reference, input.hostCores);
  const wanted = budgets(config.suites, reference.cores - reference.reserved - reference.spare);
  const warnings = [];
  const suites = [];
  const include = [];
  const files = [];
  config.suites.forEach((suite, i) => {
    const style = idStyleOf(suite.framework);
    const runner = chooseRunner(wanted[i], config.runners);
    const history = input.timings.get(suite.name) ?? [];
    const tests = input.tests.get(suite.name);
    const estimate = estimateDurations(smoothHistory(history), tests ? { tests, style } : { style });
    for (const w of estimate.warnings) warnings.push(`suite "${suite.name}": ${w}`);
    const cost = costModelOf(suite, input.jobs?.get(suite.name) ?? []);
    const count2 = shardCount(suite, input, runner, estimate, cost, warnings);
    if (typeof suite.shards === "number" && input.shards === void 0 && count2 < runner.jobs) {
      warnings.push(
        `suite "${suite.name}": ${count2} shard(s) on ${runner.runner.cores}-core runners use less than its ${wanted[i].cores}-core budget (${runner.jobs} jobs would)`
      );
    }
    const workers = workersPerJob(wanted[i].workers, runner.runner.cores, count2);
    const choice = planWithModel(estimate.durations, { shards: count2, style, model: cost, workers });
    const shards = choice.plan;
    suites.push({
      suite: suite.name,
      framework: suite.framework,
      runner,
      workers,
      shards,
      matched: estimate.matched,
      estimated: estimate.estimated,
      dropped: estimate.dropped,
      zeros: estimate.zeros,
      timed: estimate.timed,
      cost,
      granularity: choice.granularity,
      compared: choice.compared
    });
    for (const shard of shards.shards) {
      const path26 = shardPath(input.shardDir, suite.name, shard.index);
      files.push(
        shard.catchAll ? {
          path: path26,
          suite: suite.name,
          mode: "exclude",
          tests: shards.shards.filter((s) => s !== shard).flatMap((s) => s.tests)
        } : { path: path26, suite: suite.name, mode: "include", tests: shard.tests }
      );
      include.push({
        suite: suite.name,
        framework: suite.framework,
        shard: shard.index + 1,
        shards: shards.shards.length,
        workers,
        cores: runner.runner.cores,
        "runs-on": runner.runner.labels,
        "timeout-minutes": suite.timeoutMinutes,
        "catch-all": shard.catchAll,
        tests: shard.tests.length,
        "estimated-seconds": estimate.timed ? Math.round(shard.estimated * 10) / 10 : null,
        "tests-file": path26
      });
    }
  });
  if (include.length > MAX_MATRIX_JOBS && !input.local) {
    const counts = suites.map((s) => `${s.suite} ${s.shards.shards.length}`).join(", ");
    throw new InputError(
      `${config.file}: the matrix would have ${include.length} jobs (${counts}); GitHub runs at most ${MAX_MATRIX_JOBS} from one matrix: give the suites fewer shards (or plan with --local for shards run elsewhere)`
    );
  }
  return { allocation, suites, matrix: { include }, files, warnings };
}
var MAX_LOCAL_SHARDS, DEFAULT_JOB_OVERHEAD_SECONDS;
var init_plan = __esm({
  "src/plan/plan.ts"() {
    "use strict";
    init_errors();
    init_allocate();
    init_cost_model();
    init_durations();
    init_shard();
    init_test_ids();
    MAX_LOCAL_SHARDS = 1e5;
    DEFAULT_JOB_OVERHEAD_SECONDS = 90;
  }
});

// src/plan/plan-json.ts
function toPlanJson(plan2) {
  return {
    matrix: plan2.matrix,
    suites: plan2.suites.map((s) => ({
      suite: s.suite,
      runner: s.runner.runner.labels,
      jobs: s.runner.jobs,
      "workers-per-job": s.workers,
      shards: s.shards.shards.length,
      matched: s.matched,
      estimated: s.estimated,
      dropped: s.dropped,
      "total-seconds": roundMs(s.shards.total),
      "lower-bound-seconds": roundMs(s.shards.lowerBound),
      "makespan-seconds": roundMs(s.shards.makespan)
    })),
    allocation: plan2.allocation.suites.map((s) => ({
      suite: s.suite,
      cores: s.cores,
      workers: s.workers,
      overflow: s.overflow
    })),
    warnings: plan2.warnings
  };
}
var init_plan_json = __esm({
  "src/plan/plan-json.ts"() {
    "use strict";
    init_order();
  }
});

// src/run/selection.ts
function normaliseIds(tests) {
  for (const id of tests) {
    if (id === "") throw new InputError("a test id in a selection is empty");
    if (/[\r\n]/.test(id))
      throw new InputError(`a test id in a selection contains a line break: ${JSON.stringify(id)}`);
  }
  return [...new Set(tests)].sort();
}
function renderSelectionFile(selection) {
  const ids = normaliseIds(selection.tests);
  return [HEADER + selection.mode, ...ids].join("\n") + "\n";
}
function pytestArgs(options) {
  const { workers } = options;
  if (workers !== "auto" && !(Number.isInteger(workers) && workers >= 1)) {
    throw new InputError(`pytest workers must be a whole number from 1 or 'auto', not ${String(workers)}`);
  }
  const args = ["-p", PYTEST_PLUGIN];
  if (workers !== 1) args.push("-n", String(workers));
  args.push(`--junitxml=${options.junitFile}`, "-o", "junit_family=xunit1", ...options.extra ?? []);
  const pythonPath = options.pythonPath ? options.pluginDir + (options.pathDelimiter ?? ":") + options.pythonPath : options.pluginDir;
  return { args, env: { PYTHONPATH: pythonPath, [SELECTION_ENV]: options.selectionFile } };
}
function escapeDotnetFilterValue(value) {
  return value.replace(/[\\()&|=!~]/g, "\\$&").replace(/[%,;]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function dotnetFilters(selection, options = {}) {
  return buildFilters("FullyQualifiedName", normaliseIds(selection.tests), selection.mode, options);
}
function buildFilters(property, ids, mode, options) {
  const maxLength = options.maxLength ?? DEFAULT_MAX_FILTER_LENGTH;
  if (ids.length === 0) return mode === "include" ? [] : [""];
  const operator = mode === "include" ? "=" : "!=";
  const terms = ids.map((id) => property + operator + escapeDotnetFilterValue(id));
  if (mode === "exclude") {
    const filter = terms.join("&");
    if (filter.length > maxLength) {
      throw new InputError(
        `the catch-all .NET shard excludes ${ids.length} tests listed in other shards, a --filter of ${filter.length} characters (at most ${maxLength}); an exclusion cannot be split across dotnet test runs, so the catch-all shard for .NET must be planned with fewer tests listed in the other shards`
      );
    }
    return [filter];
  }
  const filters = [];
  let current = "";
  for (const term of terms) {
    if (term.length > maxLength) {
      throw new InputError(
        `a .NET test filter term is ${term.length} characters, over ${maxLength}: ${term}`
      );
    }
    if (current === "") current = term;
    else if (current.length + 1 + term.length <= maxLength) current += "|" + term;
    else {
      filters.push(current);
      current = term;
    }
  }
  filters.push(current);
  return filters;
}
function parseSelectionFile(text3, file) {
  const lines = text3.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  const header = lines[0] ?? "";
  const mode = header.startsWith(HEADER) ? header.slice(HEADER.length) : void 0;
  if (mode !== "include" && mode !== "exclude") {
    throw new InputError(
      `${file}:1: not a selection file (its first line must be "${HEADER}include" or "${HEADER}exclude"; plan writes these)`
    );
  }
  return { mode, tests: lines.slice(1).filter((l) => l !== "") };
}
var PYTEST_PLUGIN, SELECTION_ENV, HEADER, DEFAULT_MAX_FILTER_LENGTH;
var init_selection = __esm({
  "src/run/selection.ts"() {
    "use strict";
    init_errors();
    PYTEST_PLUGIN = "parallel_tests_select";
    SELECTION_ENV = "PARALLEL_TESTS_SELECTION";
    HEADER = "# parallel-tests selection: ";
    DEFAULT_MAX_FILTER_LENGTH = 7e3;
  }
});

// src/commands/plan.ts
var plan_exports = {};
__export(plan_exports, {
  runPlan: () => runPlan
});
import { mkdir as mkdir5, open as open2, readdir as readdir4, rm as rm3, stat as stat5, writeFile as writeFile5 } from "node:fs/promises";
import os2 from "node:os";
import path10 from "node:path";
function checkSuite(config, suite, arg) {
  if (suite !== void 0 && !config.suites.some((s) => s.name === suite)) {
    throw new InputError(
      `"${arg}": no suite "${suite}" in ${config.file} (suites: ${config.suites.map((s) => s.name).join(", ")})`
    );
  }
}
async function startsWithBrace(file) {
  try {
    if (!(await stat5(file)).isFile()) return false;
    const handle = await open2(file, "r");
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
      return buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").trimStart().startsWith("{");
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}
async function readTimings(arg, config, cwd, warnings, jobs) {
  const { suite, target } = splitAssignment(arg);
  checkSuite(config, suite, arg);
  let entries;
  const literal = path10.resolve(cwd, target);
  if (await startsWithBrace(literal)) {
    entries = parseTestDurations(await readText(literal, "timings"), target);
  } else {
    const collected = await collectResults([target], { cwd, jobRecords: true });
    if (collected.unmatched.length > 0) throw new InputError(`timings "${target}": no file matches`);
    const broken2 = collected.files.filter((f) => f.error !== void 0);
    const unread = broken2.filter((f) => f.cases.length === 0);
    if (unread.length > 0 && unread.length === collected.files.length) {
      throw new InputError(
        `timings "${target}": ${unread.map((f) => `${f.path}: ${f.error}`).join("; ")} (expected JUnit/TRX result files or a pytest-split durations JSON object)`
      );
    }
    for (const f of broken2) warnings.push(`timings ${f.path}: ${f.error} (what it held still counts)`);
    const framework = suite && idStyleOf(config.suites.find((s) => s.name === suite).framework);
    entries = snapshotOf(collected.files, framework || void 0);
    addJobSamples(collected, config, cwd, jobs);
  }
  if (suite !== void 0) return /* @__PURE__ */ new Map([[suite, entries]]);
  const { bySuite, unassigned } = splitBySuite(entries, config.suites);
  if (unassigned > 0)
    warnings.push(`timings "${target}": ${unassigned} test ids fit no suite (give SUITE=${target})`);
  return bySuite;
}
function addJobSamples(collected, config, cwd, jobs) {
  if (collected.jobs.length === 0) return;
  const byPath = /* @__PURE__ */ new Map();
  for (const f of collected.files) if (f.cases.length > 0) byPath.set(path10.resolve(cwd, f.path), f);
  for (const job of collected.jobs) {
    const suite = config.suites.find((s) => s.name === job.record.suite);
    if (suite === void 0 || job.record.error !== void 0) continue;
    const folder = path10.resolve(cwd, path10.dirname(job.path));
    const mine = new Set(job.record.results.map((r) => path10.resolve(folder, r)));
    const files = [...mine].flatMap((file) => byPath.get(file) ?? []);
    if (files.length === 0) continue;
    const style = idStyleOf(suite.framework);
    const sample = jobSampleOf(job.record, durationsFromResults(files, style), style);
    if (sample === void 0) continue;
    const list2 = jobs.get(suite.name);
    if (list2) list2.push(sample);
    else jobs.set(suite.name, [sample]);
  }
}
async function readTestLists(args, config, cwd, warnings) {
  const lists = /* @__PURE__ */ new Map();
  for (const arg of args) {
    const { suite, target } = splitAssignment(arg);
    checkSuite(config, suite, arg);
    const ids = testIdsOf(await readText(path10.resolve(cwd, target), "test list"));
    const bySuite = suite ? /* @__PURE__ */ new Map([[suite, new Map(ids.map((id) => [id, true]))]]) : splitBySuite(
      ids.map((id) => [id, true]),
      config.suites
    ).bySuite;
    if (!suite) {
      const placed = [...bySuite.values()].reduce((n2, m) => n2 + m.size, 0);
      if (placed < ids.length)
        warnings.push(
          `test list "${target}": ${ids.length - placed} ids fit no suite (give SUITE=${target})`
        );
    }
    for (const [name, map] of bySuite) lists.set(name, [...lists.get(name) ?? [], ...map.keys()]);
  }
  return lists;
}
async function clearShardFiles(dir, suites) {
  for (const suite of suites) {
    let names;
    try {
      names = await readdir4(path10.join(dir, suite));
    } catch {
      continue;
    }
    for (const name of names)
      if (/^shard-\d+\.txt$/.test(name)) await rm3(path10.join(dir, suite, name), { force: true });
  }
}
async function runPlan(settings) {
  const { config } = await loadConfig(settings.cwd, settings.configPath);
  const warnings = [];
  let restored;
  const timings = /* @__PURE__ */ new Map();
  const add2 = (bySuite) => {
    for (const [suite, durations] of bySuite) {
      const list2 = timings.get(suite);
      if (list2) list2.push(durations);
      else timings.set(suite, [durations]);
    }
  };
  if (settings.history !== void 0) {
    const hit = await settings.history.restore();
    restored = hit ?? null;
    const history = await readHistory(settings.history.file, (message) => warnings.push(message));
    for (const snapshot of history) add2(splitBySuite(snapshot, config.suites).bySuite);
  }
  const jobs = /* @__PURE__ */ new Map();
  for (const arg of settings.timings) add2(await readTimings(arg, config, settings.cwd, warnings, jobs));
  const tests = await readTestLists(settings.tests, config, settings.cwd, warnings);
  const hostCores = settings.hostCores ?? config.host.cores ?? os2.availableParallelism();
  const plan2 = planRun({
    config,
    hostCores,
    timings,
    tests,
    jobs,
    shardDir: settings.shardDir,
    ...settings.shards !== void 0 ? { shards: settings.shards } : {},
    ...settings.local ? { local: true } : {}
  });
  plan2.warnings = [...warnings, ...plan2.warnings];
  await clearShardFiles(
    path10.resolve(settings.cwd, settings.shardDir),
    config.suites.map((s) => s.name)
  );
  for (const file of plan2.files) {
    const target = path10.resolve(settings.cwd, file.path);
    await mkdir5(path10.dirname(target), { recursive: true });
    await writeFile5(target, renderSelectionFile({ mode: file.mode, tests: file.tests }));
  }
  return {
    plan: plan2,
    explanation: renderPlanExplanation(plan2),
    json: toPlanJson(plan2),
    ...restored !== void 0 ? { restored } : {}
  };
}
var init_plan2 = __esm({
  "src/commands/plan.ts"() {
    "use strict";
    init_load();
    init_errors();
    init_assign();
    init_cost_model();
    init_durations();
    init_explain();
    init_plan();
    init_plan_json();
    init_test_ids();
    init_collect();
    init_selection();
    init_history2();
  }
});

// node_modules/@balena/dockerignore/ignore.js
var require_ignore = __commonJS({
  "node_modules/@balena/dockerignore/ignore.js"(exports, module) {
    "use strict";
    var path26 = __require("path");
    var factory = (options) => new IgnoreBase(options);
    factory.default = factory;
    module.exports = factory;
    function make_array(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var REGEX_TRAILING_SLASH = /(?<=.)\/$/;
    var REGEX_TRAILING_BACKSLASH = /(?<=.)\\$/;
    var REGEX_TRAILING_PATH_SEP = path26.sep === "\\" ? REGEX_TRAILING_BACKSLASH : REGEX_TRAILING_SLASH;
    var KEY_IGNORE = typeof Symbol !== "undefined" ? /* @__PURE__ */ Symbol.for("dockerignore") : "dockerignore";
    function cleanPath2(file) {
      return path26.normalize(file).replace(REGEX_TRAILING_PATH_SEP, "");
    }
    function toSlash(file) {
      if (path26.sep === "/") {
        return file;
      }
      return file.replace(/\\/g, "/");
    }
    function fromSlash(file) {
      if (path26.sep === "/") {
        return file;
      }
      return file.replace(/\//g, path26.sep);
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
        return make_array(paths).filter((path27) => this._filter(path27));
      }
      createFilter() {
        return (path27) => this._filter(path27);
      }
      ignores(path27) {
        return !this._filter(path27);
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
          pattern = cleanPath2(pattern);
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
        pattern = cleanPath2(pattern);
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
          dirs: pattern.split(path26.sep),
          negative
        };
      }
      // @returns `Boolean` true if the `path` is NOT ignored
      _filter(path27) {
        if (!path27) {
          return false;
        }
        if (path27 in this._cache) {
          return this._cache[path27];
        }
        return this._cache[path27] = this._test(path27);
      }
      // @returns {Boolean} true if a file is NOT ignored
      // https://github.com/moby/moby/blob/v19.03.8/pkg/fileutils/fileutils.go#L62
      _test(file) {
        file = fromSlash(file);
        const parentPath = cleanPath2(path26.dirname(file));
        const parentPathDirs = parentPath.split(path26.sep);
        let matched = false;
        this._rules.forEach((rule) => {
          let match = this._match(file, rule);
          if (!match && parentPath !== ".") {
            if (rule.dirs.includes("**")) {
              for (let i = rule.dirs.filter((x) => x !== "**").length; i <= parentPathDirs.length; i++) {
                match = match || this._match(parentPathDirs.slice(0, i).join(path26.sep), rule);
              }
            } else if (rule.dirs.length <= parentPathDirs.length) {
              match = this._match(parentPathDirs.slice(0, rule.dirs.length).join(path26.sep), rule);
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
        let escapedSlash = path26.sep === "\\" ? "\\\\" : path26.sep;
        for (let i = 0; i < rule.pattern.length; i++) {
          const ch = rule.pattern[i];
          if (ch === "*") {
            if (rule.pattern[i + 1] === "*") {
              i++;
              if (rule.pattern[i + 1] === path26.sep) {
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
            if (path26.sep === "\\") {
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

// src/image/key.ts
import { createHash as createHash2 } from "node:crypto";
function normaliseMode(mode) {
  const type = mode & TYPE_MASK;
  if (type === REGULAR || type === 0) return REGULAR | (mode & 64 ? 493 : 420);
  return type;
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
  const digest = createHash2("sha256").update(canonical).digest("hex").slice(0, DIGEST_HEX_LENGTH);
  return `${KEY_PREFIX3}${safeImageName(input.name)}-${digest}`;
}
var KEY_FORMAT_VERSION, KEY_PREFIX3, MAX_NAME_LENGTH, DIGEST_HEX_LENGTH, TYPE_MASK, REGULAR;
var init_key = __esm({
  "src/image/key.ts"() {
    "use strict";
    init_errors();
    init_order();
    KEY_FORMAT_VERSION = 1;
    KEY_PREFIX3 = `parallel-tests-image-v${KEY_FORMAT_VERSION}-`;
    MAX_NAME_LENGTH = 64;
    DIGEST_HEX_LENGTH = 40;
    TYPE_MASK = 61440;
    REGULAR = 32768;
  }
});

// src/image/context.ts
import { createHash as createHash3 } from "node:crypto";
import fs from "node:fs";
import { readdir as readdir5, readFile as readFile5, readlink } from "node:fs/promises";
import path11 from "node:path";
function readError(what, err2) {
  const code = err2?.code;
  const detail = err2 instanceof Error ? err2.message : String(err2);
  const message = `cannot read ${what} of the docker build context: ${detail}`;
  return code === "EACCES" || code === "EPERM" ? new InputError(message) : new InfrastructureError(message);
}
async function readDockerignore(dir) {
  try {
    return await readFile5(path11.join(dir, DOCKERIGNORE), "utf8");
  } catch (err2) {
    const code = err2.code;
    if (code === "ENOENT" || code === "ENOTDIR") return "";
    throw readError(DOCKERIGNORE, err2);
  }
}
function dockerfileInContext(dir, dockerfile) {
  const rel = path11.relative(path11.resolve(dir), path11.resolve(dir, dockerfile));
  if (rel === "" || rel === ".." || rel.startsWith(`..${path11.sep}`) || path11.isAbsolute(rel)) return null;
  return rel.split(path11.sep).join("/");
}
function createFilter(text3, always) {
  const rules = import_dockerignore.default.default({ ignorecase: false }).add(text3);
  const exceptions = text3.includes("!");
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
      dirents = await readdir5(path11.join(dir, rel), { withFileTypes: true });
    } catch (err2) {
      const code = err2.code;
      if (rel === "" && (code === "ENOENT" || code === "ENOTDIR")) {
        throw new InputError(`the docker build context ${dir} is not a directory that exists`);
      }
      throw readError(rel === "" ? `the directory ${dir}` : `the directory ${rel}`, err2);
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
  return new Promise((resolve3, reject) => {
    fs.open(file, "r", (openError, fd) => {
      if (openError) return reject(openError);
      const finish = (error, hashed) => fs.close(fd, (closeError) => {
        const failure2 = error ?? closeError;
        if (failure2) reject(failure2);
        else resolve3(hashed);
      });
      fs.fstat(fd, (statError, stats) => {
        if (statError) return finish(statError);
        const hash = createHash3("sha256");
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
    return { path: rel, ...await hashFile(path11.join(dir, rel), buffer) };
  } catch (err2) {
    throw readError(`the file ${rel}`, err2);
  }
}
async function hashLink(dir, rel) {
  let target;
  try {
    target = await readlink(path11.join(dir, rel));
  } catch (err2) {
    throw readError(`the symlink ${rel}`, err2);
  }
  const bytes = Buffer.from(target, "utf8");
  return {
    path: rel,
    mode: S_IFLNK,
    size: bytes.length,
    sha256: createHash3("sha256").update(bytes).digest("hex")
  };
}
async function hashAll(dir, entries, concurrency) {
  const results = new Array(entries.length);
  let next = 0;
  let failed2 = false;
  const worker = async () => {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    while (!failed2 && next < entries.length) {
      const index = next++;
      const entry = entries[index];
      try {
        if (entry.kind === "file") results[index] = await hashRegular(dir, entry.path, buffer);
        else if (entry.kind === "link") results[index] = await hashLink(dir, entry.path);
        else results[index] = { path: entry.path, mode: entry.mode, size: 0, sha256: EMPTY_SHA256 };
      } catch (err2) {
        failed2 = true;
        throw err2;
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
  const text3 = options.dockerignore ?? await readDockerignore(dir);
  const always = /* @__PURE__ */ new Set([DOCKERIGNORE]);
  const dockerfile = dockerfileInContext(dir, options.dockerfile ?? "Dockerfile");
  if (dockerfile !== null) always.add(dockerfile);
  const entries = await walk(dir, createFilter(text3, always));
  const files = await hashAll(dir, entries, concurrency);
  return files.sort((a, b) => compareStrings(a.path, b.path));
}
var import_dockerignore, DEFAULT_CONCURRENCY, DOCKERIGNORE, CHUNK_BYTES, S_IFIFO, S_IFCHR, S_IFBLK, S_IFLNK, EMPTY_SHA256;
var init_context = __esm({
  "src/image/context.ts"() {
    "use strict";
    import_dockerignore = __toESM(require_ignore(), 1);
    init_errors();
    init_order();
    init_key();
    DEFAULT_CONCURRENCY = 16;
    DOCKERIGNORE = ".dockerignore";
    CHUNK_BYTES = 256 * 1024;
    S_IFIFO = 4096;
    S_IFCHR = 8192;
    S_IFBLK = 24576;
    S_IFLNK = 40960;
    EMPTY_SHA256 = createHash3("sha256").digest("hex");
  }
});

// src/image/engine-api.ts
import { createReadStream as createReadStream3 } from "node:fs";
import { readFile as readFile6, stat as stat6 } from "node:fs/promises";
import net from "node:net";
import os3 from "node:os";
import path12 from "node:path";
function engineSocket(e) {
  if (e.platform === "win32") return void 0;
  const host = e.env.DOCKER_HOST;
  if (host !== void 0 && host !== "") {
    return host.startsWith("unix://") && host.length > "unix://".length ? host.slice("unix://".length) : void 0;
  }
  const context = e.env.DOCKER_CONTEXT || e.currentContext;
  if (context !== void 0 && context !== "" && context !== "default") return void 0;
  return DEFAULT_SOCKET;
}
async function readCurrentContext(env) {
  const dir = env.DOCKER_CONFIG || path12.join(os3.homedir(), ".docker");
  try {
    const parsed = JSON.parse(await readFile6(path12.join(dir, "config.json"), "utf8"));
    const context = parsed?.currentContext;
    return typeof context === "string" ? context : void 0;
  } catch {
    return void 0;
  }
}
function parseResponse(raw) {
  const end = raw.indexOf("\r\n\r\n");
  if (end < 0)
    throw new Error(`the engine's answer has no end of headers: ${raw.subarray(0, 80).toString()}`);
  const head2 = raw.subarray(0, end).toString("latin1");
  const match = /^HTTP\/\d\.\d (\d{3})/.exec(head2);
  if (!match) throw new Error(`the engine's answer is not HTTP: ${head2.slice(0, 80)}`);
  let body = raw.subarray(end + 4);
  if (/\r\ntransfer-encoding:\s*chunked/i.test(head2)) {
    const parts = [];
    let at = 0;
    for (; ; ) {
      const lineEnd = body.indexOf("\r\n", at);
      if (lineEnd < 0) break;
      const size = Number.parseInt(body.subarray(at, lineEnd).toString("latin1"), 16);
      if (!(size > 0)) break;
      parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(parts);
  }
  return { status: Number(match[1]), body: body.toString("utf8") };
}
async function engineRequest(socket, options) {
  const body = options.body;
  const size = options.file ? (await stat6(options.file.path)).size : body?.length ?? 0;
  const type = options.file?.type ?? body?.type;
  const open4 = () => options.file ? createReadStream3(options.file.path, { highWaterMark: 1 << 20 }) : body?.stream();
  return new Promise((resolve3, reject) => {
    const conn = net.createConnection(socket);
    const chunks = [];
    let connected = false;
    let settled = false;
    const finish = (err2, value) => {
      if (settled) return;
      settled = true;
      conn.destroy();
      if (err2) reject(err2);
      else resolve3(value);
    };
    if (options.timeoutMs !== void 0) {
      conn.setTimeout(
        options.timeoutMs,
        () => finish(
          new Error(`the engine did not answer ${options.method} ${options.path} in ${options.timeoutMs} ms`)
        )
      );
    }
    conn.on("connect", () => {
      connected = true;
      let head2 = `${options.method} ${options.path} HTTP/1.0\r
Host: docker\r
`;
      if (type !== void 0) head2 += `Content-Type: ${type}\r
Content-Length: ${size}\r
`;
      conn.write(`${head2}\r
`);
      open4()?.on("error", (err2) => finish(err2)).pipe(conn, { end: false });
    });
    conn.on("data", (chunk) => chunks.push(chunk));
    conn.on("end", () => {
      try {
        finish(void 0, parseResponse(Buffer.concat(chunks)));
      } catch (err2) {
        finish(err2);
      }
    });
    conn.on("error", (err2) => {
      finish(connected ? err2 : new EngineUnreachable(`${socket}: ${err2.code ?? err2.message}`));
    });
  });
}
function imagePath(name) {
  return name.split("/").map(encodeURIComponent).join("/").replaceAll("%3A", ":").replaceAll("%40", "@");
}
function loadOutcome(response) {
  const out2 = [];
  const errors = [];
  for (const line of response.body.split("\n")) {
    if (line.trim() === "") continue;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      errors.push(line);
      continue;
    }
    if (typeof message.error === "string") errors.push(message.error);
    else if (typeof message.message === "string") errors.push(message.message);
    else if (typeof message.stream === "string") out2.push(message.stream);
  }
  const ok = response.status === 200 && errors.length === 0;
  if (!ok && errors.length === 0) errors.push(`the engine answered ${response.status}`);
  return { ok, stdout: out2.join(""), stderr: errors.join("\n") };
}
var DEFAULT_SOCKET, EngineUnreachable;
var init_engine_api = __esm({
  "src/image/engine-api.ts"() {
    "use strict";
    DEFAULT_SOCKET = "/var/run/docker.sock";
    EngineUnreachable = class extends Error {
    };
  }
});

// src/image/thin-load.ts
import { createReadStream as createReadStream4 } from "node:fs";
import { open as open3 } from "node:fs/promises";
import { Readable } from "node:stream";
function readOctal(block, offset, length) {
  if (block[offset] & 128) {
    let value = block[offset] & 127;
    for (let i = 1; i < length; i++) value = value * 256 + block[offset + i];
    return value;
  }
  const text3 = block.subarray(offset, offset + length).toString("latin1").replace(/[\0 ]+$/, "").trim();
  if (text3 === "") return 0;
  if (!/^[0-7]+$/.test(text3)) throw new Error(`bad number field "${text3}"`);
  return Number.parseInt(text3, 8);
}
function cString(block, offset, length) {
  const field = block.subarray(offset, offset + length);
  const nul = field.indexOf(0);
  return field.subarray(0, nul < 0 ? length : nul).toString("utf8");
}
function paxRecords(data) {
  const out2 = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    if (space < 0) break;
    const length = Number.parseInt(data.subarray(at, space).toString("latin1"), 10);
    if (!(length > 0)) break;
    const record = data.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) out2.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out2;
}
async function readAt(fh, position2, length) {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buffer, 0, length, position2);
  if (bytesRead !== length) throw new Error(`the tar ends early (at byte ${position2 + bytesRead})`);
  return buffer;
}
async function indexTar(file) {
  const fh = await open3(file, "r");
  try {
    const { size: fileSize } = await fh.stat();
    const entries = [];
    let at = 0;
    let start = 0;
    let longName;
    let pax = /* @__PURE__ */ new Map();
    for (; ; ) {
      if (at + BLOCK > fileSize)
        throw new Error(`the tar ends early (no end-of-archive blocks after byte ${at})`);
      const header = await readAt(fh, at, BLOCK);
      if (header.every((b) => b === 0)) break;
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
      if (readOctal(header, 148, 8) !== sum) throw new Error(`bad header checksum at byte ${at}`);
      const type = String.fromCharCode(header[156]);
      const size = readOctal(header, 124, 12);
      const dataOffset = at + BLOCK;
      const end = dataOffset + padded(size);
      if (end > fileSize) throw new Error(`the tar ends early (an entry at byte ${at} runs past its end)`);
      if (type === "x" || type === "L") {
        const data = await readAt(fh, dataOffset, size);
        if (type === "x") pax = paxRecords(data);
        else longName = data.toString("utf8").replace(/\0+$/, "");
        at = end;
        continue;
      }
      if (type === "g") {
        at = end;
        start = end;
        continue;
      }
      const prefix = cString(header, 345, 155);
      const base = cString(header, 0, 100);
      const name = pax.get("path") ?? longName ?? (prefix ? `${prefix}/${base}` : base);
      const realSize = pax.has("size") ? Number(pax.get("size")) : size;
      const realEnd = dataOffset + padded(realSize);
      entries.push({ name, start, dataOffset, size: realSize, end: realEnd });
      at = realEnd;
      start = realEnd;
      longName = void 0;
      pax = /* @__PURE__ */ new Map();
    }
    return entries;
  } finally {
    await fh.close();
  }
}
async function readEntry(file, entry) {
  const fh = await open3(file, "r");
  try {
    return await readAt(fh, entry.dataOffset, entry.size);
  } finally {
    await fh.close();
  }
}
async function planThinLoad(file, entries, present) {
  const clean = (name) => name.replace(/^(\.\/)+/, "");
  const byName2 = new Map(entries.map((e) => [clean(e.name), e]));
  const manifestEntry = byName2.get("manifest.json");
  if (!manifestEntry) return void 0;
  const manifest = JSON.parse((await readEntry(file, manifestEntry)).toString("utf8"));
  if (!Array.isArray(manifest) || manifest.length !== 1) return void 0;
  const { Config, Layers } = manifest[0];
  if (typeof Config !== "string" || !Array.isArray(Layers)) return void 0;
  const configEntry = byName2.get(Config);
  if (!configEntry) return void 0;
  const config = JSON.parse((await readEntry(file, configEntry)).toString("utf8"));
  const diffIds = config.rootfs?.diff_ids;
  if (!Array.isArray(diffIds) || diffIds.length !== Layers.length) return void 0;
  let common2 = 0;
  while (common2 < diffIds.length && common2 < present.length && diffIds[common2] === present[common2]) common2++;
  if (common2 === 0) return void 0;
  const needed = /* @__PURE__ */ new Set();
  const known = /* @__PURE__ */ new Set();
  Layers.forEach((layer, i) => {
    if (typeof layer !== "string") return;
    if (i < common2) known.add(layer);
    else needed.add(layer);
  });
  const skip = new Set([...known].filter((l) => !needed.has(l) && byName2.has(l)));
  if (skip.size === 0) return void 0;
  const ranges = [];
  let length = 2 * BLOCK;
  let skippedBytes = 0;
  for (const entry of entries) {
    if (skip.has(clean(entry.name))) {
      skippedBytes += entry.size;
      continue;
    }
    const last = ranges[ranges.length - 1];
    if (last && last[1] === entry.start) last[1] = entry.end;
    else ranges.push([entry.start, entry.end]);
    length += entry.end - entry.start;
  }
  return { ranges, length, skippedLayers: skip.size, skippedBytes };
}
function thinStream(file, plan2) {
  async function* chunks() {
    for (const [start, end] of plan2.ranges) {
      if (end > start) yield* createReadStream4(file, { start, end: end - 1, highWaterMark: 1 << 20 });
    }
    yield Buffer.alloc(2 * BLOCK);
  }
  return Readable.from(chunks(), { objectMode: false });
}
var BLOCK, padded;
var init_thin_load = __esm({
  "src/image/thin-load.ts"() {
    "use strict";
    BLOCK = 512;
    padded = (size) => Math.ceil(size / BLOCK) * BLOCK;
  }
});

// src/image/docker.ts
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
var KEY_LABEL, DOCKER_TRANSPORT_ENV, GET_TIMEOUT_MS, Docker;
var init_docker = __esm({
  "src/image/docker.ts"() {
    "use strict";
    init_errors();
    init_exec();
    init_engine_api();
    init_thin_load();
    KEY_LABEL = "io.github.honua.parallel-tests.key";
    DOCKER_TRANSPORT_ENV = "PARALLEL_TESTS_DOCKER";
    GET_TIMEOUT_MS = 3e4;
    Docker = class {
      constructor(exec, options = {}, transport) {
        this.exec = exec;
        this.options = options;
        if (transport && "socket" in transport) this.socket = Promise.resolve(transport.socket);
      }
      exec;
      options;
      socket;
      run(args, extra = {}) {
        return this.exec("docker", args, { ...this.options, ...extra });
      }
      /** The socket the fast path speaks to, found once (DOCKER_HOST, the CLI's context), or undefined. */
      engine() {
        this.socket ??= (async () => {
          const env = this.options.env ?? process.env;
          if (env[DOCKER_TRANSPORT_ENV] === "cli") return void 0;
          const currentContext = env.DOCKER_HOST ? void 0 : await readCurrentContext(env);
          return engineSocket({ platform: process.platform, env, ...currentContext ? { currentContext } : {} });
        })();
        return this.socket;
      }
      /**
       * `call` over the socket when there is one; `undefined` when the socket cannot be reached (the
       * CLI is used from then on) or a GET failed some other way (the CLI is asked this once).
       */
      async viaSocket(call) {
        const socket = await this.engine();
        if (socket === void 0) return void 0;
        try {
          return await call(socket);
        } catch (err2) {
          if (err2 instanceof EngineUnreachable) this.socket = Promise.resolve(void 0);
          return void 0;
        }
      }
      /** The engine's os/arch: what an image built without --platform is for (part of its key). */
      async platform() {
        const fast = await this.viaSocket(async (socket) => {
          const r2 = await engineRequest(socket, { method: "GET", path: "/version", timeoutMs: GET_TIMEOUT_MS });
          if (r2.status !== 200) throw new Error(`GET /version: ${r2.status}`);
          const v = JSON.parse(r2.body);
          if (typeof v.Os !== "string" || typeof v.Arch !== "string") throw new Error("GET /version: no Os/Arch");
          return `${v.Os}/${v.Arch}`;
        });
        if (fast !== void 0) return fast;
        const r = await this.run(["version", "--format", "{{.Server.Os}}/{{.Server.Arch}}"]);
        if (r.code !== 0) throw failure("docker version (is the Docker engine running?)", r);
        return r.stdout.trim();
      }
      async builder() {
        return (await this.run(["buildx", "version"])).code === 0 ? "buildx" : "classic";
      }
      /** An image's inspect document over the socket; null when the engine has no such image. */
      async inspect(socket, name) {
        const r = await engineRequest(socket, {
          method: "GET",
          path: `/images/${imagePath(name)}/json`,
          timeoutMs: GET_TIMEOUT_MS
        });
        if (r.status === 404) return null;
        if (r.status !== 200) throw new Error(`GET /images/${name}/json: ${r.status}`);
        return JSON.parse(r.body);
      }
      /** The cache key an image in the engine was built from, or undefined when it is not there. */
      async keyOf(tag) {
        const fast = await this.viaSocket(async (socket) => {
          const inspected = await this.inspect(socket, tag);
          return { key: inspected === null ? void 0 : inspected.Config?.Labels?.[KEY_LABEL] ?? "" };
        });
        if (fast !== void 0) return fast.key;
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
      /**
       * Loads a saved image; the result says why when the tar is corrupt or cut short. Over the
       * socket the engine reads the file as `docker load` would send it; should the connection
       * fail (not the load), the CLI loads it instead.
       */
      async load(file, options = {}) {
        const socket = await this.engine();
        let why = "";
        if (socket !== void 0) {
          try {
            const thin = options.base === void 0 ? void 0 : await this.thinLoad(socket, file, options.base);
            if (thin) return thin;
            const response = await engineRequest(socket, {
              method: "POST",
              path: "/images/load?quiet=1",
              file: { path: file, type: "application/x-tar" }
            });
            const { ok, stdout, stderr } = loadOutcome(response);
            return { code: ok ? 0 : 1, stdout, stderr, via: socket };
          } catch (err2) {
            if (err2 instanceof EngineUnreachable) this.socket = Promise.resolve(void 0);
            why = `(over ${socket}: ${describeError(err2)})
`;
          }
        }
        const r = await this.run(["load", "--input", file]);
        return { ...r, stderr: r.stderr + why, via: "docker load" };
      }
      /**
       * The load without the layers the engine has from `base` (thin-load.ts); undefined when that
       * does not apply (base not in the engine, nothing in common, not a `docker save` tar) or the
       * engine refused the thinned tar, and the whole tar is to be loaded.
       */
      async thinLoad(socket, file, base) {
        let plan2;
        try {
          const layers = (await this.inspect(socket, base))?.RootFS?.Layers;
          if (!Array.isArray(layers) || !layers.every((l) => typeof l === "string")) return void 0;
          plan2 = await planThinLoad(file, await indexTar(file), layers);
        } catch (err2) {
          if (err2 instanceof EngineUnreachable) throw err2;
          return void 0;
        }
        if (!plan2) return void 0;
        const thin = plan2;
        const response = await engineRequest(socket, {
          method: "POST",
          path: "/images/load?quiet=1",
          body: { stream: () => thinStream(file, thin), length: thin.length, type: "application/x-tar" }
        });
        const { ok, stdout, stderr } = loadOutcome(response);
        if (!ok) return void 0;
        const mb = (thin.skippedBytes / 2 ** 20).toFixed(1);
        return {
          code: 0,
          stdout,
          stderr,
          via: `${socket}, without ${thin.skippedLayers} layer file(s) (${mb} MB) the engine has from ${base}`
        };
      }
      async remove(tag) {
        await this.run(["image", "rm", "--force", tag]);
      }
    };
  }
});

// src/image/dockerfile.ts
function baseImageOf(dockerfile, buildArgs, target) {
  const lines = dockerfile.replace(/\\\r?\n/g, " ").split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  const globalArgs = /* @__PURE__ */ new Map();
  const stages = [];
  for (const line of lines) {
    const [instruction, ...rest] = line.split(/\s+/);
    const keyword = instruction.toUpperCase();
    if (keyword === "ARG" && stages.length === 0) {
      for (const spec of rest) {
        const eq = spec.indexOf("=");
        const name = eq < 0 ? spec : spec.slice(0, eq);
        const fallback = eq < 0 ? void 0 : spec.slice(eq + 1).replace(/^["']|["']$/g, "");
        const value = buildArgs[name] ?? fallback;
        if (value !== void 0) globalArgs.set(name, value);
      }
    } else if (keyword === "FROM") {
      const words = rest.filter((w) => !w.startsWith("--"));
      const as = words.findIndex((w) => w.toUpperCase() === "AS");
      stages.push({ from: words[0] ?? "", ...as > 0 && words[as + 1] ? { name: words[as + 1] } : {} });
    }
  }
  let stage = target ? stages.find((s) => s.name === target) : stages[stages.length - 1];
  for (let hops = 0; stage && hops <= stages.length; hops++) {
    let unresolved = false;
    const from = stage.from.replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_, a, fallback, b) => {
      const value = globalArgs.get(a ?? b) ?? fallback;
      if (value === void 0 || value === "") unresolved = true;
      return value ?? "";
    });
    if (unresolved || from === "" || from.toLowerCase() === "scratch") return void 0;
    const earlier = stages.find((s) => s.name === from);
    if (!earlier) return from;
    stage = earlier;
  }
  return void 0;
}
var init_dockerfile = __esm({
  "src/image/dockerfile.ts"() {
    "use strict";
  }
});

// src/image/image.ts
import { mkdir as mkdir6, readFile as readFile7, rm as rm4, stat as stat7 } from "node:fs/promises";
import path13 from "node:path";
async function fileExists(file) {
  try {
    return (await stat7(file)).isFile();
  } catch {
    return false;
  }
}
function buildArgsOf(settings) {
  return { ...settings.image.buildArgs, ...settings.buildArgs };
}
async function computeImageKey(settings, enginePlatform) {
  const { image: image2, baseDir } = settings;
  const engine = Promise.resolve(enginePlatform);
  engine.catch(() => {
  });
  const dockerfile = path13.resolve(baseDir, image2.dockerfile);
  const context = path13.resolve(baseDir, image2.context);
  let text3;
  try {
    text3 = await readFile7(dockerfile, "utf8");
  } catch (err2) {
    throw new InputError(`image.dockerfile ${dockerfile}: ${describeError(err2)}`);
  }
  const [files, enginePlatformName] = await Promise.all([readContext(context, { dockerfile }), engine]);
  const buildArgs = buildArgsOf(settings);
  const key = imageCacheKey({
    name: image2.name,
    dockerfile: text3,
    buildArgs,
    files,
    platform: image2.platform ?? enginePlatformName,
    ...image2.target !== void 0 ? { target: image2.target } : {},
    ...image2.cacheKeySuffix !== void 0 ? { suffix: image2.cacheKeySuffix } : {}
  });
  return { key, base: baseImageOf(text3, buildArgs, image2.target) };
}
async function ensureImage(settings, deps) {
  const { image: image2 } = settings;
  const docker = new Docker(deps.exec);
  const [{ key, base }, inEngine] = await Promise.all([
    computeImageKey(settings, docker.platform()),
    settings.lookupOnly ? Promise.resolve(void 0) : docker.keyOf(image2.name)
  ]);
  const tar = IMAGE_TAR;
  const tarPath = path13.resolve(settings.workDir, tar);
  const outcome = (source, cacheHit, cached2) => ({
    image: image2.name,
    key,
    cacheHit,
    source,
    cached: cached2
  });
  if (settings.lookupOnly) {
    try {
      const hit = await deps.store.restore([tar], key, [], { lookupOnly: true });
      return outcome("lookup", hit !== void 0, hit !== void 0);
    } catch (err2) {
      deps.warn(`cache lookup failed: ${describeError(err2)}`);
      return outcome("lookup", false, false);
    }
  }
  if (inEngine === key) {
    deps.log(`${image2.name} is already in the engine for key ${key}`);
    return outcome("engine", true, false);
  }
  let restored;
  try {
    restored = await deps.store.restore([tar], key, []);
  } catch (err2) {
    deps.warn(`cache restore failed, building instead: ${describeError(err2)}`);
  }
  if (restored !== void 0 && await fileExists(tarPath)) {
    const load = await docker.load(tarPath, base === void 0 ? {} : { base });
    const named = load.stdout.includes(`Loaded image: ${image2.name}
`) || load.stdout.trimEnd().endsWith(`Loaded image: ${image2.name}`);
    if (load.code === 0 && (named || await docker.keyOf(image2.name) === key)) {
      deps.log(`${image2.name} restored from the cache (${key}; loaded through ${load.via})`);
      return outcome("cache", true, true);
    }
    const why = load.code === 0 ? "it loaded an image built from another key" : load.stderr.trim() || load.stdout.trim();
    deps.warn(`the cached image for ${key} is unusable (${why}); discarding it and building`);
    await rm4(tarPath, { force: true });
    await deps.store.discard?.(key).catch((err2) => deps.warn(`could not drop the cache entry: ${describeError(err2)}`));
  }
  deps.log(`building ${image2.name} (${key})`);
  await docker.build(
    {
      tag: image2.name,
      dockerfile: path13.resolve(settings.baseDir, image2.dockerfile),
      context: path13.resolve(settings.baseDir, image2.context),
      buildArgs: buildArgsOf(settings),
      key,
      ...image2.target !== void 0 ? { target: image2.target } : {},
      ...image2.platform !== void 0 ? { platform: image2.platform } : {}
    },
    deps.buildOutput ?? deps.log
  );
  let cached = false;
  try {
    await mkdir6(path13.dirname(tarPath), { recursive: true });
    await docker.save(image2.name, tarPath);
    await deps.store.save([tar], key);
    cached = true;
  } catch (err2) {
    deps.warn(`the image was built but not cached: ${describeError(err2)}`);
  }
  return outcome("built", false, cached);
}
var IMAGE_TAR;
var init_image = __esm({
  "src/image/image.ts"() {
    "use strict";
    init_errors();
    init_context();
    init_docker();
    init_dockerfile();
    init_key();
    IMAGE_TAR = ".parallel-tests/image/image.tar";
  }
});

// src/commands/image.ts
var image_exports = {};
__export(image_exports, {
  parseBuildArgs: () => parseBuildArgs,
  runImage: () => runImage
});
function parseBuildArgs(args) {
  const out2 = {};
  for (const arg of args) {
    const eq = arg.indexOf("=");
    if (eq <= 0) throw new InputError(`build arg "${arg}": expected KEY=VALUE`);
    out2[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
  return out2;
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
var init_image2 = __esm({
  "src/commands/image.ts"() {
    "use strict";
    init_load();
    init_errors();
    init_image();
  }
});

// src/server/server.ts
import path14 from "node:path";
async function detectCompose(exec) {
  if ((await exec("docker", ["compose", "version"])).code === 0)
    return { command: "docker", prefix: ["compose"] };
  if ((await exec("docker-compose", ["version"])).code === 0)
    return { command: "docker-compose", prefix: [] };
  return void 0;
}
function composeArgs(compose, file, project, verb) {
  return [...compose.prefix, "--file", file, "--project-name", project, ...verb];
}
function runArgs(image2, name, server) {
  const args = ["run", "--detach", "--name", name];
  for (const port of server.ports) args.push("--publish", port);
  for (const key of Object.keys(server.env).sort()) args.push("--env", `${key}=${server.env[key]}`);
  for (const volume of server.volumes)
    args.push("--volume", /:(ro|rw)$/.test(volume) ? volume : `${volume}:ro`);
  args.push(image2);
  return args;
}
async function waitForHealth(url, options) {
  const get = options.fetch ?? fetch;
  const sleep2 = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
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
    } catch (err2) {
      last = err2.cause instanceof Error ? err2.cause.message : err2.message;
    } finally {
      clearTimeout(timer);
    }
    if (now() - start + delay > options.timeoutMs) {
      throw new InfrastructureError(
        `${url} was not healthy after ${Math.round((now() - start) / 1e3)} s (${attempts} tries; last: ${last})`
      );
    }
    await sleep2(delay);
    delay = Math.min(2e3, delay * 2);
  }
}
function text2(r) {
  return `${r.stdout}${r.stderr}`.trim();
}
function serverFromHandle(handle, exec) {
  if (handle.kind === "compose") {
    const args = (verb) => composeArgs(handle, handle.file, handle.project, verb);
    return {
      handle,
      logs: async () => text2(
        await exec(
          handle.command,
          args(["logs", "--no-color", ...handle.service ? [handle.service] : []])
        )
      ),
      stop: async () => {
        await exec(handle.command, args(["down", "--volumes", "--timeout", "5"]));
      }
    };
  }
  return {
    handle,
    logs: async () => text2(await exec("docker", ["logs", handle.name])),
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
    const file = path14.resolve(settings.baseDir, server.composeFile);
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
    const run2 = await deps.exec("docker", runArgs(settings.image, settings.name, server));
    if (run2.code !== 0) {
      await running.stop();
      throw failure(`docker run ${settings.image}`, run2);
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
  } catch (err2) {
    const logs = await running.logs();
    await running.stop();
    throw new InfrastructureError(
      `${err2.message}
--- server logs ---
${logs.split("\n").slice(-80).join("\n")}`
    );
  }
}
var init_server = __esm({
  "src/server/server.ts"() {
    "use strict";
    init_errors();
    init_exec();
  }
});

// src/commands/serve.ts
var serve_exports = {};
__export(serve_exports, {
  runServe: () => runServe,
  startConfiguredServer: () => startConfiguredServer,
  stopServerFromHandle: () => stopServerFromHandle
});
import { spawn as spawn2 } from "node:child_process";
async function startConfiguredServer(outcome, name, deps) {
  const server = outcome.config.server;
  if (!server) throw new InputError(`${outcome.config.file}: no "server" section`);
  return startServer({ server, image: outcome.image, baseDir: outcome.baseDir, name }, deps);
}
async function stopServerFromHandle(handle, exec) {
  await serverFromHandle(handle, exec).stop();
}
async function runServe(settings, deps) {
  if (settings.command.length === 0)
    throw new InputError("serve needs a command to run: serve [options] -- CMD ARGS...");
  const outcome = await runImage({ ...settings, lookupOnly: false }, deps);
  const server = await startConfiguredServer(outcome, settings.name, deps);
  let stopping;
  const stop = () => stopping ??= server.stop();
  const [program, ...args] = settings.command;
  const child = spawn2(program, args, { stdio: "inherit", cwd: settings.cwd });
  const signals = deps.signals ?? process;
  const exit = deps.exit ?? ((code) => process.exit(code));
  const interrupted = (signal) => {
    child.kill(signal);
    void stop().then(() => exit(128 + (SIGNAL_NUMBER[signal] ?? 15)));
  };
  signals.once("SIGINT", interrupted);
  signals.once("SIGTERM", interrupted);
  try {
    return await new Promise((resolve3) => {
      child.on("error", (err2) => {
        deps.warn(`${program}: ${err2.message}`);
        resolve3(EXIT.infrastructure);
      });
      child.on("close", (code) => resolve3(code ?? EXIT.infrastructure));
    });
  } finally {
    await stop();
    signals.removeListener("SIGINT", interrupted);
    signals.removeListener("SIGTERM", interrupted);
  }
}
var SIGNAL_NUMBER;
var init_serve = __esm({
  "src/commands/serve.ts"() {
    "use strict";
    init_errors();
    init_server();
    init_image2();
    SIGNAL_NUMBER = { SIGINT: 2, SIGTERM: 15 };
  }
});

// src/run/probe.ts
import { access, constants } from "node:fs/promises";
import path15 from "node:path";
async function probePython(exec, interpreter, imports) {
  const r = await exec(interpreter, ["-c", PYTHON_PROBE, ...imports], { timeoutMs: 6e4 });
  if (r.code !== 0) return void 0;
  try {
    const found = JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
    return {
      interpreter,
      ...found.pytest ? { pytest: found.pytest } : {},
      ...found.xdist ? { xdist: found.xdist } : {},
      ...found.timeout ? { timeout: found.timeout } : {},
      missing: found.missing
    };
  } catch {
    return void 0;
  }
}
async function pythonCandidates(pathVariable) {
  const out2 = [];
  for (const dir of (pathVariable ?? "").split(path15.delimiter)) {
    if (dir === "") continue;
    for (const name of ["python3", "python"]) {
      const file = path15.join(dir, name);
      try {
        await access(file, constants.X_OK);
        if (!out2.includes(file)) out2.push(file);
      } catch {
      }
    }
  }
  return out2;
}
async function choosePython(suite, workers, deps) {
  const candidates = suite.python ? [suite.python] : await pythonCandidates(deps.env.PATH);
  let first;
  for (const candidate of candidates) {
    const found = await probePython(deps.exec, candidate, suite.pythonImports);
    if (!found) continue;
    first ??= found;
    if (found.pytest && (workers === 1 || found.xdist)) return found;
  }
  return first;
}
async function probeTools(suite, workers, deps) {
  switch (suite.framework) {
    case "pytest": {
      const python = await choosePython(suite, workers, deps);
      return python ? { python } : {};
    }
    case "xunit":
    case "nunit":
    case "dotnet": {
      const r = await deps.exec("dotnet", ["--version"], { env: deps.env, timeoutMs: 6e4 });
      return r.code === 0 ? { dotnet: r.stdout.trim() } : {};
    }
    case "go": {
      const r = await deps.exec("gotestsum", ["--version"], { env: deps.env });
      return { gotestsum: r.code === 0 };
    }
    default:
      return {};
  }
}
async function findTaskset(exec) {
  const r = await exec("taskset", ["--version"]);
  return r.code === 0 ? "taskset" : void 0;
}
var PYTHON_PROBE;
var init_probe = __esm({
  "src/run/probe.ts"() {
    "use strict";
    PYTHON_PROBE = `
import importlib, json, sys
def version(module, dist):
    try:
        importlib.import_module(module)
    except Exception:
        return None
    try:
        from importlib import metadata
        return metadata.version(dist)
    except Exception:
        return "0"
print(json.dumps({
    "pytest": version("pytest", "pytest"),
    "xdist": version("xdist", "pytest-xdist"),
    "timeout": version("pytest_timeout", "pytest-timeout"),
    "missing": [m for m in sys.argv[1:] if version(m, m) is None],
}))
`;
  }
});

// src/run/process.ts
import { spawn as spawn3 } from "node:child_process";
import { createWriteStream, readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
function childrenCpuSeconds() {
  try {
    const stat9 = readFileSync2("/proc/self/stat", "utf8");
    const fields = stat9.slice(stat9.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return void 0;
  }
}
function takeCpuSeconds() {
  const now = childrenCpuSeconds();
  if (now === void 0) return void 0;
  const mine = Math.max(0, now - ledger);
  ledger = now;
  return Math.round(mine * 100) / 100;
}
function groupAlive(pgid) {
  let entries;
  try {
    entries = readdirSync2("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    entries = void 0;
  }
  if (entries === void 0) {
    try {
      process.kill(-pgid, 0);
      return true;
    } catch (err2) {
      return err2.code === "EPERM";
    }
  }
  for (const pid of entries) {
    let stat9;
    try {
      stat9 = readFileSync2(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue;
    }
    const [state, , pgrp] = stat9.slice(stat9.lastIndexOf(")") + 2).split(" ");
    if (Number(pgrp) === pgid && state !== "Z" && state !== "X") return true;
  }
  return false;
}
function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
  }
}
async function stopGroup(pgid, graceMs) {
  signalGroup(pgid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(pgid)) signalGroup(pgid, "SIGKILL");
  for (let i = 0; i < 100 && groupAlive(pgid); i++) await sleep(20);
}
function runProcess(options) {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const keep = options.tailLines ?? 40;
  const tail = [];
  const log2 = options.logFile ? createWriteStream(options.logFile, { flags: "a" }) : void 0;
  const emit = (line, stream) => {
    tail.push(line);
    if (tail.length > keep) tail.shift();
    log2?.write(`${line}
`);
    options.onLine?.(line, stream);
  };
  const [command, args] = options.pin ? [options.pin.taskset, ["-c", options.pin.cpus, options.command, ...options.args]] : [options.command, [...options.args]];
  const start = /* @__PURE__ */ new Date();
  return new Promise((resolve3) => {
    let timedOut = false;
    let stopped = false;
    let stopping;
    let spawnError;
    let exited;
    let cpuSeconds;
    const child = spawn3(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    const pgid = child.pid;
    const stop = () => {
      if (pgid !== void 0) stopping ??= stopGroup(pgid, graceMs);
      return stopping;
    };
    const timer = options.timeoutMs !== void 0 ? setTimeout(() => {
      timedOut = true;
      emit(
        `parallel-tests: timed out after ${Math.round(options.timeoutMs / 1e3)} s; stopping the process tree`,
        "stderr"
      );
      void stop();
    }, options.timeoutMs) : void 0;
    const onAbort = () => {
      stopped = true;
      void stop();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener("abort", onAbort, { once: true });
    const partial = { stdout: "", stderr: "" };
    for (const name of ["stdout", "stderr"]) {
      child[name].setEncoding("utf8").on("data", (chunk) => {
        const parts = (partial[name] + chunk).split("\n");
        partial[name] = parts.pop() ?? "";
        for (const line of parts) emit(line.endsWith("\r") ? line.slice(0, -1) : line, name);
      });
    }
    child.on("error", (err2) => {
      spawnError = err2.code === "ENOENT" ? `${command}: not found` : err2.message;
    });
    child.on("exit", (code, signal) => {
      exited = { code, signal };
      cpuSeconds = takeCpuSeconds();
      if (pgid !== void 0 && groupAlive(pgid)) void stop();
    });
    child.on("close", async () => {
      if (timer) clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      await stopping;
      for (const name of ["stdout", "stderr"]) if (partial[name]) emit(partial[name], name);
      const outcome = {
        exit: exited?.code ?? null,
        signal: exited?.signal ?? null,
        start,
        end: /* @__PURE__ */ new Date(),
        timedOut,
        stopped,
        tail: [...tail],
        ...spawnError !== void 0 ? { error: spawnError } : {},
        ...cpuSeconds !== void 0 ? { cpuSeconds } : {},
        ...pgid !== void 0 ? { pid: pgid } : {}
      };
      if (log2) await new Promise((r) => log2.end(r));
      resolve3(outcome);
    });
  });
}
function cpuList(cores) {
  const sorted = [...new Set(cores)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}
var DEFAULT_GRACE_MS, ledger, sleep;
var init_process = __esm({
  "src/run/process.ts"() {
    "use strict";
    DEFAULT_GRACE_MS = 1e4;
    ledger = childrenCpuSeconds() ?? 0;
    sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  }
});

// src/run/progress.ts
function testsDoneIn(framework, line) {
  if (framework === "pytest") {
    const m = PYTEST_PROGRESS.exec(line.trimEnd());
    return m ? m[1].length : 0;
  }
  if (framework === "xunit" || framework === "dotnet" || framework === "nunit") {
    return DOTNET_RESULT.test(line) ? 1 : 0;
  }
  return 0;
}
function seconds(ms) {
  const s = ms / 1e3;
  return s < 60 ? `${s.toFixed(0)} s` : `${Math.floor(s / 60)}m ${Math.round(s % 60)}s`;
}
function renderProgress(suites, startedMs, nowMs) {
  const parts = suites.map((s) => {
    if (s.start === void 0) return `${s.name} ${s.state}`;
    const elapsed = seconds((s.end ?? nowMs) - s.start);
    const done = s.tests > 0 ? `, ${s.tests} test${s.tests === 1 ? "" : "s"}` : "";
    return s.end === void 0 ? `${s.name} ${s.state} ${elapsed}${done}` : `${s.name} ${s.state} in ${elapsed}${done}`;
  });
  return `parallel-tests: ${seconds(nowMs - startedMs)} | ${parts.join(" | ")}`;
}
var PYTEST_PROGRESS, DOTNET_RESULT;
var init_progress = __esm({
  "src/run/progress.ts"() {
    "use strict";
    PYTEST_PROGRESS = /^(?:\S+\.py\s+)?([.FEsxXp]+)(?:\s+\[\s*\d{1,3}%\])?$/;
    DOTNET_RESULT = /^\s+(?:Passed|Failed|Skipped)\s+\S.*\[[^\]]*\]$/;
  }
});

// src/run/adapters/command.ts
import path16 from "node:path";
function buildCommand2(input) {
  const { suite } = input;
  const argv = suite.command;
  if (!argv || argv.length === 0)
    throw new InputError(`suite "${suite.name}" (line ${suite.line}, framework: command) needs "command"`);
  const values = {
    workers: input.workers === "auto" ? String(input.cores) : String(input.workers),
    shard: String(input.shard),
    shards: String(input.shards),
    "tests-file": input.selection?.file ?? "",
    results: input.resultsDir
  };
  const usesTests = argv.some((a) => a.includes("{tests-file}"));
  if (usesTests && !input.selection)
    throw new InputError(
      `suite "${suite.name}" (line ${suite.line}): its command uses {tests-file} but this shard has no selection file (give --shard with a plan, or drop the placeholder)`
    );
  const [command, ...args] = argv.map((a) => a.replace(PLACEHOLDER, (_, key) => values[key]));
  return {
    invocations: [
      {
        command,
        args,
        env: {
          ...suite.env,
          PARALLEL_TESTS_WORKERS: values.workers,
          PARALLEL_TESTS_SHARD: values.shard,
          PARALLEL_TESTS_SHARDS: values.shards,
          PARALLEL_TESTS_RESULTS: values.results,
          ...input.selection ? { PARALLEL_TESTS_TESTS_FILE: input.selection.file } : {}
        },
        cwd: input.baseDir,
        // What it writes into {results}, and what the suite's results glob names.
        results: [path16.join(input.resultsDir, "**/*.{xml,trx}"), path16.resolve(input.baseDir, suite.results)]
      }
    ],
    files: [],
    warnings: []
  };
}
var PLACEHOLDER;
var init_command = __esm({
  "src/run/adapters/command.ts"() {
    "use strict";
    init_errors();
    PLACEHOLDER = /\{(workers|shard|shards|tests-file|results)\}/g;
  }
});

// src/run/adapters/types.ts
var ToolMissing;
var init_types = __esm({
  "src/run/adapters/types.ts"() {
    "use strict";
    ToolMissing = class extends Error {
      name = "ToolMissing";
    };
  }
});

// src/run/adapters/dotnet.ts
import path17 from "node:path";
function threadSetting(framework, workers) {
  if (framework === "xunit") return [`xUnit.MaxParallelThreads=${workers}`];
  if (framework === "nunit") return [`NUnit.NumberOfTestWorkers=${workers}`];
  return [];
}
function hangTimeout(input) {
  const { suite } = input;
  if (suite.testTimeoutSeconds !== void 0) return `${Math.ceil(suite.testTimeoutSeconds)}s`;
  return `${Math.ceil(suite.timeoutMinutes)}m`;
}
function buildDotnet(input, retry) {
  const { suite } = input;
  if (!input.tools.dotnet)
    throw new ToolMissing(`suite "${suite.name}": no .NET SDK (dotnet is not on PATH or does not run)`);
  const selection = retry ? { mode: "include", tests: retry.tests } : input.selection?.selection;
  const planned = selection ? dotnetFilters(selection) : [""];
  const filters = planned.map(
    (f) => suite.filter === void 0 ? f : f === "" ? suite.filter : `(${suite.filter})&(${f})`
  );
  const workers = input.workers === "auto" ? input.cores : input.workers;
  const prefix = retry ? `attempt-${retry.attempt}` : "results";
  const warnings = [];
  if (selection?.mode === "include" && filters.length === 0)
    warnings.push(
      `suite "${suite.name}" shard ${input.shard}: the plan lists no test for it; nothing to run`
    );
  const invocations = filters.map((filter, i) => {
    const trx = filters.length > 1 ? `${prefix}-${i + 1}.trx` : `${prefix}.trx`;
    const args = ["test"];
    if (suite.project !== void 0) args.push(suite.project);
    args.push(
      "--logger",
      `trx;LogFileName=${trx}`,
      "--results-directory",
      input.resultsDir,
      "--blame-hang-timeout",
      hangTimeout(input)
    );
    if (filter !== "") args.push("--filter", filter);
    const settings = threadSetting(suite.framework, workers);
    if (settings.length > 0) args.push("--", ...settings);
    return {
      command: "dotnet",
      args,
      env: {
        DOTNET_CLI_TELEMETRY_OPTOUT: "1",
        DOTNET_NOLOGO: "1",
        ...suite.env,
        DOTNET_PROCESSOR_COUNT: String(input.cores)
      },
      cwd: input.baseDir,
      results: [path17.join(input.resultsDir, trx)]
    };
  });
  return { invocations, files: [], warnings };
}
var init_dotnet = __esm({
  "src/run/adapters/dotnet.ts"() {
    "use strict";
    init_selection();
    init_types();
  }
});

// src/run/adapters/go.ts
import path18 from "node:path";
function buildGo(input) {
  const { suite } = input;
  if (!input.tools.gotestsum)
    throw new ToolMissing(
      `suite "${suite.name}": go test writes no JUnit without gotestsum, which is not on PATH (go install gotest.tools/gotestsum@latest)`
    );
  if (input.shards > 1)
    throw new InputError(
      `suite "${suite.name}" (framework: go, line ${suite.line}): go suites run as one shard (shards: 1)`
    );
  const file = path18.join(input.resultsDir, "junit.xml");
  const workers = input.workers === "auto" ? input.cores : input.workers;
  const args = ["--junitfile", file, "--format", "standard-verbose", "--", `-p=${workers}`];
  if (suite.filter !== void 0) args.push("-run", suite.filter);
  args.push(suite.path ?? "./...");
  return {
    invocations: [
      {
        command: "gotestsum",
        args,
        env: { ...suite.env, GOMAXPROCS: String(input.cores) },
        cwd: input.baseDir,
        results: [file]
      }
    ],
    files: [],
    warnings: []
  };
}
var init_go = __esm({
  "src/run/adapters/go.ts"() {
    "use strict";
    init_errors();
    init_types();
  }
});

// src/run/adapters/js.ts
import path19 from "node:path";
function common(input) {
  const { suite } = input;
  return {
    workers: input.workers === "auto" ? String(input.cores) : String(input.workers),
    file: path19.join(input.resultsDir, "junit.xml"),
    shard: input.shards > 1 ? [`--shard=${input.shard}/${input.shards}`] : [],
    extra: [...suite.filter !== void 0 ? ["-t", suite.filter] : [], ...suite.path ? [suite.path] : []]
  };
}
function buildJest(input) {
  const c = common(input);
  return {
    invocations: [
      {
        command: "npx",
        args: [
          "--no-install",
          "jest",
          "--ci",
          `--maxWorkers=${c.workers}`,
          ...c.shard,
          "--reporters=default",
          "--reporters=jest-junit",
          ...c.extra
        ],
        env: {
          ...input.suite.env,
          JEST_JUNIT_OUTPUT_FILE: c.file,
          // file and line: jest-junit leaves classname empty by default and names suites after files.
          JEST_JUNIT_ADD_FILE_ATTRIBUTE: "true"
        },
        cwd: input.baseDir,
        results: [c.file]
      }
    ],
    files: [],
    warnings: []
  };
}
function buildVitest(input) {
  const c = common(input);
  return {
    invocations: [
      {
        command: "npx",
        args: [
          "--no-install",
          "vitest",
          "run",
          `--maxWorkers=${c.workers}`,
          ...c.shard,
          "--reporter=default",
          "--reporter=junit",
          `--outputFile.junit=${c.file}`,
          ...c.extra
        ],
        env: { ...input.suite.env },
        cwd: input.baseDir,
        results: [c.file]
      }
    ],
    files: [],
    warnings: []
  };
}
var init_js = __esm({
  "src/run/adapters/js.ts"() {
    "use strict";
  }
});

// src/run/adapters/pytest.ts
import path20 from "node:path";
function versionAtLeast(version, wanted) {
  const parts = version.split(/[.+-]/).map((p) => Number.parseInt(p, 10));
  for (let i = 0; i < wanted.length; i++) {
    const have = Number.isFinite(parts[i]) ? parts[i] : 0;
    if (have !== wanted[i]) return have > wanted[i];
  }
  return true;
}
function missingPython(input, python) {
  const { suite } = input;
  if (!python) {
    return suite.python ? `suite "${suite.name}": the interpreter ${suite.python} (python: in the config) does not run` : `suite "${suite.name}": no python3 or python on PATH imports pytest (install pytest, or set python: in the config)`;
  }
  const missing = [];
  if (!python.pytest) missing.push("pytest");
  if (input.workers !== 1 && !python.xdist) missing.push("pytest-xdist (for -n)");
  if (suite.testTimeoutSeconds !== void 0 && !python.timeout)
    missing.push("pytest-timeout (for test-timeout-seconds)");
  missing.push(...python.missing);
  if (missing.length === 0) return void 0;
  return `suite "${suite.name}": ${python.interpreter} cannot import ${missing.join(", ")}`;
}
function buildPytest(input, retry) {
  const { suite } = input;
  const python = input.tools.python;
  const problem = missingPython(input, python);
  if (problem) throw new ToolMissing(problem);
  const files = [];
  const warnings = [];
  let selectionFile = input.selection?.file;
  if (retry) {
    selectionFile = path20.join(input.resultsDir, `retry-${retry.attempt}.txt`);
    files.push({ path: selectionFile, text: renderSelectionFile({ mode: "include", tests: retry.tests }) });
  }
  const junitFile = path20.join(input.resultsDir, retry ? `junit-attempt-${retry.attempt}.xml` : "junit.xml");
  const extra = [];
  const workers = retry ? Math.min(retry.tests.length, input.workers === "auto" ? input.cores : input.workers) : input.workers;
  if (workers !== 1) {
    if (versionAtLeast(python.xdist, WORKSTEAL_SINCE)) extra.push("--dist", "worksteal");
    else
      warnings.push(
        `pytest-xdist ${python.xdist} has no --dist worksteal (3.2 and later); using its default`
      );
  }
  extra.push("-o", `junit_suite_name=${suite.name}`);
  if (suite.markers !== void 0) extra.push("-m", suite.markers);
  if (suite.filter !== void 0) extra.push("-k", suite.filter);
  if (suite.testTimeoutSeconds !== void 0) extra.push("--timeout", String(suite.testTimeoutSeconds));
  if (suite.path !== void 0) extra.push(suite.path);
  const built = pytestArgs({
    selectionFile: selectionFile ?? "",
    pluginDir: input.pluginDir,
    workers,
    junitFile,
    ...input.pythonPath ? { pythonPath: input.pythonPath } : {},
    extra
  });
  const env = { ...suite.env, ...built.env };
  if (selectionFile === void 0) delete env.PARALLEL_TESTS_SELECTION;
  return {
    invocations: [
      {
        command: python.interpreter,
        args: ["-m", "pytest", ...built.args],
        env,
        cwd: input.baseDir,
        results: [junitFile],
        emptyExit: 5
      }
    ],
    files,
    warnings
  };
}
var WORKSTEAL_SINCE;
var init_pytest = __esm({
  "src/run/adapters/pytest.ts"() {
    "use strict";
    init_selection();
    init_types();
    WORKSTEAL_SINCE = [3, 2];
  }
});

// src/run/adapters/index.ts
function buildInvocations(input, retry) {
  switch (input.suite.framework) {
    case "pytest":
      return buildPytest(input, retry);
    case "xunit":
    case "nunit":
    case "dotnet":
      return buildDotnet(input, retry);
    case "jest":
      return buildJest(input);
    case "vitest":
      return buildVitest(input);
    case "go":
      return buildGo(input);
    case "command":
      return buildCommand2(input);
  }
}
function canRetry(framework) {
  return idStyleOf(framework) !== "generic";
}
function failedTestIds(framework, cases) {
  const style = idStyleOf(framework);
  const failed2 = /* @__PURE__ */ new Set();
  for (const c of cases) if (isFailing(c)) failed2.add(planIdOf(style, c));
  return [...failed2].sort();
}
var init_adapters = __esm({
  "src/run/adapters/index.ts"() {
    "use strict";
    init_test_ids();
    init_model();
    init_command();
    init_dotnet();
    init_go();
    init_js();
    init_pytest();
    init_types();
  }
});

// src/run/command-line.ts
function quoteArgument(arg) {
  if (PLAIN.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function renderCommandLine(argv, env = {}) {
  const vars = Object.keys(env).sort().map((k) => `${k}=${quoteArgument(env[k])}`);
  return [...vars, ...argv.map(quoteArgument)].join(" ");
}
var PLAIN;
var init_command_line = __esm({
  "src/run/command-line.ts"() {
    "use strict";
    PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;
  }
});

// src/run/shard.ts
import { copyFile, mkdir as mkdir7, readFile as readFile8, stat as stat8, writeFile as writeFile6 } from "node:fs/promises";
import path21 from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
function defaultPluginDir() {
  return path21.dirname(fileURLToPath2(import.meta.url));
}
async function exists2(file) {
  try {
    return (await stat8(file)).isFile();
  } catch {
    return false;
  }
}
async function gatherResults(invocation, outDir, since) {
  const found = [];
  for (const pattern of invocation.results) {
    const matches = isDynamicPattern(pattern) ? (await glob([pattern], { absolute: true, dot: true })).sort() : [pattern];
    for (const file of matches) {
      if (path21.basename(file) === JOB_RECORD_FILE) continue;
      let info;
      try {
        info = await stat8(file);
      } catch {
        continue;
      }
      if (!info.isFile() || info.mtimeMs < since.getTime() - 1e3) continue;
      let target = file;
      if (path21.relative(outDir, file).startsWith("..")) {
        target = path21.join(outDir, path21.basename(file));
        for (let n2 = 2; found.includes(target) || await exists2(target); n2++)
          target = path21.join(outDir, `${path21.parse(file).name}-${n2}${path21.extname(file)}`);
        await copyFile(file, target);
      }
      if (!found.includes(target)) found.push(target);
    }
  }
  return found;
}
async function readCases(files) {
  const cases = [];
  const broken2 = [];
  for (const file of files) {
    const result = await readResultFile(file, file);
    if (!result) continue;
    cases.push(...result.cases);
    if (result.error !== void 0) broken2.push(`${path21.basename(file)}: ${result.error}`);
  }
  return { cases, broken: broken2 };
}
async function runShard(options, deps = {}) {
  const { suite, outDir } = options;
  const exec = deps.exec ?? execProcess;
  await mkdir7(outDir, { recursive: true });
  const logFile = path21.join(outDir, LOG_FILE);
  const recordFile = path21.join(outDir, JOB_RECORD_FILE);
  await writeFile6(logFile, "");
  const start = /* @__PURE__ */ new Date();
  const warnings = [];
  const say = async (line) => {
    deps.onLine?.(line, "stderr");
    await writeFile6(logFile, `${line}
`, { flag: "a" });
  };
  const workers = options.workers;
  const record = {
    version: JOB_RECORD_VERSION,
    suite: suite.name,
    shard: options.shard,
    shards: options.shards,
    framework: suite.framework,
    workers: workers === "auto" ? options.cores : workers,
    cores: options.cores,
    ...options.cpus && options.taskset ? { cpus: cpuList(options.cpus) } : {},
    runner: options.runner,
    start: start.toISOString(),
    end: start.toISOString(),
    exit: null,
    command: [],
    results: []
  };
  const finish = async (status, exitCode, extra = {}) => {
    record.end = (/* @__PURE__ */ new Date()).toISOString();
    record.results = (extra.files ?? []).map((f) => path21.relative(outDir, f).split(path21.sep).join("/"));
    if (extra.cpu !== void 0) record.cpuSeconds = Math.round(extra.cpu * 100) / 100;
    if (extra.error !== void 0) record.error = extra.error;
    await writeFile6(recordFile, stringifyJobRecord(record));
    for (const w of warnings) await say(`parallel-tests: warning: ${w}`);
    if (extra.error !== void 0) await say(`parallel-tests: ${extra.error}`);
    return {
      record,
      exitCode,
      status,
      resultFiles: extra.files ?? [],
      logFile,
      recordFile,
      warnings,
      flaky: extra.flaky ?? [],
      failing: extra.failing ?? 0,
      tests: extra.tests ?? 0
    };
  };
  if (options.notRun !== void 0)
    return finish("not-run", EXIT.infrastructure, { error: `not run: ${options.notRun}` });
  let selection;
  let tools;
  try {
    if (options.testsFile !== void 0) {
      let text3;
      try {
        text3 = await readFile8(options.testsFile, "utf8");
      } catch (err2) {
        throw new InputError(`tests file ${options.testsFile}: ${describeError(err2)}`);
      }
      selection = { file: options.testsFile, selection: parseSelectionFile(text3, options.testsFile) };
    }
    tools = options.tools ?? await probeTools(suite, workers, { exec, env: options.env });
  } catch (err2) {
    const code = err2 instanceof InputError ? EXIT.badInput : EXIT.infrastructure;
    return finish("error", code, { error: describeError(err2) });
  }
  const base = {
    suite,
    shard: options.shard,
    shards: options.shards,
    workers,
    cores: options.cores,
    baseDir: options.baseDir,
    resultsDir: outDir,
    ...selection ? { selection } : {},
    pluginDir: deps.pluginDir ?? defaultPluginDir(),
    ...options.env.PYTHONPATH ? { pythonPath: options.env.PYTHONPATH } : {},
    tools
  };
  const deadline = start.getTime() + suite.timeoutMinutes * 6e4;
  let timedOut = false;
  const attempt = async (retry) => {
    const built = buildInvocations(base, retry);
    warnings.push(...built.warnings.filter((w) => !warnings.includes(w)));
    for (const f of built.files) await writeFile6(f.path, f.text);
    const outcomes2 = [];
    const files = [];
    for (const invocation of built.invocations) {
      if (options.signal?.aborted || timedOut) break;
      const argv = [invocation.command, ...invocation.args];
      await say(`$ ${renderCommandLine(argv, invocation.env)}`);
      const since = /* @__PURE__ */ new Date();
      const outcome = await runProcess({
        command: invocation.command,
        args: invocation.args,
        env: { ...options.env, ...invocation.env },
        cwd: invocation.cwd,
        ...options.cpus && options.taskset ? { pin: { cpus: cpuList(options.cpus), taskset: options.taskset } } : {},
        timeoutMs: Math.max(1, deadline - Date.now()),
        ...options.graceMs !== void 0 ? { graceMs: options.graceMs } : {},
        logFile,
        ...deps.onLine ? { onLine: deps.onLine } : {},
        ...options.signal ? { signal: options.signal } : {}
      });
      outcomes2.push(outcome);
      if (outcome.timedOut) timedOut = true;
      files.push(...await gatherResults(invocation, outDir, since));
      if (outcome.error !== void 0) break;
    }
    const { cases, broken: broken2 } = await readCases(files);
    const first2 = built.invocations[0];
    return { outcomes: outcomes2, files, cases, broken: broken2, argv: first2 ? [first2.command, ...first2.args] : [] };
  };
  let first;
  try {
    first = await attempt();
  } catch (err2) {
    if (err2 instanceof ToolMissing)
      return finish("not-run", EXIT.infrastructure, { error: `not run: ${err2.message}` });
    return finish("error", err2 instanceof InputError ? EXIT.badInput : EXIT.infrastructure, {
      error: describeError(err2)
    });
  }
  record.command = first.argv;
  const attempts = [first];
  const allFiles = [...first.files];
  let failing = failedTestIds(suite.framework, first.cases);
  const everFailed = new Set(failing);
  const lastExit = (a) => {
    const exits = a.outcomes.map((o) => o.exit);
    return exits.includes(null) ? null : exits.length === 0 ? null : Math.max(...exits);
  };
  const cleanRun = (a) => a.outcomes.length > 0 && a.outcomes.every((o) => !o.timedOut && !o.stopped && o.error === void 0);
  if (suite.retries > 0 && failing.length > 0 && cleanRun(first) && !canRetry(suite.framework))
    warnings.push(`retries: ${suite.framework} tests cannot be selected one by one here; no retry`);
  for (let n2 = 2; n2 <= suite.retries + 1 && failing.length > 0 && canRetry(suite.framework); n2++) {
    const previous = attempts[attempts.length - 1];
    if (!cleanRun(previous) || options.signal?.aborted) break;
    await say(`parallel-tests: retry ${n2 - 1} of ${suite.retries}: ${failing.length} failed test(s) again`);
    const next = await attempt({ attempt: n2, tests: failing });
    attempts.push(next);
    allFiles.push(...next.files);
    if (next.files.length === 0) break;
    const ran = new Set(
      failedTestIds(
        suite.framework,
        next.cases.map((c) => ({ ...c, status: "failed" }))
      )
    );
    const failedAgain = new Set(failedTestIds(suite.framework, next.cases));
    failing = failing.filter((id) => failedAgain.has(id) || !ran.has(id));
  }
  const flaky = [...everFailed].filter((id) => !failing.includes(id)).sort();
  const last = attempts[attempts.length - 1];
  record.exit = lastExit(last);
  const cpu = attempts.flatMap((a) => a.outcomes).reduce(
    (sum, o) => sum === void 0 || o.cpuSeconds === void 0 ? void 0 : sum + o.cpuSeconds,
    0
  );
  const outcomes = attempts.flatMap((a) => a.outcomes);
  const tail = (o) => o.tail.length > 0 ? `; last output:
${o.tail.join("\n")}` : "";
  const common2 = {
    files: allFiles,
    flaky,
    failing: failing.length,
    tests: first.cases.length,
    ...cpu !== void 0 ? { cpu } : {}
  };
  const spawnFailure = outcomes.find((o) => o.error !== void 0);
  if (spawnFailure)
    return finish("error", EXIT.infrastructure, {
      ...common2,
      error: `could not start: ${spawnFailure.error}`
    });
  if (options.signal?.aborted || outcomes.some((o) => o.stopped))
    return finish("error", EXIT.infrastructure, {
      ...common2,
      error: "stopped (interrupted) before it finished"
    });
  const timeout = outcomes.find((o) => o.timedOut);
  if (timeout)
    return finish("error", EXIT.infrastructure, {
      ...common2,
      error: `timed out after ${suite.timeoutMinutes} min (timeout-minutes); its process tree was stopped, the results it wrote still count${tail(timeout)}`
    });
  if (first.files.length === 0) {
    const o = first.outcomes[first.outcomes.length - 1];
    const how = o ? o.signal ? `killed by ${o.signal}` : `exit ${o.exit}` : "nothing ran";
    if (first.outcomes.length === 0) return finish("passed", EXIT.passed, common2);
    return finish("error", EXIT.infrastructure, {
      ...common2,
      error: `wrote no result file (${how})${o ? tail(o) : ""}`
    });
  }
  if (first.broken.length > 0) warnings.push(...first.broken.map((b) => `result file ${b}`));
  const emptyExit = buildInvocations(base).invocations[0]?.emptyExit;
  if (emptyExit !== void 0 && first.outcomes.every((o) => o.exit === emptyExit) && first.cases.length === 0) {
    warnings.push(`suite "${suite.name}" shard ${options.shard}: no test was selected (exit ${emptyExit})`);
    return finish("passed", EXIT.passed, common2);
  }
  if (failing.length > 0) return finish("failed", EXIT.testFailures, common2);
  const failingCases = last.cases.filter(isFailing).length;
  if (failingCases > 0 && attempts.length === 1) return finish("failed", EXIT.testFailures, common2);
  const bad = first.outcomes.find((o) => o.exit !== 0);
  if (bad && attempts.length === 1) {
    const how = bad.signal ? `was killed by ${bad.signal}` : `exited ${bad.exit}`;
    return finish("error", EXIT.infrastructure, {
      ...common2,
      error: `${how} but its results show no failed test${tail(bad)}`
    });
  }
  return finish("passed", EXIT.passed, common2);
}
var LOG_FILE;
var init_shard2 = __esm({
  "src/run/shard.ts"() {
    "use strict";
    init_dist2();
    init_errors();
    init_exec();
    init_collect();
    init_job_record();
    init_model();
    init_adapters();
    init_command_line();
    init_probe();
    init_process();
    init_selection();
    LOG_FILE = "output.log";
  }
});

// src/commands/run.ts
var run_exports = {};
__export(run_exports, {
  parseShardOption: () => parseShardOption,
  runRun: () => runRun
});
import os4 from "node:os";
import path22 from "node:path";
function parseShardOption(value) {
  if (value === void 0) return void 0;
  const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(value);
  if (!m || Number(m[1]) > Number(m[2]))
    throw new InputError(`--shard must be I/N with 1 <= I <= N, got "${value}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}
function runIdNow() {
  return `run-${(/* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "").replace("T", "-")}`;
}
async function runRun(settings, deps) {
  const { config, baseDir } = await loadConfig(settings.cwd, settings.configPath);
  const unknown = settings.suites.filter((n2) => !config.suites.some((s) => s.name === n2));
  if (unknown.length > 0)
    throw new InputError(
      `--suite ${unknown.join(", ")}: no such suite in ${config.file} (suites: ${config.suites.map((s) => s.name).join(", ")})`
    );
  const chosen = settings.suites.length > 0 ? config.suites.filter((s) => settings.suites.includes(s.name)) : config.suites;
  const hostCores = settings.hostCores ?? os4.availableParallelism();
  const reference = {
    cores: config.host.cores ?? hostCores,
    reserved: config.host.reserved,
    spare: config.host.spare
  };
  const allocation = allocateCores(chosen, reference, hostCores);
  if (reference.cores !== hostCores)
    deps.log(
      `parallel-tests: the config is written for ${reference.cores} cores; this host has ${hostCores}, budgets scaled`
    );
  const memoryGb = os4.totalmem() / 1024 ** 3;
  deps.log(
    `parallel-tests: ${hostCores} cores, ${memoryGb.toFixed(1)} GB memory; ${chosen.length} suite(s)${settings.sequential ? ", one after another" : " at once"}`
  );
  const taskset = await findTaskset(deps.exec);
  if (!taskset) deps.log("parallel-tests: taskset is not here: suites are not pinned to their CPU ranges");
  const needsServer = chosen.some((s) => s.needsServer) && config.server !== void 0;
  let docker;
  if (needsServer) {
    const r = await deps.exec("docker", ["version", "--format", "{{.Server.Version}}"], { env: deps.env });
    if (r.code !== 0)
      docker = `the server needs Docker, which does not answer (${(r.error ?? r.stderr).trim().split("\n")[0]})`;
  }
  const plans = await Promise.all(
    chosen.map(async (suite, i) => {
      const a = allocation.suites[i];
      const workers = a.workers;
      const tools = await probeTools(suite, workers, { exec: deps.exec, env: deps.env });
      return { suite, allocation: a, workers, tools };
    })
  );
  for (const p of plans)
    deps.log(
      `  ${p.suite.name}: ${p.suite.framework}, ${p.workers} worker(s), cores ${cpuList(p.allocation.cores)}${p.allocation.shared ? " (shared)" : ""}`
    );
  const runId = settings.runId ?? runIdNow();
  const runDir = path22.resolve(settings.cwd, settings.resultsDir, runId);
  const controller = new AbortController();
  let interrupted;
  const onSignal = (signal) => {
    interrupted = signal;
    deps.log(`parallel-tests: ${signal}: stopping every suite and the server`);
    controller.abort();
  };
  const signals = deps.signals ?? process;
  signals.once("SIGINT", onSignal);
  signals.once("SIGTERM", onSignal);
  let server;
  let ticker;
  const shards = [];
  const started = Date.now();
  try {
    if (needsServer && docker === void 0) {
      try {
        let image2 = config.image?.name;
        if (config.image && !settings.noBuild) {
          const built = await runImage(
            {
              cwd: settings.cwd,
              configPath: settings.configPath,
              buildArgs: settings.buildArgs,
              lookupOnly: false
            },
            {
              exec: deps.exec,
              store: deps.store,
              log: deps.log,
              warn: (m) => deps.log(`parallel-tests: warning: ${m}`)
            }
          );
          image2 = built.image;
        }
        if (!controller.signal.aborted)
          server = await startConfiguredServer(
            { config, baseDir, image: image2 ?? "" },
            `parallel-tests-run-${process.pid}`,
            {
              exec: deps.exec,
              log: deps.log
            }
          );
      } catch (err2) {
        docker = `the server did not start: ${describeError(err2)}`;
      }
    }
    const one = async (p, live2) => {
      const shard = settings.shard ?? { index: 1, count: 1 };
      const name = p.suite.name;
      live2.state = "running";
      live2.start = Date.now();
      deps.log(`[${name}] started (${p.workers} worker(s) on cores ${cpuList(p.allocation.cores)})`);
      const outcome = await runShard(
        {
          suite: p.suite,
          baseDir,
          shard: shard.index,
          shards: shard.count,
          workers: p.workers,
          cores: p.allocation.cores.length,
          cpus: p.allocation.cores,
          ...settings.shard ? { testsFile: path22.resolve(settings.cwd, settings.shardDir, name, `shard-${shard.index}.txt`) } : {},
          outDir: path22.join(runDir, `${name}-${shard.index}`),
          runner: os4.hostname(),
          env: deps.env,
          tools: p.tools,
          ...taskset ? { taskset } : {},
          signal: controller.signal,
          ...deps.graceMs !== void 0 ? { graceMs: deps.graceMs } : {},
          ...p.suite.needsServer && docker !== void 0 ? { notRun: docker } : {}
        },
        {
          onLine: (line) => {
            live2.tests += testsDoneIn(p.suite.framework, line);
            (deps.onSuiteLine ?? ((s, l) => deps.log(`[${s}] ${l}`)))(name, line);
          }
        }
      );
      live2.state = outcome.status;
      live2.end = Date.now();
      live2.tests = outcome.tests;
      const seconds2 = ((Date.parse(outcome.record.end) - Date.parse(outcome.record.start)) / 1e3).toFixed(1);
      deps.log(
        `[${name}] ${outcome.status}${outcome.status === "not-run" ? "" : ` in ${seconds2} s, ${outcome.tests} tests`}${outcome.record.error ? `: ${outcome.record.error.split("\n")[0]}` : ""}`
      );
      return outcome;
    };
    const live = plans.map((p) => ({
      name: p.suite.name,
      framework: p.suite.framework,
      state: "waiting",
      tests: 0
    }));
    const progressMs = settings.progressMs ?? 1e4;
    const suitesStarted = Date.now();
    ticker = progressMs > 0 ? setInterval(() => deps.log(renderProgress(live, suitesStarted, Date.now())), progressMs) : void 0;
    ticker?.unref();
    if (settings.sequential) {
      for (const [i, p] of plans.entries()) {
        if (controller.signal.aborted) break;
        shards.push(await one(p, live[i]));
      }
    } else {
      shards.push(...await Promise.all(plans.map((p, i) => one(p, live[i]))));
    }
  } finally {
    if (ticker) clearInterval(ticker);
    signals.removeListener("SIGINT", onSignal);
    signals.removeListener("SIGTERM", onSignal);
    if (server) await server.stop();
  }
  const wall = (Date.now() - started) / 1e3;
  const agg = await runAggregate(
    {
      patterns: [`${runDir}/**/*.xml`, `${runDir}/**/*.trx`],
      cwd: settings.cwd,
      allowEmpty: true,
      ...settings.jsonPath !== void 0 ? { jsonPath: settings.jsonPath } : {},
      ...settings.htmlPath !== void 0 ? { htmlPath: settings.htmlPath } : {},
      console: {
        color: settings.color === true,
        totalSeconds: wall,
        results: [
          `${path22.relative(settings.cwd, runDir) || runDir} (each suite's result files, output.log and job record)`
        ]
      }
    },
    async () => []
  );
  deps.out(agg.console);
  for (const message of agg.unwritten ?? []) deps.out(`${message}
`);
  const codes = [agg.exitCode, ...shards.map((s) => s.exitCode)];
  if (shards.length < plans.length) codes.push(EXIT.infrastructure);
  const exitCode = interrupted ? 128 + (interrupted === "SIGINT" ? 2 : 15) : Math.max(...codes);
  return { exitCode, shards, runDir };
}
var init_run = __esm({
  "src/commands/run.ts"() {
    "use strict";
    init_load();
    init_errors();
    init_allocate();
    init_probe();
    init_process();
    init_progress();
    init_shard2();
    init_aggregate2();
    init_image2();
    init_serve();
  }
});

// src/workflow/detect.ts
import { posix as posix2 } from "node:path";
function wantsText(file) {
  const base = posix2.basename(file);
  return ["pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini", "package.json"].includes(base) || base.endsWith(".csproj");
}
function suiteName(raw, taken) {
  let name = raw.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "").slice(0, 56);
  if (name === "") name = "tests";
  let unique = name;
  for (let i = 2; taken.has(unique); i++) unique = `${name}-${i}`;
  taken.add(unique);
  return unique;
}
function testpaths(text3) {
  const m = /^\s*testpaths\s*=\s*(.+)$/m.exec(text3);
  if (!m) return [];
  return m[1].replace(/[[\]"',]/g, " ").split(/\s+/).filter((p) => p !== "").map((p) => p.replace(/^\.\//, "").replace(/\/$/, ""));
}
function detectPytest(files, texts, taken, findings) {
  const configs = files.filter((f) => {
    const pattern = PYTEST_CONFIG[posix2.basename(f)];
    return pattern !== void 0 && f === posix2.basename(f) && pattern.test(texts.get(f) ?? "");
  });
  for (const c of configs) findings.push(`pytest configuration in ${c}`);
  const testFiles = files.filter((f) => PY_TEST_FILE.test(f));
  if (testFiles.length === 0) {
    if (configs.length > 0)
      findings.push("pytest is configured, but no test_*.py or *_test.py file was found");
    return [];
  }
  const configured = configs.flatMap((c) => testpaths(texts.get(c) ?? ""));
  let roots;
  if (configured.length > 0) {
    roots = [...new Set(configured)];
    findings.push(`pytest testpaths: ${roots.join(", ")}`);
  } else {
    const tops = /* @__PURE__ */ new Map();
    for (const f of testFiles) {
      const top = f.includes("/") ? f.split("/")[0] : ".";
      tops.set(top, [...tops.get(top) ?? [], f]);
    }
    roots = [];
    for (const [top, inTop] of [...tops].sort(([a], [b]) => compareStrings(a, b))) {
      const subs = new Set(
        inTop.map((f) => f.split("/")).filter((p) => p.length > 2).map((p) => p[1])
      );
      const direct = inTop.some((f) => f.split("/").length <= 2);
      if (top !== "." && subs.size >= 2 && !direct) roots.push(...[...subs].sort().map((s) => `${top}/${s}`));
      else roots.push(top);
    }
  }
  return roots.map((root) => {
    const count2 = testFiles.filter((f) => root === "." || f.startsWith(`${root}/`)).length;
    findings.push(`pytest: ${count2} test file(s) under ${root === "." ? "the repository root" : `${root}/`}`);
    const base = root === "." ? "python" : root.split("/").length > 1 ? posix2.basename(root) : "python";
    const suite = { name: suiteName(base, taken), framework: "pytest" };
    if (root !== ".") suite.path = root;
    return suite;
  });
}
function detectDotnet(files, texts, taken, findings) {
  const suites = [];
  for (const f of files.filter((x) => x.endsWith(".csproj")).sort()) {
    const text3 = texts.get(f) ?? "";
    const isTest = /Microsoft\.NET\.Test\.Sdk/i.test(text3) || /<IsTestProject>\s*true\s*</i.test(text3);
    if (!isTest) continue;
    const framework = /["']xunit(\.v3)?["']/i.test(text3) ? "xunit" : /["']NUnit["']/i.test(text3) ? "nunit" : "dotnet";
    findings.push(
      `.NET test project ${f} (${framework === "dotnet" ? "Microsoft.NET.Test.Sdk" : framework})`
    );
    const dir = posix2.dirname(f);
    suites.push({
      name: suiteName(posix2.basename(f, ".csproj"), taken),
      framework,
      project: dir === "." ? f : dir
    });
  }
  return suites;
}
function detectNode(files, texts, taken, findings) {
  const suites = [];
  const pkg = texts.get("package.json");
  let manifest = {};
  if (pkg !== void 0) {
    try {
      manifest = JSON.parse(pkg);
    } catch {
      findings.push("package.json is not valid JSON: not read");
    }
  }
  const deps = { ...manifest.dependencies, ...manifest.devDependencies };
  const jestConfig = files.find((f) => JEST_CONFIG.test(f) && !f.includes("/"));
  if (jestConfig || manifest.jest !== void 0 || deps.jest !== void 0) {
    findings.push(
      `jest: ${jestConfig ?? (manifest.jest !== void 0 ? 'package.json "jest"' : "package.json dependency")}`
    );
    suites.push({ name: suiteName("jest", taken), framework: "jest" });
  }
  const vitestConfig = files.find((f) => VITEST_CONFIG.test(f) && !f.includes("/"));
  if (vitestConfig || deps.vitest !== void 0) {
    findings.push(`vitest: ${vitestConfig ?? "package.json dependency"}`);
    suites.push({ name: suiteName("vitest", taken), framework: "vitest" });
  }
  return suites;
}
function detectSuites(files, texts) {
  const findings = [];
  const taken = /* @__PURE__ */ new Set();
  const sorted = [...files].sort(compareStrings);
  const suites = [
    ...detectDotnet(sorted, texts, taken, findings),
    ...detectPytest(sorted, texts, taken, findings),
    ...detectNode(sorted, texts, taken, findings)
  ];
  if (suites.length === 0)
    findings.push("no tests found: no pytest test files, .NET test project, jest or vitest setup");
  return { suites, findings };
}
var PYTEST_CONFIG, PY_TEST_FILE, JEST_CONFIG, VITEST_CONFIG;
var init_detect = __esm({
  "src/workflow/detect.ts"() {
    "use strict";
    init_order();
    PYTEST_CONFIG = {
      "pytest.ini": /^\s*\[pytest\]/m,
      "pyproject.toml": /^\s*\[tool\.pytest(\.ini_options)?\]/m,
      "setup.cfg": /^\s*\[tool:pytest\]/m,
      "tox.ini": /^\s*\[pytest\]/m
    };
    PY_TEST_FILE = /(^|\/)(test_[^/]*|[^/]*_test)\.py$/;
    JEST_CONFIG = /(^|\/)jest\.config\.(js|cjs|mjs|ts|json)$/;
    VITEST_CONFIG = /(^|\/)vitest\.config\.(js|cjs|mjs|ts|mts)$/;
  }
});

// src/workflow/starter-config.ts
function schemaComment(schemaRef2) {
  return `# yaml-language-server: $schema=${schemaRef2}`;
}
function presetConfig(template, schemaRef2) {
  const lines = template.split("\n");
  const first = lines[0]?.startsWith("# yaml-language-server:") ? 1 : 0;
  return [schemaComment(schemaRef2), ...lines.slice(first)].join("\n");
}
function detectedConfig(detection, schemaRef2) {
  const doc = new import_yaml2.Document({
    version: 1,
    suites: detection.suites.map((s) => ({
      name: s.name,
      framework: s.framework,
      ...s.path !== void 0 ? { path: s.path } : {},
      ...s.project !== void 0 ? { project: s.project } : {},
      workers: "auto"
    }))
  });
  const suites = doc.contents.get("suites", true);
  if ((0, import_yaml2.isSeq)(suites)) {
    for (const item of suites.items) {
      if ((0, import_yaml2.isMap)(item)) item.spaceBefore = false;
    }
  }
  const head2 = [
    schemaComment(schemaRef2),
    "# Proposed by `parallel-tests init --preset detect` from what the repository holds:",
    ...detection.findings.map((f) => `#   ${f}`),
    "# Set each suite's workers (or threads), cores, markers or filter and timeout-minutes;",
    "# `parallel-tests plan --explain` shows the allocation, `parallel-tests generate` the workflow."
  ];
  return `${head2.join("\n")}
${doc.toString({ lineWidth: 0 })}`;
}
var import_yaml2, PRESETS;
var init_starter_config = __esm({
  "src/workflow/starter-config.ts"() {
    "use strict";
    import_yaml2 = __toESM(require_dist(), 1);
    PRESETS = ["honua", "pytest-xdist", "detect"];
  }
});

// src/commands/init.ts
var init_exports = {};
__export(init_exports, {
  SCHEMA_URL: () => SCHEMA_URL,
  runInit: () => runInit
});
import { existsSync } from "node:fs";
import { readFile as readFile9, writeFile as writeFile7 } from "node:fs/promises";
import path23 from "node:path";
import { fileURLToPath as fileURLToPath3 } from "node:url";
function packageRoot() {
  let dir = path23.dirname(fileURLToPath3(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(path23.join(dir, "workflows-templates"))) return dir;
    dir = path23.dirname(dir);
  }
  throw new InputError("the presets (workflows-templates/) are not installed beside the CLI");
}
function schemaRef(root, configFile) {
  const schema = path23.join(root, "schema", "parallel-tests.schema.json");
  const rel = path23.relative(path23.dirname(configFile), schema).split(path23.sep).join("/");
  return rel.startsWith("../../../") || path23.isAbsolute(rel) ? SCHEMA_URL : rel;
}
async function detect(cwd) {
  const files = await glob("**/*", { cwd, ignore: IGNORED, dot: false, onlyFiles: true });
  const texts = /* @__PURE__ */ new Map();
  for (const f of files.filter(wantsText)) texts.set(f, await readFile9(path23.join(cwd, f), "utf8"));
  return { files, texts };
}
async function runInit(settings) {
  if (!PRESETS.includes(settings.preset)) {
    throw new InputError(`--preset "${settings.preset}": expected one of ${PRESETS.join(", ")}`);
  }
  const preset = settings.preset;
  const file = path23.resolve(settings.cwd, settings.outPath);
  if (existsSync(file) && !settings.force) {
    throw new InputError(`${settings.outPath} exists; init never overwrites it (pass --force to replace it)`);
  }
  const root = packageRoot();
  const ref2 = schemaRef(root, file);
  let text3;
  let found = [];
  if (preset === "detect") {
    const { files, texts } = await detect(settings.cwd);
    const detection = detectSuites(files, texts);
    found = detection.findings;
    if (detection.suites.length === 0) {
      throw new InputError(
        `found no tests in ${settings.cwd} (looked for pytest test files and config, .NET test projects, jest and vitest); start from --preset honua or --preset pytest-xdist instead`
      );
    }
    text3 = detectedConfig(detection, ref2);
  } else {
    text3 = presetConfig(await readFile9(path23.join(root, "workflows-templates", `${preset}.yml`), "utf8"), ref2);
  }
  parseConfig(text3, settings.outPath);
  await writeFile7(file, text3);
  const lines = [`wrote ${settings.outPath} (${preset === "detect" ? "detected" : `preset ${preset}`})`];
  if (found.length > 0) lines.push("found:", ...found.map((f) => `  ${f}`));
  return { exitCode: EXIT.passed, message: lines.join("\n"), text: text3 };
}
var SCHEMA_URL, IGNORED;
var init_init = __esm({
  "src/commands/init.ts"() {
    "use strict";
    init_dist2();
    init_config();
    init_errors();
    init_detect();
    init_starter_config();
    SCHEMA_URL = "https://raw.githubusercontent.com/honua/parallel-tests/main/schema/parallel-tests.schema.json";
    IGNORED = [
      "**/node_modules/**",
      "**/.git/**",
      "**/bin/**",
      "**/obj/**",
      "**/.venv/**",
      "**/venv/**",
      "**/dist/**",
      "**/build/**"
    ];
  }
});

// node_modules/diff/libesm/diff/base.js
var Diff;
var init_base = __esm({
  "node_modules/diff/libesm/diff/base.js"() {
    Diff = class {
      diff(oldStr, newStr, options = {}) {
        let callback2;
        if (typeof options === "function") {
          callback2 = options;
          options = {};
        } else if ("callback" in options) {
          callback2 = options.callback;
        }
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback2);
      }
      diffWithOptionsObj(oldTokens, newTokens, options, callback2) {
        var _a;
        const done = (value) => {
          value = this.postProcess(value, options);
          if (callback2) {
            setTimeout(function() {
              callback2(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        const execEditLength = () => {
          for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            let basePath;
            const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            let canAdd = false;
            if (addPath) {
              const addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            const canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = this.addToPath(addPath, true, false, 0, options);
            } else {
              basePath = this.addToPath(removePath, false, true, 1, options);
            }
            newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback2) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback2(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            const ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      }
      addToPath(path26, added, removed, oldPosInc, options) {
        const last = path26.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path26.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path26.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      }
      extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      }
      equals(left, right, options) {
        if (options.comparator) {
          return options.comparator(left, right);
        } else {
          return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      }
      removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
          if (array[i]) {
            ret.push(array[i]);
          }
        }
        return ret;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      castInput(value, options) {
        return value;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      tokenize(value, options) {
        return Array.from(value);
      }
      join(chars) {
        return chars.join("");
      }
      postProcess(changeObjects, options) {
        return changeObjects;
      }
      get useLongestToken() {
        return false;
      }
      buildValues(lastComponent, newTokens, oldTokens) {
        const components = [];
        let nextComponent;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          const component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              let value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i) {
                const oldValue = oldTokens[oldPos + i];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      }
    };
  }
});

// node_modules/diff/libesm/diff/line.js
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}
var LineDiff, lineDiff;
var init_line = __esm({
  "node_modules/diff/libesm/diff/line.js"() {
    init_base();
    LineDiff = class extends Diff {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      equals(left, right, options) {
        if (options.ignoreWhitespace) {
          if (!options.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return super.equals(left, right, options);
      }
    };
    lineDiff = new LineDiff();
  }
});

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback: callback2 } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback2(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines2(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback: callback2 } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback2(void 0);
      } else {
        callback2(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines2(text3) {
  const hasTrailingNl = text3.endsWith("\n");
  const result = text3.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}
var INCLUDE_HEADERS;
var init_create = __esm({
  "node_modules/diff/libesm/patch/create.js"() {
    init_line();
    INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
  }
});

// node_modules/diff/libesm/index.js
var init_libesm = __esm({
  "node_modules/diff/libesm/index.js"() {
    init_create();
  }
});

// src/workflow/pins.ts
function parsePinFlag(text3) {
  const m = PIN_FLAG.exec(text3.trim());
  if (!m) {
    throw new InputError(
      `--pin "${text3}": expected OWNER/REPO@<full 40-hex commit SHA> # VERSION, e.g. "honua/parallel-tests@${"0".repeat(40)} # v1.0.0"`
    );
  }
  return { action: m[1], pin: { sha: m[2], version: m[3] } };
}
var OUR_ACTION, KNOWN_PINS, PIN_FLAG, PinBook;
var init_pins = __esm({
  "src/workflow/pins.ts"() {
    "use strict";
    init_errors();
    OUR_ACTION = "honua/parallel-tests";
    KNOWN_PINS = {
      "actions/checkout": { sha: "1af3b93b6815bc44a9784bd300feb67ff0d1eeb3", version: "v6.0.0" },
      "actions/setup-python": { sha: "83679a892e2d95755f2dac6acb0bfd1e9ac5d548", version: "v6.1.0" },
      "actions/upload-artifact": { sha: "b7c566a772e6b6bfb58ed0dc250532a479d7789f", version: "v6.0.0" },
      "actions/download-artifact": { sha: "37930b1c2abaa49bbe596cd826c3c89aef350131", version: "v7.0.0" },
      "actions/setup-dotnet": { sha: "d4c94342e560b34958eacfc5d055d21461ed1c5d", version: "v5.0.0" },
      "actions/setup-node": { sha: "2028fbc5c25fe9cf00d9f06a71cc4710d4507903", version: "v6.0.0" }
    };
    PIN_FLAG = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*)@([0-9a-f]{40})\s*#\s*([A-Za-z0-9][A-Za-z0-9._+-]{0,63})$/;
    PinBook = class {
      constructor(sources) {
        this.sources = sources;
      }
      sources;
      missing = /* @__PURE__ */ new Map();
      used = /* @__PURE__ */ new Set();
      /** `action@sha`, and the version for its comment; a placeholder while anything is missing. */
      use(action, usedFor) {
        this.used.add(action);
        const pin = this.sources.flags[action] ?? this.sources.config[action] ?? KNOWN_PINS[action];
        if (!pin) {
          if (!this.missing.has(action)) this.missing.set(action, usedFor);
          return { uses: `${action}@MISSING`, version: "missing" };
        }
        return { uses: `${action}@${pin.sha}`, version: pin.version };
      }
      /** Actions the workflow uses, sorted. */
      usedActions() {
        return [...this.used].sort();
      }
      /** Throws one InputError naming every missing pin and both ways to give it. */
      check(configFile) {
        if (this.missing.size === 0) return;
        const list2 = [...this.missing].map(([action, usedFor]) => `  ${action} (${usedFor})`).join("\n");
        const example = [...this.missing.keys()][0];
        throw new InputError(
          `${configFile}: the workflow needs these actions pinned to a full commit SHA, and no pin was given:
${list2}
Add each under workflow.pins in the config, e.g.
  workflow:
    pins:
      ${example}: { sha: <40 hex digits>, version: v1.2.3 }
or pass --pin '${example}@<40 hex digits> # v1.2.3'. A tag or branch is never used: it can move.`
        );
      }
    };
  }
});

// src/workflow/document.ts
var Pinned;
var init_document = __esm({
  "src/workflow/document.ts"() {
    "use strict";
    Pinned = class {
      constructor(uses, version) {
        this.uses = uses;
        this.version = version;
      }
      uses;
      version;
    };
  }
});

// src/workflow/render.ts
function toNode(doc, value) {
  if (value instanceof Pinned) {
    const scalar2 = doc.createNode(value.uses);
    scalar2.comment = ` ${value.version}`;
    return scalar2;
  }
  if (Array.isArray(value)) {
    const seq = new import_yaml3.YAMLSeq();
    for (const item of value) seq.items.push(toNode(doc, item));
    return seq;
  }
  if (value !== null && typeof value === "object") {
    const map = new import_yaml3.YAMLMap();
    if (Object.keys(value).length === 0) map.flow = true;
    for (const [key, item] of Object.entries(value))
      map.items.push(new import_yaml3.Pair(new import_yaml3.Scalar(key), toNode(doc, item)));
    return map;
  }
  const scalar = new import_yaml3.Scalar(value);
  if (typeof value === "string" && value.includes("\n")) scalar.type = import_yaml3.Scalar.BLOCK_LITERAL;
  return scalar;
}
function renderWorkflow(workflow) {
  const doc = new import_yaml3.Document();
  doc.contents = toNode(doc, workflow.body);
  doc.commentBefore = workflow.header.map((line) => line === "" ? "" : ` ${line}`).join("\n");
  return doc.toString({ lineWidth: 0, nullStr: "", blockQuote: "literal", indentSeq: true });
}
var import_yaml3;
var init_render2 = __esm({
  "src/workflow/render.ts"() {
    "use strict";
    import_yaml3 = __toESM(require_dist(), 1);
    init_document();
  }
});

// src/workflow/workflow.ts
function suiteCondition(names, all) {
  if (names.length === all.length) return void 0;
  for (const name of names) {
    if (!SAFE_NAME.test(name))
      throw new InputError(`suite name "${name}" cannot be written into the workflow`);
  }
  return names.map((n2) => `matrix.suite == '${n2}'`).join(" || ");
}
function safeText(value, what) {
  if (!SAFE_TEXT.test(value)) {
    throw new InputError(
      `${what} cannot be written into the workflow: it contains "$" or a line break (GitHub would read \${{ }} as an expression)`
    );
  }
  return value;
}
function expr(body) {
  return `\${{ ${body} }}`;
}
function step(fields) {
  return fields;
}
function withIf(condition, fields) {
  if (condition === void 0) return fields;
  const { name, ...rest } = fields;
  return { name: name ?? null, if: condition, ...rest };
}
function buildWorkflow(input) {
  const { config } = input;
  const wf = config.workflow ?? defaultWorkflow();
  const book = new PinBook({ flags: input.pins ?? {}, config: wf.pins });
  const pinned = (action, usedFor) => {
    const { uses, version } = book.use(action, usedFor);
    return new Pinned(uses, version);
  };
  const configPath = safeText(input.configPath, `the config path "${input.configPath}"`);
  const ours = (usedFor) => pinned(OUR_ACTION, usedFor);
  const checkout = () => step({
    name: "Check out",
    uses: pinned("actions/checkout", "every job"),
    // The token stays out of .git/config, where any later step could read it.
    with: { "persist-credentials": false }
  });
  const all = config.suites.map((s) => s.name);
  const names = (pick) => config.suites.filter(pick).map((s) => s.name);
  const qgis = new Set(wf.qgis?.suites ?? []);
  const qgisImage = wf.qgis?.image;
  const plan2 = {
    name: "plan",
    "runs-on": runsOn(wf.runsOn),
    "timeout-minutes": 10,
    permissions: { contents: "read" },
    outputs: {
      matrix: expr("steps.plan.outputs.matrix"),
      ...config.image ? { "cache-hit": expr("steps.image.outputs.cache-hit") } : {}
    },
    steps: [
      checkout(),
      step({
        name: "Plan the matrix from the timing history",
        id: "plan",
        uses: ours("plan"),
        with: { command: "plan", config: configPath, "timings-cache": true }
      }),
      step({
        name: "Keep the shard selections for the test jobs",
        uses: pinned("actions/upload-artifact", "the plan job hands the shard selections on"),
        with: {
          name: PLAN_ARTIFACT,
          path: PLAN_DIR,
          // The folder's name starts with a dot; upload-artifact leaves such files out unless told.
          "include-hidden-files": true,
          "if-no-files-found": "error",
          "retention-days": 1
        }
      }),
      ...config.image ? [
        step({
          name: "Look the test image up in the cache",
          id: "image",
          uses: ours("image lookup"),
          with: { command: "image", config: configPath, "lookup-only": true }
        })
      ] : []
    ]
  };
  const jobs = { plan: plan2 };
  if (config.image) {
    jobs.image = {
      name: "test image",
      needs: "plan",
      // Built once here and saved to the cache; every test job restores it.
      if: "needs.plan.outputs.cache-hit != 'true'",
      "runs-on": runsOn(wf.runsOn),
      "timeout-minutes": 30,
      permissions: { contents: "read" },
      steps: [
        checkout(),
        step({
          name: "Build the test image and save it to the cache",
          uses: ours("image build"),
          with: { command: "image", config: configPath }
        })
      ]
    };
  }
  const setup = [];
  const dotnet = names((s) => isDotnet(s.framework));
  if (dotnet.length > 0) {
    setup.push(
      withIf(suiteCondition(dotnet, all), {
        name: "Set up .NET",
        uses: pinned("actions/setup-dotnet", `.NET suites: ${dotnet.join(", ")}`),
        with: { "dotnet-version": wf.dotnetVersion }
      })
    );
  }
  const python = names((s) => s.framework === "pytest" && !qgis.has(s.name));
  if (python.length > 0) {
    const when = suiteCondition(python, all);
    setup.push(
      withIf(when, {
        name: "Set up Python",
        uses: pinned("actions/setup-python", `pytest suites: ${python.join(", ")}`),
        with: { "python-version": wf.pythonVersion }
      }),
      withIf(when, {
        name: "Install pytest and pytest-xdist",
        run: "python -m pip install pytest pytest-xdist"
      })
    );
    if (wf.requirements !== void 0) {
      setup.push(
        withIf(when, {
          name: "Install the requirements",
          env: { REQUIREMENTS: safeText(wf.requirements, "workflow.requirements") },
          run: 'python -m pip install -r "$REQUIREMENTS"'
        })
      );
    }
  }
  const qgisSuites = names((s) => qgis.has(s.name));
  if (qgisSuites.length > 0 && qgisImage === void 0) {
    setup.push(
      withIf(suiteCondition(qgisSuites, all), {
        name: "Install QGIS, pytest and pytest-xdist from Ubuntu's packages",
        // The system Python is the one with the QGIS bindings, so no setup-python here.
        run: [
          "sudo apt-get update",
          "sudo apt-get install --yes --no-install-recommends python3-qgis python3-pytest python3-pytest-xdist",
          ""
        ].join("\n")
      })
    );
  }
  const node = names((s) => s.framework === "jest" || s.framework === "vitest");
  if (node.length > 0) {
    const when = suiteCondition(node, all);
    setup.push(
      withIf(when, {
        name: "Set up Node.js",
        uses: pinned("actions/setup-node", `jest and vitest suites: ${node.join(", ")}`),
        with: { "node-version": wf.nodeVersion }
      }),
      withIf(when, { name: "Install the dependencies", run: "npm ci" })
    );
  }
  const go = names((s) => s.framework === "go");
  if (go.length > 0) {
    setup.push(
      withIf(suiteCondition(go, all), {
        name: "Set up Go",
        uses: pinned("actions/setup-go", `go suites: ${go.join(", ")}`),
        with: { "go-version-file": "go.mod" }
      })
    );
  }
  const server = names((s) => s.needsServer);
  if (server.length > 0 && !config.server) {
    throw new InputError(
      `${config.file}: suites ${server.join(", ")} need the test server, but the config has no "server" section`
    );
  }
  const run2 = {
    command: "run",
    config: configPath,
    suite: expr("matrix.suite"),
    shard: expr("matrix.shard"),
    shards: expr("matrix.shards"),
    "tests-file": expr("matrix.tests-file"),
    workers: expr("matrix.workers"),
    cores: expr("matrix.cores")
  };
  if (wf.retentionDays !== void 0) run2["retention-days"] = wf.retentionDays;
  const test = {
    name: `${expr("matrix.suite")} ${expr("matrix.shard")}/${expr("matrix.shards")}`,
    needs: config.image ? ["plan", "image"] : "plan",
    // The image job is skipped on a cache hit; its dependants must run anyway.
    ...config.image ? { if: expr("!cancelled() && needs.plan.result == 'success' && needs.image.result != 'failure'") } : {},
    // The runner labels come from the plan: the config's `runners` sized against each suite's budget.
    "runs-on": expr("matrix.runs-on"),
    "timeout-minutes": expr("matrix.timeout-minutes"),
    // actions: read for the plan's artifact.
    permissions: { contents: "read", actions: "read" },
    ...qgisImage !== void 0 && qgisSuites.length > 0 ? {
      // An empty image runs the job on the runner itself (actions/runner#2235).
      container: {
        image: expr(
          `(${suiteCondition(qgisSuites, [])}) && '${safeText(qgisImage, "workflow.qgis.image")}' || ''`
        )
      }
    } : {},
    strategy: {
      "fail-fast": false,
      ...wf.maxParallel !== void 0 ? { "max-parallel": wf.maxParallel } : {},
      matrix: expr("fromJSON(needs.plan.outputs.matrix)")
    },
    steps: [
      checkout(),
      step({
        name: "Fetch the shard selections",
        uses: pinned("actions/download-artifact", "the test jobs fetch the shard selections"),
        with: { name: PLAN_ARTIFACT, path: PLAN_DIR }
      }),
      ...setup,
      ...server.length > 0 ? [
        withIf(suiteCondition(server, all), {
          name: "Restore the test image and start the server",
          uses: ours("the test server"),
          with: { command: "image", config: configPath, serve: true }
        })
      ] : [],
      step({ name: "Run the shard", uses: ours("run"), with: run2 })
    ]
  };
  jobs.test = test;
  const aggregate2 = {
    command: "aggregate",
    config: configPath,
    // Every parallel-tests-* artifact of this run: one per test job.
    download: true,
    results: `${config.suites.map((s) => safeText(s.results, `suite "${s.name}" (line ${s.line}): "results"`)).join("\n")}
`
  };
  if (wf.checkRun) aggregate2["check-run"] = true;
  if (wf.comment !== "off") aggregate2.comment = wf.comment;
  if (wf.coverage !== void 0) aggregate2.coverage = safeText(wf.coverage, "workflow.coverage");
  if (wf.coverageThreshold !== void 0) aggregate2["coverage-threshold"] = wf.coverageThreshold;
  const outputs = ["job summary", "annotations"];
  if (wf.checkRun) outputs.push("check run");
  if (wf.comment !== "off") outputs.push("pull-request comment");
  jobs.report = {
    name: "report",
    needs: "test",
    // Failed or cancelled shards are what the report is for.
    if: "always()",
    "runs-on": runsOn(wf.runsOn),
    "timeout-minutes": 15,
    permissions: {
      contents: "read",
      actions: "read",
      ...wf.checkRun ? { checks: "write" } : {},
      ...wf.comment !== "off" ? { "pull-requests": "write" } : {}
    },
    steps: [
      checkout(),
      step({
        name: `Report across every test job (${outputs.join(", ")})`,
        uses: ours("aggregate"),
        with: aggregate2
      })
    ]
  };
  book.check(config.file);
  const body = {
    name: "parallel-tests",
    on: {
      pull_request: null,
      push: { branches: [wf.defaultBranch] },
      workflow_dispatch: null
    },
    permissions: {},
    // One run per pull request: a new push cancels the one before. Pushes to the default
    // branch get a group of their own (the run id), so none of them is ever cancelled, not even
    // while pending.
    concurrency: {
      group: `${expr("github.workflow")}-` + expr(
        "github.event_name == 'pull_request' && format('pr-{0}', github.event.pull_request.number) || github.run_id"
      ),
      "cancel-in-progress": expr("github.event_name == 'pull_request'")
    },
    jobs
  };
  for (const line of [input.configSource, input.regenerate]) {
    if (/[\r\n]/.test(line))
      throw new InputError(`a line break cannot be written into the header: ${JSON.stringify(line)}`);
  }
  return {
    header: [
      `Generated by parallel-tests from ${input.configSource}. Do not edit: change the config and run`,
      `  ${input.regenerate}`,
      "then commit both; generate --check with the same options fails while this file is stale.",
      `Actions: ${book.usedActions().join(", ")}, each pinned to a full commit SHA.`
    ],
    body
  };
}
function workflowConfigPath(configFromCwd, outFromCwd) {
  const config = posixNormalize(configFromCwd);
  const out2 = posixNormalize(outFromCwd);
  const at = out2.lastIndexOf(".github/workflows/");
  const root = at === -1 ? "" : out2.slice(0, at);
  if (root !== "" && !config.startsWith(root)) {
    throw new InputError(
      `the config ${configFromCwd} is outside the repository ${root.replace(/\/$/, "")} that ${outFromCwd} belongs to`
    );
  }
  return config.slice(root.length);
}
function posixNormalize(p) {
  const parts = [];
  for (const part of p.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function runsOn(labels) {
  return labels.length === 1 ? labels[0] : [...labels];
}
var PLAN_DIR, PLAN_ARTIFACT, SAFE_NAME, SAFE_TEXT;
var init_workflow = __esm({
  "src/workflow/workflow.ts"() {
    "use strict";
    init_frameworks();
    init_workflow_section();
    init_errors();
    init_document();
    init_pins();
    PLAN_DIR = ".parallel-tests/plan";
    PLAN_ARTIFACT = "parallel-tests.plan";
    SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
    SAFE_TEXT = /^[^\r\n$]+$/;
  }
});

// src/commands/generate.ts
var generate_exports = {};
__export(generate_exports, {
  DEFAULT_WORKFLOW_OUT: () => DEFAULT_WORKFLOW_OUT,
  runGenerate: () => runGenerate
});
import { mkdir as mkdir8, readFile as readFile10, writeFile as writeFile8 } from "node:fs/promises";
import path24 from "node:path";
function regenerateCommand(settings, config, out2) {
  const quote = (s) => /^[A-Za-z0-9_./@:=-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
  return [
    "npx parallel-tests generate",
    `--config ${quote(config)}`,
    `--out ${quote(out2)}`,
    ...settings.pins.map((p) => `--pin ${quote(p.trim())}`)
  ].join(" ");
}
function fromCwd(cwd, p) {
  return path24.relative(cwd, path24.resolve(cwd, p)).split(path24.sep).join("/");
}
async function runGenerate(settings) {
  const pins = {};
  for (const flag2 of settings.pins) {
    const { action, pin } = parsePinFlag(flag2);
    pins[action] = pin;
  }
  const config = fromCwd(settings.cwd, settings.configPath);
  const out2 = fromCwd(settings.cwd, settings.outPath);
  const { config: parsed } = await loadConfig(settings.cwd, config);
  const text3 = renderWorkflow(
    buildWorkflow({
      config: parsed,
      configPath: workflowConfigPath(config, out2),
      configSource: config,
      regenerate: regenerateCommand(settings, config, out2),
      pins
    })
  );
  const file = path24.resolve(settings.cwd, out2);
  if (!settings.check) {
    await mkdir8(path24.dirname(file), { recursive: true });
    await writeFile8(file, text3);
    return { exitCode: EXIT.passed, stdout: "", message: `wrote ${out2} from ${config}`, text: text3 };
  }
  let committed;
  try {
    committed = await readFile10(file, "utf8");
  } catch (err2) {
    if (err2.code !== "ENOENT")
      throw new InputError(`${out2}: ${describeError(err2)}`);
    return {
      exitCode: EXIT.testFailures,
      stdout: "",
      message: `${out2} does not exist: run \`${regenerateCommand(settings, config, out2)}\` and commit it`,
      text: text3
    };
  }
  if (committed === text3) {
    return { exitCode: EXIT.passed, stdout: "", message: `${out2} is up to date with ${config}`, text: text3 };
  }
  const diff = createTwoFilesPatch(`${out2} (committed)`, `${out2} (from ${config})`, committed, text3);
  return {
    exitCode: EXIT.testFailures,
    stdout: diff,
    message: `${out2} is stale: it differs from what ${config} generates (diff above); run \`${regenerateCommand(settings, config, out2)}\` and commit it`,
    text: text3
  };
}
var DEFAULT_WORKFLOW_OUT;
var init_generate = __esm({
  "src/commands/generate.ts"() {
    "use strict";
    init_libesm();
    init_load();
    init_errors();
    init_pins();
    init_render2();
    init_workflow();
    DEFAULT_WORKFLOW_OUT = ".github/workflows/parallel-tests.yml";
  }
});

// src/cli/commands.ts
init_defaults();
init_errors();
import { randomUUID } from "node:crypto";
import path25 from "node:path";

// src/report/workflow-log.ts
function wrapUntrusted(text3, newToken) {
  let token = newToken();
  for (let tries = 0; text3.toLowerCase().includes(token.toLowerCase()); tries++) {
    if (tries > 100) throw new Error("no stop-commands token absent from the text");
    token = newToken();
  }
  const body = text3.endsWith("\n") || text3 === "" ? text3 : `${text3}
`;
  return `::stop-commands::${token}
${body}::${token}::
`;
}

// src/cli/commands.ts
var EXIT_CODES = "exit codes: 0 all passed, 1 test failures, 2 bad input, 3 infrastructure";
function str(values, name) {
  const v = values[name];
  return typeof v === "string" ? v : void 0;
}
function list(values, name) {
  const v = values[name];
  return Array.isArray(v) ? v : [];
}
function flag(values, name) {
  return values[name] === true;
}
function reportText(text3, context) {
  return context.stepLog ? wrapUntrusted(text3, randomUUID) : text3;
}
function warner(context) {
  return (message) => context.err(`parallel-tests: warning: ${message}
`);
}
var HISTORY_OPTIONS = {
  history: {
    type: "string",
    value: "FILE",
    help: `a timing history file (default ${DEFAULT_HISTORY_FILE} with --cache-dir)`
  },
  "cache-dir": {
    type: "string",
    value: "DIR",
    help: "carry the history between checkouts in this local cache, keyed by branch"
  },
  branch: {
    type: "string",
    value: "NAME",
    help: "the branch for the cache key (default: git's, else local)"
  }
};
async function historyOf(values, cwd, context, defaultBranch) {
  const dir = str(values, "cache-dir");
  const file = str(values, "history") ?? (dir !== void 0 ? DEFAULT_HISTORY_FILE : void 0);
  if (file === void 0) return void 0;
  const { timingHistory: timingHistory2 } = await Promise.resolve().then(() => (init_history2(), history_exports));
  if (dir === void 0) {
    return timingHistory2(
      { file: path25.resolve(cwd, file), storePath: file, branch: "local", run: "local" },
      warner(context)
    );
  }
  const [{ LocalCacheStore: LocalCacheStore2 }, { currentBranch: currentBranch2 }, { execProcess: execProcess2 }] = await Promise.all([
    Promise.resolve().then(() => (init_local_cache_store(), local_cache_store_exports)),
    Promise.resolve().then(() => (init_git(), git_exports)),
    Promise.resolve().then(() => (init_exec(), exec_exports))
  ]);
  return timingHistory2(
    {
      file: path25.resolve(cwd, file),
      storePath: file,
      store: new LocalCacheStore2({ root: path25.resolve(cwd, dir), cwd }),
      branch: str(values, "branch") ?? await currentBranch2(execProcess2, cwd),
      ...defaultBranch !== void 0 ? { defaultBranch } : {},
      run: String(Date.now())
    },
    warner(context)
  );
}
var REPORT_OPTIONS = {
  coverage: {
    type: "string",
    value: "GLOB",
    multiple: true,
    default: [],
    help: "Cobertura XML files of every shard, merged per file and line"
  },
  "coverage-threshold": {
    type: "string",
    value: "PERCENT",
    help: "fail (exit 1) when the merged line coverage is below this"
  },
  compare: {
    type: "string",
    value: "FILE|auto",
    help: "compare with a base run's JSON report; auto: the newest in --cache-dir of --base-branch"
  },
  "base-branch": {
    type: "string",
    value: "NAME",
    help: "the branch --compare auto takes the base from (default: --branch)"
  }
};
var aggregate = {
  name: "aggregate",
  summary: "read JUnit, TRX, NUnit and xUnit.net result files into one report",
  args: "<file-or-glob>...",
  positionals: true,
  options: {
    json: { type: "string", value: "FILE", help: "also write the JSON report to FILE" },
    html: {
      type: "string",
      value: "FILE",
      help: "also write the HTML report (one self-contained page) to FILE"
    },
    "allow-empty": { type: "boolean", help: "a pattern that matches no file is a warning, not an error" },
    cwd: { type: "string", value: "DIR", help: "where patterns start (default: the current directory)" },
    ...HISTORY_OPTIONS,
    ...REPORT_OPTIONS
  },
  notes: ["A leading ! excludes (quote it for the shell). The format is told from each file's content."],
  async run(values, positionals, context) {
    const cwd = path25.resolve(context.cwd, str(values, "cwd") ?? ".");
    const history = await historyOf(values, cwd, context);
    const extras = await reportExtrasOf(values, cwd, context);
    const { runAggregate: runAggregate2 } = await Promise.resolve().then(() => (init_aggregate2(), aggregate_exports));
    const json = str(values, "json");
    const html = str(values, "html");
    const outcome = await runAggregate2({
      ...extras.settings,
      patterns: positionals,
      cwd,
      allowEmpty: flag(values, "allow-empty"),
      ...history !== void 0 ? { history } : {},
      ...json !== void 0 ? { jsonPath: json } : {},
      ...html !== void 0 ? { htmlPath: html } : {},
      console: { color: context.color === true }
    });
    context.out(reportText(outcome.console, context));
    if (extras.note) context.out(`${extras.note}
`);
    await extras.save(outcome.report);
    for (const message of outcome.unwritten ?? []) context.err(`parallel-tests: ${message}
`);
    return outcome.exitCode;
  }
};
async function reportExtrasOf(values, cwd, context) {
  const { reportExtras: reportExtras2 } = await Promise.resolve().then(() => (init_report_options(), report_options_exports));
  const [threshold, compare2, baseBranch, cacheDir, branch] = [
    "coverage-threshold",
    "compare",
    "base-branch",
    "cache-dir",
    "branch"
  ].map((name) => str(values, name));
  return reportExtras2(
    {
      coverage: list(values, "coverage"),
      threshold,
      compare: compare2,
      baseBranch,
      allowEmpty: flag(values, "allow-empty")
    },
    { cwd, cacheDir, branch, warn: warner(context) }
  );
}
var plan = {
  name: "plan",
  summary: "core allocation and timing-balanced shards -> the matrix",
  options: {
    config: { type: "string", value: "FILE", default: DEFAULT_CONFIG, help: "the config" },
    timings: {
      type: "string",
      value: "[SUITE=]FILE",
      multiple: true,
      default: [],
      help: "earlier durations, oldest first (JUnit/TRX globs or .test_durations)"
    },
    tests: {
      type: "string",
      value: "[SUITE=]FILE",
      multiple: true,
      default: [],
      help: "the tests about to run, one id a line (e.g. pytest --collect-only -q)"
    },
    shards: { type: "string", value: "N", help: "shards for every suite, overriding the config" },
    local: {
      type: "boolean",
      help: "shard files for one machine or another CI: more than a GitHub matrix's 256 jobs allowed"
    },
    "host-cores": {
      type: "string",
      value: "N",
      help: "allocate for a host with N cores (default: the config's host, else this machine)"
    },
    out: { type: "string", value: "DIR", default: DEFAULT_SHARD_DIR, help: "where shard files go" },
    json: { type: "boolean", help: "print the plan as JSON (matrix, suites, allocation, warnings)" },
    explain: {
      type: "boolean",
      help: "print the allocation and the matrix as tables (the default without --json)"
    },
    ...HISTORY_OPTIONS,
    "default-branch": {
      type: "string",
      value: "NAME",
      help: "with --cache-dir: restore this branch's newest history when --branch has none"
    }
  },
  async run(values, _positionals, context) {
    const shards = wholeNumber(str(values, "shards"), "--shards");
    const hostCores = wholeNumber(str(values, "host-cores"), "--host-cores");
    const cwd = context.cwd;
    const history = await historyOf(values, cwd, context, str(values, "default-branch"));
    const { runPlan: runPlan2 } = await Promise.resolve().then(() => (init_plan2(), plan_exports));
    const outcome = await runPlan2({
      cwd,
      configPath: str(values, "config") ?? DEFAULT_CONFIG,
      timings: list(values, "timings"),
      tests: list(values, "tests"),
      shardDir: str(values, "out") ?? DEFAULT_SHARD_DIR,
      ...history !== void 0 ? { history } : {},
      ...shards !== void 0 ? { shards } : {},
      ...hostCores !== void 0 ? { hostCores } : {},
      ...flag(values, "local") ? { local: true } : {}
    });
    if (flag(values, "json")) {
      context.out(`${JSON.stringify(outcome.json, null, 2)}
`);
      if (flag(values, "explain")) context.err(outcome.explanation);
    } else {
      context.out(outcome.explanation);
    }
    return EXIT.passed;
  }
};
var IMAGE_OPTIONS = {
  config: {
    type: "string",
    value: "FILE",
    default: DEFAULT_CONFIG,
    help: 'the config with an "image" section'
  },
  "build-arg": {
    type: "string",
    value: "KEY=VALUE",
    multiple: true,
    default: [],
    help: "over the config's build args (part of the cache key)"
  },
  "cache-dir": { type: "string", value: "DIR", help: "the local cache (default ~/.cache/parallel-tests)" }
};
async function imageDeps(values, context) {
  const [{ LocalCacheStore: LocalCacheStore2 }, { execProcess: execProcess2 }] = await Promise.all([
    Promise.resolve().then(() => (init_local_cache_store(), local_cache_store_exports)),
    Promise.resolve().then(() => (init_exec(), exec_exports))
  ]);
  const cwd = context.cwd;
  return {
    exec: execProcess2,
    store: new LocalCacheStore2({
      root: path25.resolve(cwd, str(values, "cache-dir") ?? DEFAULT_CACHE_DIR),
      cwd
    }),
    log: (line) => context.err(`${line}
`),
    warn: warner(context)
  };
}
var image = {
  name: "image",
  summary: "build the test image, or restore it from the cache when its key is there",
  options: {
    ...IMAGE_OPTIONS,
    "lookup-only": { type: "boolean", help: "only say whether the cache has the image (exit 0 either way)" },
    json: { type: "string", value: "FILE", help: "write {image, key, cacheHit} to FILE" }
  },
  async run(values, _positionals, context) {
    const { runImage: runImage2 } = await Promise.resolve().then(() => (init_image2(), image_exports));
    const outcome = await runImage2(
      {
        cwd: context.cwd,
        configPath: str(values, "config") ?? DEFAULT_CONFIG,
        buildArgs: list(values, "build-arg"),
        lookupOnly: flag(values, "lookup-only")
      },
      await imageDeps(values, context)
    );
    const json = str(values, "json");
    if (json !== void 0) {
      const { writeFile: writeFile9 } = await import("node:fs/promises");
      const report2 = { image: outcome.image, key: outcome.key, cacheHit: outcome.cacheHit };
      await writeFile9(path25.resolve(context.cwd, json), `${JSON.stringify(report2, null, 2)}
`);
    }
    const state = outcome.source === "lookup" ? outcome.cacheHit ? "in the cache" : "not in the cache" : `ready (${outcome.source})`;
    context.out(`${outcome.image}: ${state}, key ${outcome.key}
`);
    return EXIT.passed;
  }
};
var serve = {
  name: "serve",
  summary: "image, then the test server healthy, then CMD; the server is torn down on any end",
  args: "-- CMD ARGS...",
  positionals: true,
  options: IMAGE_OPTIONS,
  notes: ["The server goes when CMD ends, fails or is interrupted; the exit code is CMD's."],
  async run(values, positionals, context) {
    if (positionals.length === 0)
      throw new InputError("serve needs a command to run: serve [options] -- CMD ARGS...");
    const { runServe: runServe2 } = await Promise.resolve().then(() => (init_serve(), serve_exports));
    return runServe2(
      {
        cwd: context.cwd,
        configPath: str(values, "config") ?? DEFAULT_CONFIG,
        buildArgs: list(values, "build-arg"),
        command: positionals,
        name: `parallel-tests-${process.pid}`
      },
      await imageDeps(values, context)
    );
  }
};
var run = {
  name: "run",
  summary: "run the suites here: image and server when needed, every suite at once on its cores, the report",
  options: {
    config: { type: "string", value: "FILE", default: DEFAULT_CONFIG, help: "the config" },
    suite: {
      type: "string",
      value: "NAME",
      multiple: true,
      default: [],
      help: "only this suite"
    },
    shard: {
      type: "string",
      value: "I/N",
      help: "shard I of N of each suite, from plan's files in .parallel-tests/plan"
    },
    "no-build": { type: "boolean", help: "use the config's image as it is (no build or restore)" },
    sequential: {
      type: "boolean",
      help: "the same suites one after another (to compare with the parallel run)"
    },
    "build-arg": IMAGE_OPTIONS["build-arg"],
    "cache-dir": IMAGE_OPTIONS["cache-dir"],
    "results-dir": {
      type: "string",
      value: "DIR",
      default: "TestResults",
      help: "where <run-id>/<suite>-<shard>/ go"
    },
    json: { type: "string", value: "FILE", help: "also write the JSON report to FILE" },
    html: {
      type: "string",
      value: "FILE",
      help: "also write the HTML report (one self-contained page) to FILE"
    }
  },
  notes: [
    "Each suite shard leaves its results, parallel-tests-job.json and output.log in DIR/<run-id>/<suite>-<shard>/."
  ],
  async run(values, _positionals, context) {
    const { runRun: runRun2, parseShardOption: parseShardOption2 } = await Promise.resolve().then(() => (init_run(), run_exports));
    const shard = parseShardOption2(str(values, "shard"));
    const json = str(values, "json");
    const html = str(values, "html");
    const outcome = await runRun2(
      {
        cwd: context.cwd,
        configPath: str(values, "config") ?? DEFAULT_CONFIG,
        suites: list(values, "suite"),
        ...shard ? { shard } : {},
        shardDir: DEFAULT_SHARD_DIR,
        noBuild: flag(values, "no-build"),
        sequential: flag(values, "sequential"),
        buildArgs: list(values, "build-arg"),
        resultsDir: str(values, "results-dir") ?? "TestResults",
        ...json !== void 0 ? { jsonPath: json } : {},
        ...html !== void 0 ? { htmlPath: html } : {},
        color: context.color === true
      },
      {
        ...await imageDeps(values, context),
        // The report at the end holds text from result files; the suites' lines go to err.
        out: (text3) => context.out(reportText(text3, context)),
        env: process.env
      }
    );
    return outcome.exitCode;
  }
};
var init = {
  name: "init",
  summary: "write a starter parallel-tests.yml from a preset or from the tests the repository holds",
  options: {
    preset: {
      type: "string",
      value: "NAME",
      default: "detect",
      help: "honua, pytest-xdist, or detect (suites proposed from the repository, saying what it found)"
    },
    out: {
      type: "string",
      value: "FILE",
      default: DEFAULT_CONFIG,
      help: "where to write it"
    },
    force: { type: "boolean", help: "replace an existing file (never replaced without it)" }
  },
  async run(values, _positionals, context) {
    const { runInit: runInit2 } = await Promise.resolve().then(() => (init_init(), init_exports));
    const outcome = await runInit2({
      cwd: context.cwd,
      preset: str(values, "preset") ?? "detect",
      outPath: str(values, "out") ?? DEFAULT_CONFIG,
      force: flag(values, "force")
    });
    context.err(`${outcome.message}
`);
    return outcome.exitCode;
  }
};
var generate = {
  name: "generate",
  summary: "write the GitHub Actions workflow for the config: plan, image, test matrix, report",
  options: {
    config: {
      type: "string",
      value: "FILE",
      default: DEFAULT_CONFIG,
      help: "the config"
    },
    out: {
      type: "string",
      value: "FILE",
      default: ".github/workflows/parallel-tests.yml",
      help: "the workflow"
    },
    pin: {
      type: "string",
      multiple: true,
      value: "'OWNER/REPO@SHA # VERSION'",
      help: "an action's full commit SHA and its tag, over the config's workflow.pins"
    },
    check: {
      type: "boolean",
      help: "write nothing; exit 1 with a unified diff when the file is stale or missing"
    }
  },
  notes: ["Every action is pinned to a full commit SHA; a missing pin is an error naming it, never a tag."],
  async run(values, _positionals, context) {
    const { runGenerate: runGenerate2 } = await Promise.resolve().then(() => (init_generate(), generate_exports));
    const outcome = await runGenerate2({
      cwd: context.cwd,
      configPath: str(values, "config") ?? DEFAULT_CONFIG,
      outPath: str(values, "out") ?? ".github/workflows/parallel-tests.yml",
      pins: list(values, "pin"),
      check: flag(values, "check")
    });
    context.out(outcome.stdout);
    context.err(`${outcome.message}
`);
    return outcome.exitCode;
  }
};
var COMMANDS = [aggregate, plan, image, serve, run, init, generate];
var LATER = [];

// src/cli/table.ts
init_errors();
import { parseArgs } from "node:util";
var HELP = { type: "boolean", help: "print this help" };
function optionLabel(name, spec) {
  const value = spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : "";
  return `--${name}${value}`;
}
function optionHelp(spec) {
  const extras = [];
  if (spec.multiple) extras.push("repeatable");
  if (spec.type === "string" && typeof spec.default === "string") extras.push(`default ${spec.default}`);
  return extras.length > 0 ? `${spec.help} (${extras.join("; ")})` : spec.help;
}
function optionLines(options, indent2) {
  const entries = Object.entries(options);
  const width = Math.max(0, ...entries.map(([name, spec]) => optionLabel(name, spec).length));
  return entries.map(
    ([name, spec]) => `${indent2}${optionLabel(name, spec).padEnd(width)}  ${optionHelp(spec)}`
  );
}
function usageLine(spec) {
  const opts = Object.keys(spec.options).length > 0 ? " [options]" : "";
  return `parallel-tests ${spec.name}${opts}${spec.args ? ` ${spec.args}` : ""}`;
}
function renderCommandHelp(spec) {
  const lines = [`usage: ${usageLine(spec)}`, "", spec.summary, "", "options:"];
  lines.push(...optionLines({ ...spec.options, help: { ...HELP, help: "print this help (also -h)" } }, "  "));
  if (spec.notes && spec.notes.length > 0) lines.push("", ...spec.notes);
  return `${lines.join("\n")}
`;
}
function renderUsage(commands, exitCodes) {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = ["usage: parallel-tests <command> [options]", "", "commands:"];
  for (const c of commands) lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
  lines.push("", "parallel-tests <command> --help prints the options of one command.", "", exitCodes);
  return `${lines.join("\n")}
`;
}
function wantsHelp(argv) {
  const end = argv.indexOf("--");
  const own = end < 0 ? argv : argv.slice(0, end);
  return own.includes("--help") || own.includes("-h");
}
function parseCommandArgs(spec, argv) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: spec.positionals ?? false,
      strict: true,
      options: Object.fromEntries(
        Object.entries(spec.options).map(([name, o]) => [
          name,
          {
            type: o.type,
            ...o.multiple ? { multiple: true } : {},
            ...o.default !== void 0 ? { default: o.default } : {}
          }
        ])
      )
    });
    return { values, positionals };
  } catch (err2) {
    const message = err2 instanceof Error ? err2.message : String(err2);
    throw new InputError(`${spec.name}: ${message}
(parallel-tests ${spec.name} --help lists the options)`);
  }
}

// src/cli.ts
init_errors();
init_console();
var broken = /* @__PURE__ */ new Set();
function onWriteError(stream, name) {
  stream.on("error", (error) => {
    if (broken.has(stream)) return;
    broken.add(stream);
    if (error.code === "EPIPE") return;
    process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.infrastructure);
    if (!broken.has(process.stderr))
      process.stderr.write(`parallel-tests: cannot write to ${name}: ${describeError(error)}
`);
  });
}
onWriteError(process.stdout, "standard output");
onWriteError(process.stderr, "standard error");
var out = (text3) => {
  if (!broken.has(process.stdout)) process.stdout.write(text3);
};
var err = (text3) => {
  if (!broken.has(process.stderr)) process.stderr.write(text3);
};
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "-h" || name === "--help" || name === "help") {
    out(renderUsage(COMMANDS, EXIT_CODES));
    return name === void 0 ? EXIT.badInput : EXIT.passed;
  }
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) {
    if (LATER.includes(name)) {
      throw new InputError(
        `"${name}" is not available in this version yet; available: ${COMMANDS.map((c) => c.name).join(", ")}`
      );
    }
    throw new InputError(`unknown command "${name}"

${renderUsage(COMMANDS, EXIT_CODES)}`);
  }
  if (wantsHelp(rest)) {
    out(renderCommandHelp(spec));
    return EXIT.passed;
  }
  const { values, positionals } = parseCommandArgs(spec, rest);
  return spec.run(values, positionals, {
    cwd: process.cwd(),
    out,
    err,
    color: wantsColor(process.stdout.isTTY === true, process.env),
    stepLog: process.env.GITHUB_ACTIONS === "true"
  });
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
  },
  (error) => {
    err(`parallel-tests: ${describeError(error)}
`);
    process.exitCode = Math.max(Number(process.exitCode ?? 0), exitCodeOf(error));
  }
);
/*! For license information please see cli.js.LEGAL.txt */
