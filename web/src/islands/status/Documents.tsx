import { useState } from 'preact/hooks';
import { documentTypes } from '../../../../functions/domain/application/documents.ts';
import type { Locale } from '../../../../functions/domain/locale.ts';
import type { FieldError } from '../../../../functions/domain/validation/field-errors.ts';
import { ErrorSummary, errorFor, fieldId, Select } from '../shared/fields.tsx';
import { lightDocument } from '../shared/shrink-photo.ts';
import {
  formatBytes,
  type UploadProgress,
  uploadWithProgress,
} from '../shared/upload-with-progress.ts';
import type { StatusContent } from './content/types.ts';

interface Upload {
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
}

/**
 * Uploading a supporting document: a photo is first made lighter on the phone
 * (shared/shrink-photo.ts); the API checks the kind, format and size and names an
 * upload URL (S3 in AWS); the file then goes straight there, with its progress shown.
 */
export function DocumentUpload(props: {
  text: StatusContent;
  locale: Locale;
  credentials: { reference: string; accessCode: string };
  onUploaded: () => void;
  /** The kind chosen at first (an agent's written authorisation); none by default. */
  initialType?: string;
}) {
  const { text, locale, credentials, onUploaded } = props;
  const [type, setType] = useState(props.initialType ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<'idle' | 'shrinking' | 'uploading'>('idle');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [notice, setNotice] = useState('');
  const t = text.documents;
  const busy = phase !== 'idle';

  const upload = async (event: Event) => {
    event.preventDefault();
    setNotice('');
    setProgress(null);
    try {
      let body: Blob | null = file;
      let saved = '';
      if (file) {
        setPhase('shrinking');
        const light = await lightDocument(file);
        if (light.kind === 'unreadable') {
          setErrors([{ path: 'file', message: t.unreadable }]);
          return;
        }
        body = light.blob;
        if (light.kind === 'shrunk') {
          saved = t.shrunk(formatBytes(light.before), formatBytes(light.blob.size));
        }
      }
      setPhase('uploading');
      const res = await fetch('/api/status/documents', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': locale },
        body: JSON.stringify({
          ...credentials,
          type,
          contentType: body?.type ?? '',
          size: body?.size ?? 0,
        }),
      });
      const answer = (await res.json().catch(() => ({}))) as {
        errors?: FieldError[];
        upload?: Upload;
      };
      if (!res.ok || !answer.upload || !body) {
        setErrors(answer.errors ?? [{ path: 'file', message: t.failed }]);
        return;
      }
      setProgress({ sent: 0, total: body.size });
      const status = await uploadWithProgress(answer.upload, body, setProgress);
      if (status < 200 || status >= 300) {
        setErrors([{ path: 'file', message: t.failed }]);
        return;
      }
      setErrors([]);
      setNotice(saved ? `${t.done} ${saved}` : t.done);
      setFile(null);
      onUploaded();
    } catch {
      setErrors([{ path: 'file', message: t.failed }]);
    } finally {
      setPhase('idle');
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
          accept="image/*,application/pdf"
          aria-describedby={fileError ? `${fieldId('file')}-error` : undefined}
          onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
        />
      </div>
      {progress ? (
        <div class="upload-progress">
          <label for={fieldId('upload-progress')}>
            {t.progress(formatBytes(progress.sent), formatBytes(progress.total))}
          </label>
          <progress id={fieldId('upload-progress')} max={progress.total} value={progress.sent}>
            {Math.round((100 * progress.sent) / Math.max(1, progress.total))}%
          </progress>
        </div>
      ) : null}
      <button type="submit" class="button" disabled={busy}>
        {phase === 'shrinking' ? t.shrinking : busy ? t.uploading : t.upload}
      </button>
    </form>
  );
}
