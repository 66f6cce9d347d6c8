/**
 * A local HTTP server (node:http, a free port) that speaks the GitHub REST routes the action
 * calls: check runs (create, update) and issue comments (list with pagination, create,
 * update). It keeps what a client would see on GitHub (the check run's output, its appended
 * annotations, the comments) and refuses what GitHub refuses (more than 50 annotations, a
 * text over 65,535 characters, a missing field, a wrong token). Faults are set per route.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = 'create-check' | 'update-check' | 'list-comments' | 'create-comment' | 'update-comment';

export interface Fault {
  status: number;
  message: string;
  /** Answer normally this many times first. */
  after?: number;
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: {
    path: string;
    start_line: number;
    annotation_level: string;
    title?: string;
    message: string;
  }[];
}

export interface CommentState {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface RequestSeen {
  method: string;
  path: string;
  route: Route | 'unknown';
  annotations: number;
}

export interface FakeGitHub {
  url: string;
  token: string;
  checkRuns: CheckRunState[];
  /** Comments by issue (pull request) number. */
  comments: Map<number, CommentState[]>;
  requests: RequestSeen[];
  faults: Partial<Record<Route, Fault>>;
  close(): Promise<void>;
}

const TEXT_LIMIT = 65_535;
const COMMENT_LIMIT = 65_536;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? {} : JSON.parse(text);
}

type Output = { title?: string; summary?: string; text?: string; annotations?: CheckRunState['annotations'] };

/** What GitHub answers 422 to in a check run's output; undefined when it is acceptable. */
function outputProblem(output: Output | undefined): string | undefined {
  if (output === undefined) return undefined;
  if (typeof output.title !== 'string' || typeof output.summary !== 'string')
    return 'output.title and output.summary are required';
  for (const key of ['summary', 'text'] as const) {
    const value = output[key];
    // Characters as GitHub counts them (code points); UTF-16 length is an upper bound, cheap to test first.
    if (value !== undefined && value.length > TEXT_LIMIT && [...value].length > TEXT_LIMIT)
      return `output.${key} is too long (maximum is ${TEXT_LIMIT} characters)`;
  }
  const annotations = output.annotations ?? [];
  if (annotations.length > 50) return 'Only 50 annotations are allowed per request';
  for (const a of annotations) {
    if (
      !a.path ||
      !(a.start_line >= 1) ||
      !a.message ||
      !['notice', 'warning', 'failure'].includes(a.annotation_level)
    )
      return 'annotation is missing path, start_line, message or annotation_level';
    if (a.title !== undefined && [...a.title].length > 255) return 'annotation title is too long';
  }
  return undefined;
}

