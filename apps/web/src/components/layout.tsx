import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useI18n } from '../lib/i18n';
import { EditorNav } from './editor-nav';

function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const [location] = useLocation();
  const active = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <Link href={href} className="nav-link" aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

function LangToggle() {
  const { lang, setLang, t } = useI18n();
  const other = lang === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" className="lang-toggle" lang={other} aria-label={t('lang.switchLabel')} onClick={() => setLang(other)}>
      {t('lang.switch')}
    </button>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After client-side navigation, move focus to the new page so keyboard and screen-reader users start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [location]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link href="/" className="brand">
            <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" fill="var(--accent)" />
              <path d="M7 23V15M13 23V9M19 23v-6M25 23V6" stroke="var(--on-accent)" strokeWidth="3.2" strokeLinecap="round" />
            </svg>
            <span className="brand-text">
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('nav.label')} className="nav">
            <NavLink href="/">{t('nav.dashboard')}</NavLink>
            <NavLink href="/explore">{t('nav.explore')}</NavLink>
            <NavLink href="/provinces">{t('nav.provinces')}</NavLink>
            <NavLink href="/ranking">{t('nav.ranking')}</NavLink>
            <NavLink href="/sources">{t('nav.sources')}</NavLink>
          </nav>
          <LangToggle />
          <EditorNav />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="container main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.note')}</p>
          <p>
            <a href="/api/v1/docs">{t('footer.docs')}</a>
            {' · '}
            <a href="/api/v1/indicators">{t('footer.api')}</a>
            {' · '}
            <a href="/api/v1/facts.csv" download>
              {t('src.factsCsv')}
            </a>
            {' · '}
            <Link href="/signin">{t('ed.signInLink')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
