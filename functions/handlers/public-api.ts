import { handle } from 'hono/aws-lambda';
import { createPublicApp } from '../api/public-app.ts';
import { staffSignInOf } from '../api/staff/sign-in-config.ts';
import { staffIdentityOf } from '../shared/config.ts';
import { lambdaAppDeps } from './lambda-deps.ts';

// The public function: every /api route but /api/staff/*. Built once per cold start.
// Only the two handler files import the Lambda adapter (it moves to @hono/aws-lambda
// in Hono 5).
const { config, deps } = await lambdaAppDeps();
const staffIdentity = staffIdentityOf(config);

export const handler = handle(
  createPublicApp({
    ...deps,
    ...(staffIdentity ? { staff: { signIn: staffSignInOf(staffIdentity) } } : {}),
  }),
);
