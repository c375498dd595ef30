import { html } from 'hono/html';

/**
 * A readable API reference rendered on the server from the OpenAPI document: no
 * third-party viewer, no script, so it works offline and under the strict CSP.
 */
type Json = Record<string, unknown>;

/** An operation's anchor: braces of path parameters are not allowed in a URL fragment. */
function anchorOf(method: string, path: string): string {
  return `${method}-${path.replace(/[{}]/g, '')}`;
}

function schemaText(schema: unknown): string {
  return JSON.stringify(schema, null, 2);
}

export function renderReferencePage(doc: Json) {
  const info = doc.info as { title: string; version: string; description: string };
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op })),
  );
  return html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${info.title} — API reference</title>
    <link rel="stylesheet" href="/api/docs.css" />
  </head>
  <body>
    <main>
      <h1>${info.title} <small>v${info.version}</small></h1>
      <p>${info.description}</p>
      <p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
      <nav aria-label="Operations">
        <ul>
          ${operations.map(
            ({ path, method }) =>
              html`<li><a href="#${anchorOf(method, path)}"><code>${method.toUpperCase()} ${path}</code></a></li>`,
          )}
        </ul>
      </nav>
      ${operations.map(({ path, method, op }) => {
        const parameters = (op.parameters as Json[] | undefined) ?? [];
        const responses = op.responses as Record<string, { description: string; content?: Json }>;
        const body = op.requestBody as { content: Record<string, { schema: unknown }> } | undefined;
        return html`<section id="${anchorOf(method, path)}">
          <h2><code>${method.toUpperCase()} ${path}</code></h2>
          <p>${String(op.summary ?? '')}</p>
          ${op.description ? html`<p>${String(op.description)}</p>` : ''}
          ${
            parameters.length
              ? html`<h3>Parameters</h3>
                <ul>
                  ${parameters.map(
                    (p) =>
                      html`<li><code>${String(p.name)}</code> (${String(p.in)}${p.required ? ', required' : ''}): ${String(p.description ?? '')}</li>`,
                  )}
                </ul>`
              : ''
          }
          ${
            body
              ? html`<h3>Request body</h3>
                <pre>${schemaText(body.content['application/json']?.schema)}</pre>`
              : ''
          }
          <h3>Responses</h3>
          <dl>
            ${Object.entries(responses).map(
              ([status, r]) => html`<dt>${status}</dt><dd>${r.description}</dd>`,
            )}
          </dl>
        </section>`;
      })}
    </main>
  </body>
</html>`;
}

export const referencePageCss = `body{font:18px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1 small{font-size:.6em;color:#505050}
section{border-top:1px solid #b1b4b6;padding-top:.5rem;margin-top:1.5rem}
pre{background:#f3f2f1;padding:.75rem;overflow:auto;font-size:15px}
code{font-size:.95em}
a{color:#1d4f91}
dt{font-weight:700}`;
