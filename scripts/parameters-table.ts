import type { ParameterDefinition } from '../functions/domain/policy/parameter-types.ts';
import {
  type ParameterId,
  parameterIds,
  parameters,
  rulesVersion,
} from '../functions/domain/policy/parameters.ts';

/**
 * The policy parameters as a Markdown table: every dated value with its source and
 * whether it is verified. docs/policy-parameters.md is this output; a unit test keeps
 * the two identical, so the document can never drift from the data.
 *   npx tsx scripts/parameters-table.ts > docs/policy-parameters.md
 */
export function parametersMarkdown(): string {
  const lines = [
    '# Policy parameters',
    '',
    'Generated from `functions/domain/policy/parameters.ts` by `scripts/parameters-table.ts`;',
    'do not edit by hand. Every figure the pre-check, the pages and staff use comes from here.',
    '`verified` is true only when the figure itself was read in an official text.',
    '',
    `Rules version: \`${rulesVersion}\``,
    '',
    '| parameter | name | value | in force from | period ends | source | verified | confidence |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const id of parameterIds) {
    const definition = parameters[id as ParameterId] as ParameterDefinition<unknown>;
    for (const v of definition.values) {
      const source = [v.source.document, v.source.clause].filter(Boolean).join(' ');
      lines.push(
        `| \`${id}\` | ${definition.name['zh-CN']} | ${JSON.stringify(v.value)} | ${v.effectiveFrom} | ${definition.validUntil?.lastDay ?? '—'} | ${source} | ${v.verified ? 'yes' : 'no'} | ${v.confidence} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(parametersMarkdown());
