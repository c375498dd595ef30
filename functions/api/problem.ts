import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Locale, LocalizedText } from '../domain/locale.ts';
import { type FieldError, type FieldIssue, inLocale } from '../domain/validation/field-errors.ts';
import { validationMessages } from '../domain/validation/messages.ts';
import { ConflictError, InvalidCursorError } from '../store/application-repository.ts';
import { InvalidReportCursorError } from '../store/report-repository.ts';

/**
 * RFC 9457 problem details. Every error the API returns has this shape; field
 * problems are listed in `errors` as `{ path, message }` in the user's language.
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

const problemTypes = {
  'validation-failed': {
    status: 400,
    title: { 'zh-CN': '填写的内容有误', en: 'There is a problem with what you entered' },
  },
  unauthorized: {
    status: 401,
    title: {
      'zh-CN': '请先登录工作人员账号',
      en: 'Sign in with your staff account first',
    },
  },
  forbidden: {
    status: 403,
    title: {
      'zh-CN': '您的账号没有这项权限',
      en: 'Your account is not allowed to do this',
    },
  },
  'not-found': {
    status: 404,
    title: { 'zh-CN': '找不到您要的内容', en: 'We could not find that' },
  },
  // Status lookups: an unknown reference answers the same, so references stay unguessable.
  'wrong-credentials': {
    status: 404,
    title: { 'zh-CN': '申请编号或查询码不对', en: 'The reference or the access code is wrong' },
  },
  'method-not-allowed': {
    status: 405,
    title: { 'zh-CN': '不支持此操作', en: 'This action is not supported here' },
  },
  conflict: {
    status: 409,
    title: {
      'zh-CN': '这份申请刚刚有了变化，请刷新后再试',
      en: 'This changed a moment ago. Reload and try again',
    },
  },
  'illegal-transition': {
    status: 409,
    title: {
      'zh-CN': '这份申请当前的状态不能进行这项操作',
      en: 'This action is not possible in the application’s current state',
    },
  },
  'duplicate-application': {
    status: 409,
    title: {
      'zh-CN': '您已经有一份同类申请正在办理，不用重复申请，可以用原来的申请编号查询进度',
      en: 'You already have an open application for this kind of help. Follow it with its reference instead',
    },
  },
  'submission-in-progress': {
    status: 409,
    title: {
      'zh-CN': '这份申请还在提交中，请 1 分钟后再点一次提交，不会重复申请',
      en: 'This application is still being submitted. Press submit again in a minute: it will not be sent twice',
    },
  },
  'document-limit': {
    status: 422,
    title: {
      'zh-CN': '这份申请的材料已达上限',
      en: 'This application already holds the most documents it may',
    },
  },
  'cannot-apply-here': {
    status: 422,
    title: {
      'zh-CN': '所选的救助不能在这里申请',
      en: 'The help you chose cannot be applied for here',
    },
  },
  'too-many-attempts': {
    status: 429,
    title: {
      'zh-CN': '输错次数太多，查询已暂停',
      en: 'Too many wrong tries: looking up is paused',
    },
  },
  'too-many-reports': {
    status: 429,
    title: {
      'zh-CN': '这台设备提交的线索和投诉太多，请稍后再试，紧急情况请拨打 12345 或 12349',
      en: 'Too many reports from this device. Try again later; in an emergency call 12345 or 12349',
    },
  },
  'unsupported-media-type': {
    status: 415,
    title: { 'zh-CN': '请以 JSON 格式提交', en: 'Send the request as JSON' },
  },
  'payload-too-large': {
    status: 413,
    title: { 'zh-CN': '提交的内容太大', en: 'The request is too large' },
  },
  'internal-error': {
    status: 500,
    title: {
      'zh-CN': '系统暂时出现问题，请稍后再试或拨打 12345',
      en: 'Something went wrong on our side. Try again later or call 12345',
    },
  },
} as const satisfies Record<string, { status: number; title: LocalizedText }>;

export type ProblemType = keyof typeof problemTypes;

export function buildProblem(
  type: ProblemType,
  locale: Locale,
  extra: { detail?: string; errors?: readonly FieldError[]; [extension: string]: unknown } = {},
): Problem {
  const definition = problemTypes[type];
  return {
    type: `urn:puning-portal:problem:${type}`,
    title: definition.title[locale],
    status: definition.status,
    ...extra,
  };
}

export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}

/**
 * Thrown where a request cannot go on: the app's `onError` answers it as this problem,
 * with the field issues in the user's language.
 */
export class ProblemError extends Error {
  override readonly name = 'ProblemError';
  readonly type: ProblemType;
  readonly details: ProblemDetails;
  constructor(type: ProblemType, details: ProblemDetails = {}) {
    super(type);
    this.type = type;
    this.details = details;
  }
}

interface ProblemDetails {
  readonly issues?: readonly FieldIssue[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * The one mapping from what a request may throw to the problem it answers; null for
 * anything unexpected (a 500, logged by the caller).
 */
export function problemForError(error: unknown, locale: Locale): Problem | null {
  if (error instanceof ProblemError) {
    const { issues, extensions } = error.details;
    return buildProblem(error.type, locale, {
      ...extensions,
      ...(issues ? { errors: inLocale(issues, locale) } : {}),
    });
  }
  // Someone changed the application since it was read (optimistic lock).
  if (error instanceof ConflictError) return buildProblem('conflict', locale);
  if (error instanceof InvalidCursorError || error instanceof InvalidReportCursorError) {
    const message = validationMessages.invalidFormat[locale];
    return buildProblem('validation-failed', locale, { errors: [{ path: 'cursor', message }] });
  }
  if (error instanceof HTTPException && error.status < 500)
    return buildProblem(error.status === 413 ? 'payload-too-large' : 'validation-failed', locale);
  return null;
}
