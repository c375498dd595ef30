import { useMemo } from 'preact/hooks';
import { applicableProgrammes } from '../../../../functions/domain/application/application-input.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { applicableProgrammesIn, consentNotices } from '../../lib/apply-page-texts.ts';
import { townshipOptions, villageOptions } from '../../lib/township-options.ts';
import type { FirstContent } from '../apply/content/types.ts';
import {
  ApplyApp,
  type ApplyDraft,
  emptyApplyDraft,
  type LaterModule,
  noConsentRecord,
  type StaffMode,
} from '../apply/mount.tsx';
import { applySteps } from '../apply/steps.ts';
import type { Outcome, Submitted } from '../apply/submit.tsx';
import { stepOfPath, toStaffSubmission } from '../apply/validate.ts';
import { fieldId } from '../check/draft.ts';
import { errorFor, Radios, TextInput } from '../shared/fields.tsx';
import type { Later } from '../shared/later.ts';
import type { Me } from './api.ts';
import { staffApi } from './api.ts';
import type { StaffContent } from './content/types.ts';

/**
 * The public application form in staff mode (a chunk the console loads when asked): every
 * programme with its full means test, the same screens, words and schema as /apply/, plus
 * how the person consented; sent to POST /api/staff/applications with the staff token.
 */
/** The apply form's words in the console's language (./OnBehalfForm-zh-CN.ts, -en.ts). */
export interface ApplyWords {
  first: FirstContent;
  later: Later<LaterModule>;
}

export function OnBehalfForm(props: {
  locale: Locale;
  text: StaffContent;
  words: ApplyWords;
  me: Me;
  onSubmitted: (result: Submitted, draft: ApplyDraft) => void;
}) {
  const { locale, text, words, me, onSubmitted } = props;
  const township = me.township?.code ?? '';
  // One object for the form's life: its consent screen must stay the same component.
  const staff = useMemo<StaffMode>(
    () => ({
      start: () => {
        const draft = emptyApplyDraft();
        draft.consentRecord = noConsentRecord;
        draft.residence = {
          townshipCode: township,
          villageCode: me.village?.code ?? '',
          address: '',
        };
        draft.emergency.townshipCode = township;
        return draft;
      },
      submit: (draft) => submitByStaff(draft, locale),
      onSubmitted,
      consentRecordTitle: text.onBehalf.consentWay.legend,
      ConsentRecordStep: (step) => <ConsentRecordFields {...step} text={text} />,
    }),
    [locale, text, me, township, onSubmitted],
  );
  return (
    <ApplyApp
      locale={locale}
      text={words.first}
      laterSteps={words.later}
      applicable={applicableProgrammesIn(applicableProgrammes, locale)}
      consents={consentNotices(locale)}
      townships={townshipOptions(locale)}
      villages={villageOptions()}
      statusHref=""
      fromCheck={{ programmes: [], draft: null }}
      staff={staff}
    />
  );
}

/**
 * Sends the application with how the person consented. No automatic retry: the staff
 * route takes no idempotency key, so a failure is said and the staff member sends again.
 */
async function submitByStaff(draft: ApplyDraft, locale: Locale): Promise<Outcome> {
  const result = await staffApi<Omit<Submitted, 'locale'>>('/api/staff/applications', locale, {
    method: 'POST',
    body: toStaffSubmission(draft),
  });
  if (result.kind === 'ok') return { ok: true, result: { ...result.data, locale } };
  if (result.kind === 'invalid' && result.errors.length > 0) {
    // The form's fields are named as in the application itself, without `application.`.
    const errors = result.errors.map((e) => ({ ...e, path: e.path.replace(/^application\./, '') }));
    return { ok: false, step: stepOfPath(errors[0]?.path ?? '', applySteps(draft)), errors };
  }
  const message = 'message' in result ? result.message : '';
  return { ok: false, step: null, errors: [{ path: '', message }] };
}

/** How the person consented (43号 第十一条): a signed form, oral consent witnessed, or a guardian. */
function ConsentRecordFields(props: {
  draft: ApplyDraft;
  errors: readonly FieldError[];
  set: (change: (d: ApplyDraft) => ApplyDraft) => void;
  text: StaffContent;
}) {
  const { draft, errors, set, text } = props;
  const t = text.onBehalf.consentWay;
  const record = draft.consentRecord ?? noConsentRecord;
  const update = (changes: Partial<typeof record>) =>
    set((d) => ({ ...d, consentRecord: { ...(d.consentRecord ?? noConsentRecord), ...changes } }));
  const field = (key: 'witnessName' | 'guardianName' | 'guardianRelationship' | 'note') => ({
    id: fieldId(`consentRecord.${key}`),
    value: record[key],
    error: errorFor(errors, `consentRecord.${key}`),
    onInput: (value: string) => update({ [key]: value }),
  });
  return (
    <>
      <Radios
        id={fieldId('consentRecord.way')}
        name="consent-record-way"
        legend={t.legend}
        options={t.options}
        value={record.way}
        error={errorFor(errors, 'consentRecord.way')}
        onChange={(way) => update({ way: way as typeof record.way })}
      >
        {record.way === 'oral-witnessed' ? (
          <div class="conditional">
            <TextInput {...field('witnessName')} label={t.witnessName} />
          </div>
        ) : null}
        {record.way === 'guardian' ? (
          <div class="conditional">
            <TextInput {...field('guardianName')} label={t.guardianName} />
            <TextInput {...field('guardianRelationship')} label={t.guardianRelationship} />
          </div>
        ) : null}
      </Radios>
      <TextInput {...field('note')} label={t.note} width="full" />
    </>
  );
}
