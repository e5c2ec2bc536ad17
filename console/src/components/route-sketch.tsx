import { t } from '../i18n/i18n';

export interface Place {
  name: string;
  latitude: number;
  longitude: number;
}

/**
 * The route as an SVG sketch: an equirectangular projection of the stops (corrected for latitude), legs
 * in visiting order from the origin and back. No map tiles, so nothing leaves the service.
 */
export function RouteSketch({ origin, stops, legs }: { origin: Place; stops: Place[]; legs: { from: string; to: string; km: number }[] }) {
  const places = new Map<string, Place>([[origin.name, origin], ...stops.map((s) => [s.name, s] as [string, Place])]);
  const all = [...places.values()];
  const W = 600;
  const H = 360;
  const pad = 48;
  const cos = Math.cos((all.reduce((a, p) => a + p.latitude, 0) / all.length) * (Math.PI / 180));
  const xs = all.map((p) => p.longitude * cos);
  const ys = all.map((p) => p.latitude);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((W - 2 * pad) / Math.max(maxX - minX, 0.01), (H - 2 * pad) / Math.max(maxY - minY, 0.01));
  const offX = (W - (maxX - minX) * scale) / 2;
  const offY = (H - (maxY - minY) * scale) / 2;
  const at = (p: Place) => ({ x: offX + (p.longitude * cos - minX) * scale, y: H - (offY + (p.latitude - minY) * scale) });
  const order = stops.map((s) => s.name);
  // Stops in one city sit on top of each other at this scale: one marker, one label line per stop.
  const groups: { x: number; y: number; members: string[] }[] = [];
  for (const place of all) {
    const p = at(place);
    const near = groups.find((g) => Math.hypot(g.x - p.x, g.y - p.y) < 22);
    if (near) near.members.push(place.name);
    else groups.push({ ...p, members: [place.name] });
  }

  return (
    <figure class="route">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('trip.route')} data-testid="route-svg">
        <rect x="0" y="0" width={W} height={H} class="route-bg" />
        {legs.map((leg, i) => {
          const a = places.get(leg.from);
          const b = places.get(leg.to);
          if (!a || !b) return null;
          const p = at(a);
          const q = at(b);
          return <line key={i} x1={p.x} y1={p.y} x2={q.x} y2={q.y} class="route-leg" data-km={leg.km} />;
        })}
        {groups.map((g) => {
          const right = g.x < W * 0.6;
          const isOrigin = g.members[0] === origin.name;
          return (
            <g key={g.members.join('|')} class={isOrigin ? 'route-stop origin' : 'route-stop'}>
              <circle cx={g.x} cy={g.y} r={isOrigin ? 9 : 11} />
              <text x={g.x} y={g.y + 4} text-anchor="middle" class="route-n">
                {isOrigin ? '★' : order.indexOf(g.members[0]) + 1}
              </text>
              <text x={right ? g.x + 15 : g.x - 15} y={g.y - 12 - (g.members.length - 1) * 16} text-anchor={right ? 'start' : 'end'} class="route-label">
                {g.members.map((m, i) => (
                  <tspan key={m} x={right ? g.x + 15 : g.x - 15} dy={i === 0 ? 0 : '1.2em'}>
                    {m === origin.name ? `★ ${m}` : `${order.indexOf(m) + 1} ${m}`}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="muted small">{legs.map((l) => `${l.from} → ${l.to} ${Math.round(l.km)} km`).join(' · ')}</figcaption>
    </figure>
  );
}
