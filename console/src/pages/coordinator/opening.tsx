import { get, query } from '../../api';
import { Async, Chips, Freshness } from '../../components/ui';
import { formatNumber, label, t } from '../../i18n/i18n';
import { DEGREE_LABELS, INDUSTRY_LABELS } from '../../i18n/vocabulary';
import type { CandidateList, Enterprise, Position, ProgrammeFeed } from '../../types';
import { useLoad, usePoll } from '../../use-load';

const STRONG = 70;
const CANDIDATES = 20;

interface ProgrammeList {
  positionId: string;
  stale: boolean;
  computedAt: string | null;
  items: ProgrammeFeed[];
}

/** One opening for the talent office: its best stored candidates and the programmes that can feed it. */
export function CoordinatorOpeningPage({ positionId }: { positionId: string }) {
  const position = useLoad(() => get<Position>(`/positions/${positionId}`), [positionId]);
  const enterpriseId = position.data?.enterpriseId;
  const enterprise = useLoad(() => (enterpriseId ? get<Enterprise>(`/enterprises/${enterpriseId}`) : Promise.resolve(null)), [enterpriseId]);
  const candidates = useLoad(() => get<CandidateList>(`/positions/${positionId}/candidates${query({ limit: CANDIDATES })}`), [positionId]);
  const programmes = useLoad(() => get<ProgrammeList>(`/positions/${positionId}/programmes${query({ limit: 20 })}`), [positionId]);
  usePoll(Boolean(candidates.data?.stale), 2000, candidates.reload);
  const p = position.data;
  return (
    <section class="page" aria-labelledby="opening-title">
      <p>
        <a href="#/coordinator/openings">← {t('op.back')}</a>
      </p>
      <h1 id="opening-title">{p?.title ?? '…'}</h1>
      {p && (
        <p class="meta" data-testid="opening-facts">
          {t('op.facts', {
            enterprise: enterprise.data?.nameZh ?? '…',
            industry: label(INDUSTRY_LABELS, p.industry),
            urgency: p.urgency,
            seats: Math.max(0, p.headcount - p.filledCount),
          })}
        </p>
      )}
      <div class="grid two">
        <div class="card">
          <h2>{t('op.candidates')}</h2>
          <Async state={candidates} empty={(d) => d.items.length === 0}>
            {(d) => (
              <>
                <div class="table-wrap">
                  <table class="compact opening-candidates">
                    <thead>
                      <tr>
                        <th class="num">{t('op.col.rank')}</th>
                        <th>{t('op.col.name')}</th>
                        <th class="num">{t('op.col.score')}</th>
                        <th class="hide-narrow">{t('op.col.background')}</th>
                        <th class="hide-narrow">{t('op.col.missing')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {d.items.map((c, i) => (
                        <tr key={c.talentId} data-talent-id={c.talentId} data-score={c.score}>
                          <td class="num">{i + 1}</td>
                          <td>
                            {c.name}
                            {c.headline && <div class="muted small">{c.headline}</div>}
                          </td>
                          <td class="num">
                            <span class={c.score >= STRONG ? 'good' : ''}>{formatNumber(c.score, 0)}</span>
                          </td>
                          <td class="hide-narrow small">
                            {[label(DEGREE_LABELS, c.background.degree), c.background.school, c.background.major].filter(Boolean).join(' · ')}
                          </td>
                          <td class="hide-narrow">
                            <Chips items={c.missingSkills.slice(0, 4)} kind="missing" />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <Freshness stale={d.stale} computedAt={d.computedAt} />
              </>
            )}
          </Async>
        </div>
        <div class="card">
          <h2>{t('op.programmes')}</h2>
          <Async state={programmes} empty={(d) => d.items.length === 0}>
            {(d) => (
              <div class="table-wrap">
                <table class="compact opening-programmes">
                  <thead>
                    <tr>
                      <th>{t('op.col.university')}</th>
                      <th class="hide-narrow">{t('op.col.city')}</th>
                      <th>{t('op.col.major')}</th>
                      <th class="num">{t('op.col.graduates')}</th>
                      <th class="num">{t('op.col.affinity')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.items.map((r) => (
                      <tr key={r.programmeId} data-programme-id={r.programmeId}>
                        <td>{r.universityName}</td>
                        <td class="hide-narrow">{r.city}</td>
                        <td>
                          {r.major} <span class="muted small">{label(DEGREE_LABELS, r.degree)}</span>
                        </td>
                        <td class="num">{r.graduatesPerYear}</td>
                        <td class="num">{formatNumber(r.affinity * 100, 0)}%</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Async>
        </div>
      </div>
    </section>
  );
}
