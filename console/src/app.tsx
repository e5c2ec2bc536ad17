import { useEffect, useState } from 'preact/hooks';
import { logout } from './api';
import { getLang, setLang, t, useLang } from './i18n/i18n';
import type { MessageKey } from './i18n/zh';
import { LoginPage } from './pages/login';
import { CoordinatorOpeningPage } from './pages/coordinator/opening';
import { OpeningsPage } from './pages/coordinator/openings';
import { PolicyCostPage } from './pages/coordinator/policy-cost';
import { StatusPage } from './pages/coordinator/status';
import { SupplyPage } from './pages/coordinator/supply';
import { TripPage } from './pages/coordinator/trip';
import { CandidatesPage } from './pages/enterprise/candidates';
import { OpeningEditorPage } from './pages/enterprise/opening-editor';
import { EnterpriseOpeningsPage } from './pages/enterprise/openings';
import { ConsentsPage } from './pages/talent/consents';
import { DataPage } from './pages/talent/data';
import { ProfilePage } from './pages/talent/profile';
import { RecommendationsPage } from './pages/talent/recommendations';
import { navigate, useRoute } from './router';
import { getSession, homeOf, onSessionChange, Role, Session } from './session';

const NAV: Record<Role, [string, MessageKey][]> = {
  coordinator: [
    ['#/coordinator/openings', 'nav.openings'],
    ['#/coordinator/supply', 'nav.supply'],
    ['#/coordinator/trip', 'nav.trip'],
    ['#/coordinator/policy-cost', 'nav.policyCost'],
    ['#/coordinator/status', 'nav.status'],
  ],
  admin: [],
  enterprise: [['#/enterprise/openings', 'nav.myOpenings']],
  talent: [
    ['#/talent/profile', 'nav.profile'],
    ['#/talent/recommendations', 'nav.recommendations'],
    ['#/talent/consents', 'nav.consents'],
    ['#/talent/data', 'nav.data'],
  ],
};
NAV.admin = NAV.coordinator;

function useSession(): Session | null {
  const [session, set] = useState(getSession());
  useEffect(() => onSessionChange(() => set(getSession())), []);
  return session;
}

function page(path: string[], session: Session) {
  const [area, name, id] = path;
  const role = session.user.role;
  if (area === 'coordinator' && (role === 'coordinator' || role === 'admin')) {
    if (name === 'supply') return <SupplyPage />;
    if (name === 'trip') return <TripPage />;
    if (name === 'policy-cost') return <PolicyCostPage />;
    if (name === 'status') return <StatusPage />;
    if (name === 'openings' && id) return <CoordinatorOpeningPage positionId={id} />;
    return <OpeningsPage />;
  }
  if (area === 'enterprise' && role === 'enterprise' && session.user.enterpriseId) {
    if (name === 'openings' && id === 'new') return <OpeningEditorPage />;
    if (name === 'openings' && id && path[3] === 'edit') return <OpeningEditorPage positionId={id} />;
    if (name === 'openings' && id) return <CandidatesPage positionId={id} />;
    return <EnterpriseOpeningsPage enterpriseId={session.user.enterpriseId} />;
  }
  if (area === 'talent' && role === 'talent' && session.user.talentId) {
    const talentId = session.user.talentId;
    if (name === 'recommendations') return <RecommendationsPage talentId={talentId} />;
    if (name === 'consents') return <ConsentsPage />;
    if (name === 'data') return <DataPage username={session.user.username} />;
    return <ProfilePage talentId={talentId} />;
  }
  return null;
}

export function App() {
  useLang();
  const session = useSession();
  const path = useRoute();
  const [wasSignedIn, setWasSignedIn] = useState(Boolean(session));

  useEffect(() => {
    if (session) setWasSignedIn(true);
    if (!session && path[0] !== 'login') navigate('#/login');
    if (session && (path[0] === 'login' || path.length === 0)) navigate(homeOf(session.user.role));
  }, [session, path.join('/')]);

  const content = session ? page(path, session) : null;
  if (session && !content && path[0] !== 'login') navigate(homeOf(session.user.role));
  const here = `#/${path.slice(0, 2).join('/')}`;

  return (
    <div class="shell">
      <header class="topbar">
        <a class="brand" href={session ? homeOf(session.user.role) : '#/login'}>
          <span class="brand-full">{t('app.title')}</span>
          <span class="brand-short">{t('app.short')}</span>
        </a>
        <div class="topbar-actions">
          <button type="button" class="link lang-switch" onClick={() => setLang(getLang() === 'zh' ? 'en' : 'zh')}>
            {t('lang.switch')}
          </button>
          {session && (
            <>
              <span class="user" title={session.user.username}>
                {session.user.displayName}
              </span>
              <button type="button" class="link" onClick={() => void logout()}>
                {t('nav.logout')}
              </button>
            </>
          )}
        </div>
        {session && (
          <nav class="mainnav" aria-label="main">
            {NAV[session.user.role].map(([href, key]) => (
              <a key={href} href={href} aria-current={here === href ? 'page' : undefined}>
                {t(key)}
              </a>
            ))}
          </nav>
        )}
      </header>
      <main class="content">{session ? content : <LoginPage expired={wasSignedIn} />}</main>
    </div>
  );
}
