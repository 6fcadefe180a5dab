import { parse } from 'csv-parse/sync';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ListWatchService } from '../src/screening/list-watch.service';
import { startTestApp, TestApp } from './e2e-app';
import { codeAssistant, waitForDecision, waitUntil, webhookReceiver } from './fixtures';

const LISTS = join(__dirname, '..', '..', 'shared', 'data', 'lists');
const file = (...p: string[]) => ({ name: p[p.length - 1]!, content: readFileSync(join(LISTS, ...p)) });
const entNums = (content: Buffer) =>
  new Set(
    (parse(content, { relax_quotes: true, relax_column_count: true }) as string[][])
      .map((r) => r[0]!.trim())
      .filter((n) => /^\d+$/.test(n)),
  );

interface ImportView {
  id: string;
  status: string;
  rowsRead: number;
  rowsTotal: number | null;
  error: { file: string; line: number; reason: string } | null;
  listVersionId: string | null;
}

/** Builds a multipart/form-data body the way a browser or curl would. */
async function multipart(fields: Record<string, string>, files: { name: string; content: Buffer }[]) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append('files', new Blob([f.content]), f.name);
  const res = new Response(form);
  return { body: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get('content-type')! };
}

describe('restricted-party screening (real list files, real Postgres and Redis)', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }, { api: true, worker: true });
    officer = await t.keyFor('compliance_officer');
  });
  afterAll(async () => t.close());

  const importFiles = async (
    format: string,
    files: { name: string; content: Buffer }[],
    fields: Record<string, string> = {},
  ) => {
    const { body, contentType } = await multipart({ format, ...fields }, files);
    const res = await t.call('POST', '/v1/screening/imports', {
      body,
      headers: { 'content-type': contentType },
    });
    expect(res.statusCode).toBe(202);
    const created = res.json() as ImportView;
    expect(res.headers.location).toBe(`/v1/screening/imports/${created.id}`);
    let view = created;
    await waitUntil(async () => {
      view = (await t.call('GET', `/v1/screening/imports/${created.id}`)).json() as ImportView;
      return view.status === 'completed' || view.status === 'failed';
    }, 120000);
    return view;
  };
  const search = async (name: string, minScore = 0.85) =>
    (
      (
        await t.call('GET', `/v1/screening/search?name=${encodeURIComponent(name)}&minScore=${minScore}`, {
          key: officer,
        })
      ).json() as {
        data: {
          entityNumber: string;
          name: string;
          matchedName: string;
          score: number;
          list: string;
          programs: string[];
        }[];
      }
    ).data;

  it('imports the 2021 OFAC SDN set with its alt names, with progress, and finds alt and misspelled names', async () => {
    const set = ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv'].map((f) =>
      file('ofac_sdn_2021-07_watchman', f),
    );
    const view = await importFiles('ofac-sdn-csv', set, { publishedOn: '2021-07-01' });
    expect(view).toMatchObject({ status: 'completed', rowsRead: 8976, rowsTotal: 8976 });

    expect((await search('BANCO NACIONAL DE CUBA'))[0]).toMatchObject({
      entityNumber: '306',
      list: 'OFAC SDN',
    });
    expect((await search('NATIONAL BANK OF CUBA'))[0]).toMatchObject({
      entityNumber: '306',
      matchedName: 'NATIONAL BANK OF CUBA',
    });
    expect((await search('BANCO NACIONL DE CUBA'))[0]?.entityNumber).toBe('306');
    expect((await search('CUBA BANCO NACIONAL DE'))[0]?.entityNumber).toBe('306');
    expect(await search('BELLETECH CORP')).toEqual([]);
    expect(await search('Acme Software Trading Co., Ltd.')).toEqual([]);
  });

  it('imports the full 2024 SDN file (14,965 rows) and diffs it against 2021 correctly', async () => {
    const sdn2024 = file('ofac_sdn_2024-05-03', 'sdn.csv');
    const view = await importFiles('ofac-sdn-csv', [sdn2024], { publishedOn: '2024-05-03' });
    expect(view).toMatchObject({ status: 'completed', rowsRead: 14965, rowsTotal: 14965 });

    const before = entNums(readFileSync(join(LISTS, 'ofac_sdn_2021-07_watchman', 'sdn.csv')));
    const after = entNums(sdn2024.content);
    const added = [...after].filter((n) => !before.has(n));
    const removed = [...before].filter((n) => !after.has(n));
    const diff = (
      await t.call('GET', '/v1/screening/lists/ofac-sdn/diff?limit=100', { key: officer })
    ).json() as {
      counts: { added: number; removed: number; changed: number };
      added: { entryKey: string }[];
      changed: { entryKey: string; changedFields: string[] }[];
    };
    expect(diff.counts.added).toBe(added.length);
    expect(diff.counts.removed).toBe(removed.length);
    expect(diff.counts.changed).toBeGreaterThan(0);
    expect(diff.added.map((a) => a.entryKey.split(':').pop())).toEqual(
      expect.arrayContaining([added.sort()[0]]),
    );
    // The 2024 file has no alt.csv beside it, so entries that had alt names in 2021 changed in that field.
    expect(diff.changed.some((c) => c.changedFields.includes('altNames'))).toBe(true);

    const lists = (await t.call('GET', '/v1/screening/lists', { key: officer })).json() as {
      data: { source: string; rowCount: number; isCurrent: boolean }[];
    };
    expect(lists.data.filter((l) => l.source === 'ofac-sdn').map((l) => [l.rowCount, l.isCurrent])).toEqual([
      [14965, true],
      [8976, false],
    ]);
  });

  it('fails a malformed file with its line number and keeps the previous version current', async () => {
    const lines = readFileSync(join(LISTS, 'ofac_sdn_2024-05-03', 'sdn.csv'), 'utf8')
      .split('\n')
      .slice(0, 50);
    lines[41] = '99999999,"UNTERMINATED NAME,-0- ,"SDGT"';
    const view = await importFiles('ofac-sdn-csv', [
      { name: 'sdn.csv', content: Buffer.from(lines.join('\n')) },
    ]);
    expect(view.status).toBe('failed');
    expect(view.error).toMatchObject({ file: 'sdn.csv' });
    expect(view.error!.line).toBeGreaterThanOrEqual(42);
    expect(view.error!.line).toBeLessThanOrEqual(50);
    const lists = (await t.call('GET', '/v1/screening/lists', { key: officer })).json() as {
      data: { source: string; rowCount: number; isCurrent: boolean }[];
    };
    expect(lists.data.find((l) => l.source === 'ofac-sdn' && l.isCurrent)?.rowCount).toBe(14965);
  });

  it('imports the trade.gov CSL JSON format', async () => {
    const json = readFileSync(
      join(
        __dirname,
        '..',
        'src',
        'screening',
        'parsers',
        'testing',
        'consolidated_2025-06_watchman_subset.json',
      ),
    );
    const view = await importFiles('csl-json', [{ name: 'consolidated.json', content: json }]);
    expect(view).toMatchObject({ status: 'completed', rowsRead: 13, rowsTotal: 13 });
  });

  it('refuses bad imports at the door', async () => {
    const { body, contentType } = await multipart({ format: 'ofac-sdn-csv' }, [
      { name: 'notes.txt', content: Buffer.from('x') },
    ]);
    expect(
      (await t.call('POST', '/v1/screening/imports', { body, headers: { 'content-type': contentType } }))
        .statusCode,
    ).toBe(422);
    const noFormat = await multipart({ format: 'pdf' }, [file('ofac_sdn_2024-05-03', 'sdn.csv')]);
    expect(
      (
        await t.call('POST', '/v1/screening/imports', {
          body: noFormat.body,
          headers: { 'content-type': noFormat.contentType },
        })
      ).statusCode,
    ).toBe(422);
    expect(
      (
        await t.call('POST', '/v1/screening/imports', {
          key: officer,
          body: noFormat.body,
          headers: { 'content-type': noFormat.contentType },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('flags a vendor named like an NS-CMIC entity after the non-SDN import and re-decides its approved review, with a webhook', async () => {
    const receiver = await webhookReceiver();
    let subscription: string | undefined;
    try {
      subscription = (
        (await t.call('POST', '/v1/webhooks', { key: officer, body: { url: receiver.url } })).json() as {
          id: string;
        }
      ).id;
      const known = { status: 'unverified' as const };
      const vendor = (
        await t.call('POST', '/v1/vendors', {
          key: officer,
          body: {
            name: 'Inspur Group Co., Ltd.',
            hqCountry: 'US',
            certifications: [{ name: 'SOC 2 Type II', status: 'unverified' }],
            gpaiCodeSignatory: { value: true, ...known },
            dataHandling: {
              trainsOnCustomerData: { value: false, ...known },
              retentionDays: { value: 0, ...known },
              zeroDataRetentionAvailable: { value: true, ...known },
              dpaAvailable: { value: true, ...known },
              sccsOffered: { value: true, ...known },
              subProcessorsPublished: { value: true, ...known },
            },
          },
        })
      ).json() as { id: string };
      const entity = await t.call('POST', `/v1/vendors/${vendor.id}/entities`, {
        key: officer,
        body: { name: 'Inspur Group Co., Ltd.', country: 'US', roles: ['parent', 'contracting'] },
      });
      const entityId = (entity.json() as { id: string }).id;
      const model = (
        await t.call('POST', `/v1/vendors/${vendor.id}/models`, {
          key: officer,
          body: { name: 'Inspur-LM', openWeights: { value: false, ...known } },
        })
      ).json() as { id: string };
      const offering = (
        await t.call('POST', `/v1/models/${model.id}/offerings`, {
          key: officer,
          body: {
            name: 'Inspur-LM API',
            mode: 'vendor_api',
            contractingEntityId: entityId,
            storageRegions: { value: ['US'], ...known },
            inferenceRegions: { value: ['US'], ...known },
            priceInputPer1M: { value: 1, ...known },
            priceOutputPer1M: { value: 2, ...known },
          },
        })
      ).json() as { id: string };

      // Screened against the SDN list only: clear.
      const screened = (
        await t.call('POST', `/v1/vendors/${vendor.id}/screening`, { key: officer })
      ).json() as { status: string };
      expect(screened.status).toBe('clear');
      const review = (
        await t.call('POST', '/v1/reviews', {
          key: officer,
          body: { vendorId: vendor.id, modelId: model.id, offeringId: offering.id, useCase: codeAssistant },
          headers: { 'idempotency-key': randomUUID() },
        })
      ).json() as { id: string };
      const first = await waitForDecision(t, review.id);
      expect(first.decision).toBe('approved');

      const cons = ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv'].map((f) =>
        file('ofac_consolidated_nonsdn_2025-12_watchman', f),
      );
      expect((await importFiles('ofac-cons-csv', cons)).status).toBe('completed');

      await waitUntil(
        async () =>
          (
            (await t.call('GET', `/v1/vendors/${vendor.id}/screening`, { key: officer })).json() as {
              status: string;
            }
          ).status === 'potential',
        60000,
      );
      const result = (await t.call('GET', `/v1/vendors/${vendor.id}/screening`, { key: officer })).json() as {
        hits: { id: string; list: string; entityNumber: string; disposition: string | null }[];
      };
      const cmic = result.hits.find((h) => h.entityNumber === '30949');
      expect(cmic).toMatchObject({ list: 'OFAC NS-CMIC', disposition: null });

      await waitUntil(
        async () =>
          ((await t.call('GET', `/v1/reviews/${review.id}`, { key: officer })).json() as { decision: string })
            .decision === 'approved_with_conditions',
        60000,
      );
      await waitUntil(
        () =>
          receiver.received.some(
            (r) =>
              (JSON.parse(r.body) as { data: { reviewId: string; to: string } }).data.reviewId ===
                review.id && r.body.includes('approved_with_conditions'),
          ),
        30000,
      );
      const events = (
        await t.call('GET', `/v1/audit-events?subjectId=${review.id}&action=review.decision_changed`, {
          key: officer,
        })
      ).json() as { total: number };
      expect(events.total).toBeGreaterThanOrEqual(2);

      // The officer confirms the hit; the disposition survives a re-screen.
      const disposed = await t.call('POST', `/v1/screening/hits/${cmic!.id}/disposition`, {
        key: officer,
        body: { disposition: 'confirmed', reason: 'Same name and group as the NS-CMIC listing 30949.' },
      });
      expect(disposed.statusCode).toBe(200);
      const again = (await t.call('POST', `/v1/vendors/${vendor.id}/screening`, { key: officer })).json() as {
        status: string;
        hits: { id: string; disposition: string | null }[];
      };
      expect(again.status).toBe('confirmed');
      expect(again.hits.find((h) => h.id === cmic!.id)?.disposition).toBe('confirmed');
    } finally {
      // Later suites share the database: leave no subscription pointing at a closed receiver.
      if (subscription) await t.call('DELETE', `/v1/webhooks/${subscription}`, { key: officer });
      receiver.server.close();
    }
  });

  it('pulls new list files from a watched folder once (the scheduled pull, off by default)', async () => {
    const watch = t.app.get(ListWatchService);
    expect(watch.enabled).toBe(false);
    const dir = mkdtempSync(join(tmpdir(), 'lists-'));
    mkdirSync(join(dir, 'csl-csv'));
    const csl = readFileSync(
      join(LISTS, 'trade_gov_csl_samples', 'consolidated_2025-06_watchman_subset.csv'),
    );
    writeFileSync(join(dir, 'csl-csv', 'consolidated.csv'), csl);
    const [id] = await watch.scan(dir);
    expect(id).toBeDefined();
    await waitUntil(
      async () =>
        ((await t.call('GET', `/v1/screening/imports/${id}`)).json() as ImportView).status === 'completed',
      60000,
    );
    expect(((await t.call('GET', `/v1/screening/imports/${id}`)).json() as ImportView).rowsRead).toBe(13);
    expect(await watch.scan(dir)).toEqual([]);
    const lists = (await t.call('GET', '/v1/screening/lists', { key: officer })).json() as {
      data: { source: string; isCurrent: boolean }[];
    };
    expect(lists.data.some((l) => l.source === 'csl' && l.isCurrent)).toBe(true);
  });
});
