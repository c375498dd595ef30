import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges cdk-nag findings on a construct and its children. Each id is one exact
 * finding (`AwsSolutions-IAM5[Action::s3:List*]`): cdk-nag v3 has no prefix matching.
 */
export function acknowledge(scope: IConstruct, findings: Record<string, string>): void {
  for (const [id, reason] of Object.entries(findings)) {
    Validations.of(scope).acknowledge({ id, reason });
  }
}

/** How cdk-nag prints a Fn::GetAtt inside a finding id: `<LogicalId.Attribute>`. */
export function cfnReference(scope: IConstruct, token: string): string {
  const resolved = Stack.of(scope).resolve(token) as { 'Fn::GetAtt'?: [string, string] };
  const getAtt = resolved['Fn::GetAtt'];
  if (!getAtt) throw new Error(`Expected a Fn::GetAtt reference, got ${JSON.stringify(resolved)}`);
  return `<${getAtt[0]}.${getAtt[1]}>`;
}
