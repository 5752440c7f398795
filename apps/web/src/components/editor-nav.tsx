import { Link, useLocation } from 'wouter';
import { useI18n } from '../lib/i18n';
import { clearSession, useSession } from '../lib/session';

/** Who is signed in, and the editors' pages: shown only to a signed-in editor. */
export function EditorNav() {
  const { t } = useI18n();
  const session = useSession();
  const [location, navigate] = useLocation();
  if (!session) return null;
  const current = (href: string) => (location.startsWith(href) ? 'page' : undefined);
  return (
    <nav className="editor-nav" aria-label={t('ed.nav')}>
      <Link href="/upload" className="nav-link" aria-current={current('/upload')}>
        {t('ed.upload')}
      </Link>
      <Link href="/review" className="nav-link" aria-current={current('/review')}>
        {t('ed.review')}
      </Link>
      <span className="editor-session">
        <span className="editor-who" title={t(`role.${session.me.role}`)}>
          {t('ed.signedIn', { name: session.me.name })}
        </span>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            clearSession('signed-out');
            navigate('/signin');
          }}
        >
          {t('ed.signOut')}
        </button>
      </span>
    </nav>
  );
}
