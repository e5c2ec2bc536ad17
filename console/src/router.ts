import { useEffect, useState } from 'preact/hooks';

/** Hash routes (`#/coordinator/trip`), so the server needs no fallback for deep links. */
export function currentPath(): string[] {
  return location.hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean).map(decodeURIComponent);
}

export function useRoute(): string[] {
  const [path, setPath] = useState(currentPath());
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

export function navigate(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}
