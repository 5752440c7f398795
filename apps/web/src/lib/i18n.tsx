import { languages, type Lang } from '@chiso/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messages, type MessageKey } from './messages';

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

/** Keys with a form per plural category (`ind.figures.one`, `ind.figures.other`): the base of such a key. */
type PluralBase<K> = K extends `${infer B}.other` ? (`${B}.one` extends MessageKey ? B : never) : never;
export type PluralKey = PluralBase<MessageKey>;

const pluralRules = { vi: new Intl.PluralRules('vi-VN'), en: new Intl.PluralRules('en-US') };

/** The form of `key` for `n` in the language, chosen by Intl.PluralRules (Vietnamese has one form, English two). */
export function translatePlural(lang: Lang, key: PluralKey, n: number, vars: Vars = {}): string {
  const form = pluralRules[lang].select(n) === 'one' ? 'one' : 'other';
  return translate(lang, `${key}.${form}` as MessageKey, { n, ...vars });
}

const storageKey = 'chiso.lang';

function isLang(v: unknown): v is Lang {
  return languages.some((l) => l === v);
}

/** `?lang=` wins, then what the reader chose before, then Vietnamese. */
export function initialLang(search: string, stored: string | null): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  return isLang(stored) ? stored : 'vi';
}

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = messages[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

function readStored(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** A counted phrase: `tn('ind.figures', 1)` → "1 figure", `tn('ind.figures', 3)` → "3 figures". */
  tn: (key: PluralKey, n: number, vars?: Vars) => string;
}

const LangContext = createContext<LangContextValue | null>(null);

export function LangProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = initial ?? initialLang(window.location.search, readStored());
    document.documentElement.lang = l;
    return l;
  });

  useEffect(() => {
    document.documentElement.lang = lang;
    try {
      localStorage.setItem(storageKey, lang);
    } catch {
      // Private browsing without storage: the choice lasts for this page only.
    }
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    const url = new URL(window.location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', next);
      window.history.replaceState(window.history.state, '', url);
    }
  }, []);

  const value = useMemo<LangContextValue>(
    () => ({ lang, setLang, t: (key, vars) => translate(lang, key, vars), tn: (key, n, vars) => translatePlural(lang, key, n, vars) }),
    [lang, setLang],
  );
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useI18n(): LangContextValue {
  const ctx = useContext(LangContext);
  if (!ctx) throw new Error('useI18n outside LangProvider');
  return ctx;
}
