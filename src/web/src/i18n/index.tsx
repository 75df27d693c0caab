import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { en } from "./en.js";
import { type Dictionary, vi } from "./vi.js";

export type Language = "vi" | "en";
export type { Dictionary };

const DICTIONARIES: Record<Language, Dictionary> = { vi, en };
const STORAGE_KEY = "baocao.language";

interface LanguageState {
  language: Language;
  t: Dictionary;
  setLanguage(language: Language): void;
}

const LanguageContext = createContext<LanguageState>({ language: "vi", t: vi, setLanguage: () => {} });

function savedLanguage(): Language {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

/** Provides the chosen language (Vietnamese unless the user picked English, remembered in localStorage). */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(savedLanguage);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, t: DICTIONARIES[language], setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language, its dictionary and the switch. */
export function useI18n(): LanguageState {
  return useContext(LanguageContext);
}
