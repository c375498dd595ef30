import type { Template } from 'aws-cdk-lib/assertions';
import { expect } from 'vitest';

export type Resource = { Type: string; Properties: Record<string, unknown> };

/** The one resource of `type` whose logical id is `<prefix><8 hex digits>`. */
export function resource(template: Template, type: string, prefix: string): [string, Resource] {
  const found = Object.entries(template.findResources(type) as Record<string, Resource>).filter(
    ([id]) => new RegExp(`^${prefix}[0-9A-F]{8}$`).test(id),
  );
  expect(
    found.map(([id]) => id),
    `${type} ${prefix}`,
  ).toHaveLength(1);
  return found[0] ?? ['', { Type: type, Properties: {} }];
}
