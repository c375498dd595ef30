import type { Locale } from '../../../../functions/domain/locale.ts';
import {
  type RelatedHelp,
  relatedHelpBasis,
} from '../../../../functions/domain/referrals/related-help.ts';

/** The words around the list, from the island's content in the page's language. */
export interface RelatedHelpWords {
  heading: string;
  intro: string;
  why: string;
  department: string;
  contact: string;
}

/**
 * Related help other departments give (一门受理、协同办理): each with why it is
 * suggested and its rule, the department and how to reach it. Used by the check's
 * result and the console; a pointer, never a decision.
 */
export function RelatedHelpList(props: {
  items: readonly RelatedHelp[];
  locale: Locale;
  words: RelatedHelpWords;
  headingLevel?: 'h2' | 'h3';
}) {
  const { items, locale, words } = props;
  if (items.length === 0) return null;
  const Heading = props.headingLevel ?? 'h2';
  return (
    <section class="related-help" aria-labelledby="related-help-heading">
      <Heading id="related-help-heading">{words.heading}</Heading>
      <p>
        {words.intro}{' '}
        <cite class="citation">
          {relatedHelpBasis.document} {relatedHelpBasis.clause}
        </cite>
      </p>
      <ul class="related-help-list">
        {items.map((item) => (
          <li key={item.id} class="related-help-item" data-help={item.id}>
            <strong>{item.name[locale]}</strong>
            <dl class="related-help-facts">
              <dt>{words.why}</dt>
              <dd>
                {item.why[locale]}{' '}
                <cite class="citation">
                  {item.citation.document} {item.citation.clause}
                </cite>
              </dd>
              <dt>{words.department}</dt>
              <dd>{item.departmentName[locale]}</dd>
              <dt>{words.contact}</dt>
              <dd>{item.contact[locale]}</dd>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
