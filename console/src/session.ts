/** The signed-in user and tokens, kept in sessionStorage (per tab, gone when the tab closes). */
export type Role = 'admin' | 'coordinator' | 'enterprise' | 'talent';

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  enterpriseId: string | null;
  talentId: string | null;
}

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: User;
}

const KEY = 'btc.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(next: Session | null): void {
  current = next;
  if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
  else sessionStorage.removeItem(KEY);
  listeners.forEach((l) => l());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Where each role lands after signing in. */
export function homeOf(role: Role): string {
  if (role === 'enterprise') return '#/enterprise/openings';
  if (role === 'talent') return '#/talent/profile';
  return '#/coordinator/openings';
}
