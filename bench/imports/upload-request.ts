import { createReadStream, statSync } from 'node:fs';
import * as http from 'node:http';

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * One HTTP request on its own connection (uploads and /health checks share nothing), with an optional
 * file streamed as the body; the JSON answer parsed. Used by bench:imports and the import-limits test.
 */
export function request(base: string, method: string, path: string, token: string | null, body?: { file: string; type: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = token ? { authorization: `Bearer ${token}` } : {};
    if (body) Object.assign(headers, { 'content-type': body.type, 'content-length': statSync(body.file).size });
    const req = http.request(`${base}${path}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
      });
    });
    // The server answers a refused upload before reading all of it; the rest of the body is not ours to finish.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    if (body) createReadStream(body.file).pipe(req);
    else req.end();
  });
}
