/**
 * A stand-in for GitHub's artifact service on 127.0.0.1, speaking the routes @actions/artifact
 * calls: the results service's Twirp JSON API (CreateArtifact, FinalizeArtifact, ListArtifacts,
 * GetSignedArtifactURL) under ACTIONS_RESULTS_URL, and the signed blob URLs it hands out (Azure
 * Blob's Put Block / Put Block List for uploads, a plain GET for downloads). It keeps what is
 * uploaded in memory and serves it back, so a round trip proves the bytes survive.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface StoredArtifact {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  /** The zip, once the blob list is committed. */
  blob?: Buffer;
  /** As CreateArtifact was told (RFC 3339), when a retention was asked for. */
  expiresAt?: string;
  size?: number;
  hash?: string;
  finalized: boolean;
  createdAt: string;
}

export interface ArtifactService {
  url: string;
  /** An ACTIONS_RUNTIME_TOKEN whose claims name this run and a job (the client reads them, never checks the signature). */
  token(job?: string): string;
  artifacts: StoredArtifact[];
  /** Routes called, in order ("CreateArtifact", "PUT block", …): what the client did. */
  calls: string[];
  /** Make the next N calls to a route fail with this status (e.g. to see an upload fail). */
  failNext(route: string, status: number, times?: number): void;
  close(): Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService/';
export const RUN_BACKEND_ID = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';

function body(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

export async function startArtifactService(port: number): Promise<ArtifactService> {
  const artifacts: StoredArtifact[] = [];
  const calls: string[] = [];
  const blocks = new Map<string, Map<string, Buffer>>();
  const failures = new Map<string, { status: number; times: number }>();
  const base = `http://127.0.0.1:${port}`;

  function failing(route: string, res: ServerResponse): boolean {
    const f = failures.get(route);
    if (!f || f.times <= 0) return false;
    f.times--;
    json(res, f.status, { code: 'internal', msg: `${route} made to fail by the test` });
    return true;
  }

  async function twirp(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) return json(res, 401, { code: 'unauthenticated', msg: 'no token' });
    const request = JSON.parse((await body(req)).toString('utf8')) as Record<string, unknown>;
    if (method === 'CreateArtifact') {
      const name = String(request.name);
      if (artifacts.some((a) => a.name === name && a.runBackendId === request.workflow_run_backend_id))
        return json(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists' });
      const artifact: StoredArtifact = {
        id: artifacts.length + 1,
        name,
        runBackendId: String(request.workflow_run_backend_id),
        jobBackendId: String(request.workflow_job_run_backend_id),
        finalized: false,
        createdAt: new Date().toISOString(),
        ...(typeof request.expires_at === 'string' ? { expiresAt: request.expires_at } : {}),
      };
      artifacts.push(artifact);
      return json(res, 200, {
        ok: true,
        signed_upload_url: `${base}/devstoreaccount1/artifacts/${artifact.id}.zip?sig=upload-${artifact.id}`,
      });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.find((a) => a.name === request.name && !a.finalized);
      if (!artifact) return json(res, 404, { code: 'not_found', msg: 'no such artifact' });
      artifact.finalized = true;
      artifact.size = Number(request.size);
      if (typeof request.hash === 'string') artifact.hash = request.hash;
      return json(res, 200, { ok: true, artifact_id: String(artifact.id) });
    }
    if (method === 'ListArtifacts') {
      const idFilter = request.id_filter === undefined ? undefined : Number(request.id_filter);
      const nameFilter = request.name_filter as string | undefined;
      const found = artifacts.filter(
        (a) =>
          a.finalized &&
          a.runBackendId === request.workflow_run_backend_id &&
          (idFilter === undefined || a.id === idFilter) &&
          (nameFilter === undefined || a.name === nameFilter),
      );
      return json(res, 200, {
        artifacts: found.map((a) => ({
          workflow_run_backend_id: a.runBackendId,
          workflow_job_run_backend_id: a.jobBackendId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size ?? 0),
          created_at: a.createdAt,
        })),
      });
    }
    if (method === 'GetSignedArtifactURL') {
      const artifact = artifacts.find((a) => a.name === request.name && a.finalized);
      if (!artifact) return json(res, 404, { code: 'not_found', msg: 'no such artifact' });
      return json(res, 200, {
        signed_url: `${base}/devstoreaccount1/artifacts/${artifact.id}.zip?sig=download-${artifact.id}`,
      });
    }
    return json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
  }

  /** Azure Blob storage's two upload operations and a download, on the signed URL. */
  async function blob(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const id = Number(/\/(\d+)\.zip$/.exec(url.pathname)?.[1]);
    const artifact = artifacts.find((a) => a.id === id);
    if (!artifact || !url.searchParams.get('sig')) {
      res.writeHead(403).end();
      return;
    }
    const headers = { 'x-ms-request-id': String(calls.length), 'x-ms-version': '2025-01-05' };
    if (req.method === 'PUT' && url.searchParams.get('comp') === 'block') {
      const blockId = url.searchParams.get('blockid')!;
      const staged = blocks.get(String(id)) ?? new Map<string, Buffer>();
      blocks.set(String(id), staged);
      staged.set(blockId, await body(req));
      res.writeHead(201, headers).end();
      return;
    }
    if (req.method === 'PUT' && url.searchParams.get('comp') === 'blocklist') {
      const list = (await body(req)).toString('utf8');
      const ids = [...list.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
      const staged = blocks.get(String(id)) ?? new Map<string, Buffer>();
      artifact.blob = Buffer.concat(ids.map((b) => staged.get(b) ?? Buffer.alloc(0)));
      res.writeHead(201, { ...headers, etag: '"1"', 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    if (req.method === 'PUT') {
      // Put Blob: the whole content in one request (small uploads may take this path).
      artifact.blob = await body(req);
      res.writeHead(201, { ...headers, etag: '"1"', 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    if (req.method === 'GET' && artifact.blob) {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.blob.length });
      res.end(artifact.blob);
      return;
    }
    res.writeHead(404).end();
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const route = url.pathname.startsWith(TWIRP)
      ? url.pathname.slice(TWIRP.length)
      : `${req.method} ${url.searchParams.get('comp') ?? 'blob'}`;
    calls.push(route);
    if (failing(route, res)) return;
    const handle = url.pathname.startsWith(TWIRP) ? twirp(route, req, res) : blob(req, res, url);
    handle.catch((err: unknown) => json(res, 500, { code: 'internal', msg: String(err) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });

  return {
    url: `${base}/`,
    token(job = 'ca395085-040a-526b-2ce8-bdc85f692774') {
      const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:${RUN_BACKEND_ID}:${job}` })}.sig`;
    },
    artifacts,
    calls,
    failNext(route, status, times = 1) {
      failures.set(route, { status, times });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