export async function startFakeGitHub(
  options: { token?: string; owner?: string; repo?: string } = {},
): Promise<FakeGitHub> {
  const token = options.token ?? 'test-token';
  const repoPath = `/repos/${options.owner ?? 'o'}/${options.repo ?? 'r'}`;
  let nextId = 1000;
  const state: Omit<FakeGitHub, 'url' | 'close'> = {
    token,
    checkRuns: [],
    comments: new Map(),
    requests: [],
    faults: {},
  };
  const counts = new Map<Route, number>();

  function fault(route: Route): Fault | undefined {
    const seen = counts.get(route) ?? 0;
    counts.set(route, seen + 1);
    const f = state.faults[route];
    return f && seen >= (f.after ?? 0) ? f : undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const body = (method === 'GET' ? {} : await readBody(req)) as Record<string, unknown>;
    const seen: RequestSeen = { method, path: url.pathname, route: 'unknown', annotations: 0 };
    state.requests.push(seen);
    if (req.headers.authorization !== `token ${token}`) return send(res, 401, { message: 'Bad credentials' });
    const p = url.pathname;
    const checkId = new RegExp(`^${repoPath}/check-runs/(\\d+)$`).exec(p)?.[1];
    const issueNumber = new RegExp(`^${repoPath}/issues/(\\d+)/comments$`).exec(p)?.[1];
    const commentId = new RegExp(`^${repoPath}/issues/comments/(\\d+)$`).exec(p)?.[1];
    if (method === 'POST' && p === `${repoPath}/check-runs`) {
      seen.route = 'create-check';
      const output = body.output as Output | undefined;
      seen.annotations = output?.annotations?.length ?? 0;
      const f = fault('create-check');
      if (f) return send(res, f.status, { message: f.message });
      if (typeof body.name !== 'string' || typeof body.head_sha !== 'string')
        return send(res, 422, {
          message: 'Invalid request.',
          errors: ['"name" and "head_sha" are required'],
        });
      const problem = outputProblem(output);
      if (problem) return send(res, 422, { message: 'Invalid request.', errors: [problem] });
      const run: CheckRunState = {
        id: nextId++,
        name: body.name,
        head_sha: body.head_sha,
        ...(typeof body.status === 'string' ? { status: body.status } : {}),
        ...(typeof body.conclusion === 'string' ? { conclusion: body.conclusion, status: 'completed' } : {}),
        output: { title: output?.title, summary: output?.summary, text: output?.text },
        annotations: [...(output?.annotations ?? [])],
      };
      state.checkRuns.push(run);
      return send(res, 201, {
        id: run.id,
        name: run.name,
        head_sha: run.head_sha,
        html_url: `https://github.invalid/runs/${run.id}`,
      });
    }
    if (method === 'PATCH' && checkId !== undefined) {
      seen.route = 'update-check';
      const output = body.output as Output | undefined;
      seen.annotations = output?.annotations?.length ?? 0;
      const f = fault('update-check');
      if (f) return send(res, f.status, { message: f.message });
      const run = state.checkRuns.find((r) => r.id === Number(checkId));
      if (!run) return send(res, 404, { message: 'Not Found' });
      const problem = outputProblem(output);
      if (problem) return send(res, 422, { message: 'Invalid request.', errors: [problem] });
      if (output) {
        // Fields given replace; annotations are appended (GitHub's documented behaviour).
        for (const key of ['title', 'summary', 'text'] as const)
          if (output[key] !== undefined) run.output[key] = output[key];
        for (const a of output.annotations ?? []) run.annotations.push(a);
      }
      if (typeof body.conclusion === 'string') run.conclusion = body.conclusion;
      return send(res, 200, { id: run.id });
    }
    if (issueNumber !== undefined) {
      const issue = Number(issueNumber);
      const list = state.comments.get(issue) ?? [];
      if (method === 'GET') {
        seen.route = 'list-comments';
        const f = fault('list-comments');
        if (f) return send(res, f.status, { message: f.message });
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < list.length) {
          const next = new URL(url.href.replace('http://localhost', `http://${req.headers.host}`));
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return send(res, 200, slice, headers);
      }
      if (method === 'POST') {
        seen.route = 'create-comment';
        const f = fault('create-comment');
        if (f) return send(res, f.status, { message: f.message });
        if (typeof body.body !== 'string' || body.body.length > COMMENT_LIMIT)
          return send(res, 422, {
            message: 'Validation Failed',
            errors: [{ field: 'body', code: 'invalid' }],
          });
        const comment = {
          id: nextId++,
          body: body.body,
          user: { login: 'github-actions[bot]', type: 'Bot' },
        };
        list.push(comment);
        state.comments.set(issue, list);
        return send(res, 201, comment);
      }
    }
    if (method === 'PATCH' && commentId !== undefined) {
      seen.route = 'update-comment';
      const f = fault('update-comment');
      if (f) return send(res, f.status, { message: f.message });
      const id = Number(commentId);
      const comment = [...state.comments.values()].flat().find((c) => c.id === id);
      if (!comment) return send(res, 404, { message: 'Not Found' });
      if (typeof body.body !== 'string' || body.body.length > COMMENT_LIMIT)
        return send(res, 422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'invalid' }] });
      comment.body = body.body;
      return send(res, 200, comment);
    }
    return send(res, 404, { message: 'Not Found' });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { message: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...state,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
