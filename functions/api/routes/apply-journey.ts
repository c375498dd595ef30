// The routes one applying household uses together — the village list, the pre-check
// and the application — loaded as one chunk on the first of them (public-app.ts).
// They share the divisions, the policy rules and the application schema.
export { applicationRoutes } from './applications.ts';
export { eligibilityRoutes } from './eligibility.ts';
export { townshipRoutes } from './townships.ts';
