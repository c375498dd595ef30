import type { Logger } from '../shared/logger.ts';
import type { ApplicationRepository } from '../store/application-repository.ts';
import type { DocumentStorage, LocalDocumentStorage } from '../store/document-storage.ts';
import type { ExportJobStore } from '../store/export-jobs.ts';
import type { ExportStorage, LocalExportStorage } from '../store/export-storage.ts';
import type { Hasher } from '../store/secrets.ts';
import type { StaffAuthenticator } from './staff/authenticate.ts';

/** What the staff console needs to sign in (OAuth 2.0 authorization code with PKCE). */
export interface StaffSignInConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly logoutUrl?: string;
}

/** What the app needs from the outside world; the Lambda and local entry points build it. */
export interface AppDeps {
  readonly logger: Logger;
  /** The applications table, built by the entry point with the function's settings. */
  readonly repo: ApplicationRepository;
  readonly version: string;
  /** The current instant; tests pass a fixed clock. */
  readonly now: () => Date;
  /** Keyed hashes of ID numbers and access codes. */
  readonly hasher: Hasher;
  /** Where supporting documents are uploaded: S3 in AWS, a local folder with `npm start`. */
  readonly documents: DocumentStorage | LocalDocumentStorage;
  /**
   * CSV exports as jobs: where jobs are kept, where their files go, and how a new job's
   * worker starts — in AWS nothing here (the table's stream starts it), locally in this
   * process. Without it the export routes answer 404.
   */
  readonly exports?: {
    readonly jobs: ExportJobStore;
    readonly storage: Pick<ExportStorage, 'kind' | 'prepareDownload'> | LocalExportStorage;
    readonly start: (id: string) => void;
  };
  /**
   * The values CloudFront sends in X-Origin-Verify (current, and previous during a
   * rotation): requests without one are refused. None (`npm start`, tests): lock off.
   */
  readonly originSecrets?: readonly string[];
  /**
   * Staff sign-in settings (served to the console) and token verification. Without
   * `authenticate` every staff route answers 401; the public function has the sign-in
   * settings only.
   */
  readonly staff?: {
    readonly authenticate?: StaffAuthenticator;
    readonly signIn: StaffSignInConfig;
  };
}
