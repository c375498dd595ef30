import {
  consentTexts,
  consentVersion,
} from '../../../functions/domain/application/consent-texts.ts';
import { type ProgrammeId, programmes } from '../../../functions/domain/policy/programmes.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The domain's texts the application's first screens show, in one language, rendered
 * into the page at build time (`data-programmes`, `data-consents`). The domain keeps
 * both languages in one place for the API; the page carries its own only, and the
 * island's first chunk needs neither the programme catalogue nor the consent texts.
 */

export interface ApplicableProgramme {
  id: ProgrammeId;
  name: string;
  description: string;
}

export type ConsentId = keyof typeof consentTexts;

export interface ConsentWords {
  title: string;
  paragraphs: string[];
  agree: string;
}

export function applicableProgrammesIn(
  ids: readonly ProgrammeId[],
  locale: Locale,
): ApplicableProgramme[] {
  return ids.map((id) => ({
    id,
    name: programmes[id].name[locale],
    description: programmes[id].description[locale],
  }));
}

/** The consent notices in one language, with the version the API records. */
export interface ConsentNotices {
  version: string;
  texts: Record<ConsentId, ConsentWords>;
}

export function consentNotices(locale: Locale): ConsentNotices {
  const inLocale = (id: ConsentId): ConsentWords => ({
    title: consentTexts[id].title[locale],
    paragraphs: consentTexts[id].paragraphs.map((p) => p[locale]),
    agree: consentTexts[id].agree[locale],
  });
  return {
    version: consentVersion,
    texts: {
      privacy: inLocale('privacy'),
      sensitive: inLocale('sensitive'),
      economicCheck: inLocale('economicCheck'),
    },
  };
}
