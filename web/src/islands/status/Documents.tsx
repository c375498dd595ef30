import { useState } from 'preact/hooks';
import { documentTypes } from '../../../../functions/domain/application/documents.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { ErrorSummary, errorFor, fieldId, Select } from '../shared/fields.tsx';
import type { StatusContent } from './content/types.ts';

interface Upload {
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
}

/**
 * Uploading a supporting document: the API checks the kind, format and size and names
 * an upload URL (S3 in AWS); the file then goes straight there from the phone.
 */
export function DocumentUpload(props: {
  text: StatusContent;
  locale: Locale;
  credentials: { reference: string; accessCode: string };
  onUploaded: () => void;
}) {
  const { text, locale, credentials, onUploaded } = props;
  const [type, setType] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState('');
  const t = text.documents;

  const upload = async (event: Event) => {
    event.preventDefault();
    setNotice('');
    setBusy(true);
    try {
      const res = await fetch('/api/status/documents', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
        body: JSON.stringify({
          ...credentials,
          type,
          contentType: file?.type ?? '',
          size: file?.size ?? 0,
        }),
      });
      const body = (await res.json().catch(() => ({}))) as {
        errors?: FieldError[];
        upload?: Upload;
      };
      if (!res.ok || !body.upload || !file) {
        setErrors(body.errors ?? [{ path: 'file', message: t.failed }]);
        return;
      }
      const put = await fetch(body.upload.url, {
        method: body.upload.method,
        headers: body.upload.headers,
        body: file,
      });
      if (!put.ok) {
        setErrors([{ path: 'file', message: t.failed }]);
        return;
      }
      setErrors([]);
      setNotice(t.done);
      setFile(null);
      onUploaded();
    } catch {
      setErrors([{ path: 'file', message: t.failed }]);
    } finally {
      setBusy(false);
    }
  };

  const options = Object.entries(documentTypes).map(([value, label]) => ({
    value,
    label: label[locale],
  }));
  // Errors about the format or size belong to the file control.
  const fileError =
    errorFor(errors, 'contentType') ?? errorFor(errors, 'size') ?? errorFor(errors, 'file');
  return (
    <form noValidate onSubmit={upload} class="documents">
      <h3>{t.title}</h3>
      <p class="hint">{t.hint}</p>
      <ErrorSummary
        title={text.errorSummaryTitle}
        errors={errors.map((e) =>
          e.path === 'contentType' || e.path === 'size' ? { ...e, path: 'file' } : e,
        )}
        fieldId={fieldId}
      />
      {notice ? (
        <p role="status" class="panel">
          {notice}
        </p>
      ) : null}
      <Select
        id={fieldId('type')}
        label={t.type}
        placeholder={t.choose}
        options={options}
        value={type}
        error={errorFor(errors, 'type')}
        onChange={setType}
      />
      <div class={`field${fileError ? ' field-error' : ''}`}>
        <label class="label" for={fieldId('file')}>
          {t.file}
        </label>
        {fileError ? (
          <p id={`${fieldId('file')}-error`} class="error-message">
            {fileError}
          </p>
        ) : null}
        <input
          id={fieldId('file')}
          type="file"
          accept="image/jpeg,image/png,application/pdf"
          aria-describedby={fileError ? `${fieldId('file')}-error` : undefined}
          onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
        />
      </div>
      <button type="submit" class="button" disabled={busy}>
        {busy ? t.uploading : t.upload}
      </button>
    </form>
  );
}
