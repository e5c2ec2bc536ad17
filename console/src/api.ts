import { getSession, Session, setSession } from './session';

/** The API's error body: `{ code, message, fields?, messageZh, fieldsZh? }` (fieldsZh: the same paths, in Chinese). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly retryAfter: number | null = null,
    readonly messageZh: string | null = null,
    readonly fieldsZh: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time: parallel 401s wait for the same new token. */
function refresh(): Promise<boolean> {
  const session = getSession();
  if (!session) return Promise.resolve(false);
  refreshing ??= (async () => {
    try {
      const res = await fetch('/auth/refresh', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      if (!res.ok) return false;
      const body = (await res.json()) as Session;
      setSession({ accessToken: body.accessToken, refreshToken: body.refreshToken, user: body.user ?? session.user });
      return true;
    } catch {
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function toError(res: Response): Promise<ApiError> {
  let body: { code?: string; message?: string; fields?: Record<string, string>; messageZh?: string; fieldsZh?: Record<string, string> } = {};
  try {
    body = await res.json();
  } catch {
    // not JSON (a proxy page): fall back to the status text
  }
  const retry = Number(res.headers.get('retry-after'));
  return new ApiError(
    res.status,
    body.code ?? `HTTP_${res.status}`,
    body.message ?? res.statusText,
    body.fields ?? {},
    Number.isFinite(retry) && retry > 0 ? retry : null,
    body.messageZh ?? null,
    body.fieldsZh ?? {},
  );
}

/** A request with the bearer token; on 401 it refreshes once and retries, and signs out when that fails. */
export async function request(method: Method, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
  let sentWith: string | undefined;
  const send = () => {
    const headers: Record<string, string> = { accept };
    sentWith = getSession()?.accessToken;
    if (sentWith) headers.authorization = `Bearer ${sentWith}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
  let res = await send();
  if (res.status === 401 && getSession()) {
    // A parallel request may have refreshed already: then retry with its token rather than spend the
    // rotated refresh token again.
    const renewed = getSession()?.accessToken !== sentWith || (await refresh());
    if (renewed) res = await send();
    else {
      setSession(null);
      throw await toError(res);
    }
    if (res.status === 401) setSession(null);
  }
  if (!res.ok) throw await toError(res);
  return res;
}

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const res = await request(method, path, body);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const get = <T>(path: string) => api<T>('GET', path);

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export async function login(username: string, password: string): Promise<Session> {
  const res = await fetch('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw await toError(res);
  const body = (await res.json()) as Session;
  const session = { accessToken: body.accessToken, refreshToken: body.refreshToken, user: body.user };
  setSession(session);
  return session;
}

export async function logout(): Promise<void> {
  const session = getSession();
  setSession(null);
  if (!session) return;
  try {
    await fetch('/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
  } catch {
    // already signed out locally; the refresh token expires on its own
  }
}

/** Saves a response as a file through a same-origin blob: URL (exports need the bearer header, so no plain link). */
export async function download(res: Response, fallbackName: string): Promise<void> {
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
