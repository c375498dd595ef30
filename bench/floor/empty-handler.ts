// The smallest possible function: what Node itself costs at cold start.
export const handler = async () => ({ statusCode: 200, body: 'ok' });
