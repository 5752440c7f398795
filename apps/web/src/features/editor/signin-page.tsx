import { useRef, useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useI18n } from '../../lib/i18n';
import { clearSession, saveSession, signOutReason, useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { EditorApiError, editorApi } from './api';
import { safeNext } from './require-editor';
import { WriteError } from './write-error';
import './editor.css';

export default function SignInPage() {
  const { t } = useI18n();
  useDocumentTitle(t('signin.title'));
  const session = useSession();
  const [, navigate] = useLocation();
  const next = safeNext(new URLSearchParams(useSearch()).get('next'));
  const [reason] = useState(signOutReason);
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<'empty' | 'wrong' | { error: unknown } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const value = token.trim();
    if (!value) {
      setProblem('empty');
      input.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const me = await editorApi.me(value);
      saveSession({ token: value, me });
      navigate(next);
    } catch (err) {
      setProblem(err instanceof EditorApiError && err.status === 401 ? 'wrong' : { error: err });
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page editor-narrow">
      <h1>{t('signin.title')}</h1>
      {reason === 'expired' && (
        <p className="callout" role="status">
          {t('signin.expired')}
        </p>
      )}
      {reason === 'signed-out' && <p role="status">{t('signin.signedOut')}</p>}
      {session && (
        <p className="callout callout-info">
          {t('signin.already', { name: session.me.name, role: t(`role.${session.me.role}`) })}{' '}
          <button type="button" className="link-button" onClick={() => clearSession('signed-out')}>
            {t('ed.signOut')}
          </button>
        </p>
      )}
      <p className="lead">{t('signin.intro')}</p>
      <form className="editor-form" onSubmit={(e) => void submit(e)} noValidate>
        <label className="field field-wide">
          <span className="field-label">{t('signin.token')}</span>
          <input
            ref={input}
            name="token"
            type="password"
            autoComplete="off"
            spellCheck={false}
            className="input"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            aria-invalid={problem === 'empty' || problem === 'wrong' ? true : undefined}
            aria-describedby={problem ? 'signin-problem' : undefined}
          />
        </label>
        <div id="signin-problem">
          {problem === 'empty' && <p className="field-error" role="alert">{t('signin.empty')}</p>}
          {problem === 'wrong' && <p className="field-error" role="alert">{t('signin.wrong')}</p>}
          {problem !== null && typeof problem === 'object' && <WriteError error={problem.error} />}
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('signin.checking') : t('signin.submit')}
        </button>
      </form>
    </div>
  );
}
