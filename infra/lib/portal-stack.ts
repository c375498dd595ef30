import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { PortalApi } from './api.ts';
import { PortalData } from './data.ts';
import { PortalDocuments } from './documents.ts';
import { type CustomDomain, PortalSite } from './site.ts';

export interface PortalStackProps extends StackProps {
  /** The built static site; bin/app.ts passes web/dist, tests pass a fixture. */
  readonly siteDirectory: string;
  readonly customDomain?: CustomDomain;
}

/** The whole portal: table, API and site. Later capabilities add constructs here. */
export class PortalStack extends Stack {
  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);

    const data = new PortalData(this, 'Data');
    const documents = new PortalDocuments(this, 'Documents');
    const api = new PortalApi(this, 'Api', { table: data.table, documents: documents.bucket });
    const site = new PortalSite(this, 'Site', {
      siteDirectory: props.siteDirectory,
      api: api.httpApi,
      customDomain: props.customDomain,
    });

    new CfnOutput(this, 'SiteUrl', {
      description: 'The portal, served by CloudFront',
      value: `https://${site.distribution.distributionDomainName}`,
    });
    new CfnOutput(this, 'ApiEndpoint', {
      description: 'The HTTP API itself (use the site URL + /api in clients)',
      value: api.httpApi.apiEndpoint,
    });
    new CfnOutput(this, 'TableName', { value: data.table.tableName });
  }
}
