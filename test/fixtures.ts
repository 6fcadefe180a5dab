import { createServer, IncomingMessage, Server } from 'node:http';
import { DEMO_USE_CASES } from '../src/demo/demo-cases';
import type { TestApp } from './e2e-app';

export interface Subject {
  vendorId: string;
  modelId: string;
  offeringId: string;
}

/** Ids of a seeded vendor's offering, looked up through the API. */
export async function seededOffering(
  t: TestApp,
  vendorSlug: string,
  mode: string,
  pick?: (o: { slug: string; name: string }) => boolean,
): Promise<Subject> {
  const vendors = (await t.call('GET', `/v1/vendors?limit=100`)).json() as {
    data: { id: string; slug: string }[];
  };
  const vendor = vendors.data.find((v) => v.slug === vendorSlug);
  if (!vendor) throw new Error(`no seeded vendor ${vendorSlug}`);
  const models = (await t.call('GET', `/v1/vendors/${vendor.id}/models?limit=100`)).json() as {
    data: { id: string }[];
  };
  for (const m of models.data) {
    const offerings = (await t.call('GET', `/v1/models/${m.id}/offerings?limit=100&mode=${mode}`)).json() as {
      data: { id: string; slug: string; name: string }[];
    };
    const o = offerings.data.find((x) => (pick ? pick(x) : true));
    if (o) return { vendorId: vendor.id, modelId: m.id, offeringId: o.id };
  }
  throw new Error(`no ${mode} offering for ${vendorSlug}`);
}

/** The demo's two use cases: the tests decide what the demo shows. */
export const codeAssistant = DEMO_USE_CASES[0].useCase;
export const customerSupport = DEMO_USE_CASES[1].useCase;

export async function waitForDecision(
  t: TestApp,
  id: string,
  timeoutMs = 60000,
  key?: string,
): Promise<Record<string, unknown>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.call('GET', `/v1/reviews/${id}`, key ? { key } : {});
    const body = res.json() as { status: string; reevaluationPending: boolean };
    if (body.status === 'decided' && !body.reevaluationPending)
      return body as unknown as Record<string, unknown>;
    if (Date.now() > until) throw new Error(`review ${id} not decided in time: ${res.body}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local HTTP receiver for webhook deliveries. */
export async function webhookReceiver(
  status = 200,
): Promise<{ url: string; received: Received[]; server: Server; setStatus(s: number): void }> {
  const received: Received[] = [];
  let answer = status;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answer).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}/hook`, received, server, setStatus: (s) => (answer = s) };
}

export async function waitUntil(fn: () => boolean | Promise<boolean>, timeoutMs = 60000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
