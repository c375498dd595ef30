import { handle } from 'hono/aws-lambda';
import { staffAccess } from '../api/staff/staff-access.ts';
import { createStaffApp } from '../api/staff-app.ts';
import { staffIdentityOf } from '../shared/config.ts';
import { lambdaAppDeps } from './lambda-deps.ts';

// The staff function: /api/staff/*, behind the API Gateway JWT authorizer, and every
// token verified again here. Without staff settings every route answers 401.
const { config, deps } = await lambdaAppDeps();
const staffIdentity = staffIdentityOf(config);

export const handler = handle(
  createStaffApp({ ...deps, ...(staffIdentity ? { staff: staffAccess(staffIdentity) } : {}) }),
);
