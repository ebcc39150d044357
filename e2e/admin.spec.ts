import type { APIRequestContext, Page } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { SignInPage } from './support/sign-in-page';

/** A small plan document of its own, so that nothing here is mistaken for the demo plan. */
function planDocument(stamp: string) {
  return {
    format: 'kompas.plan',
    version: 1,
    plan: {
      organisation: 'Prøvested Kommune',
      title: `Prøvested ${stamp} – sammen om at prøve`,
      visionStatement: 'Vi prøver alt af.',
      motivations: ['Fordi vi vil kunne stole på importen.'],
      sections: [{ title: 'Vision i praksis', body: 'Data, handlinger, fokus og vision.' }],
      periodStart: '2034-01-01',
      periodEnd: '2037-12-31',
      status: 'draft',
      example: false,
    },
    aimingPoints: [{ id: 'ap1', title: `Prøvevækst ${stamp}`, ambition: 'Vi vil vokse', body: '', sections: [], example: false }],
    committees: [{ id: 'c1', name: `Prøveudvalget ${stamp}`, shortName: 'PU', coreAreas: ['prøver'], example: false }],
    units: [],
    focusAreas: [
      {
        id: 'f1',
        committeeId: 'c1',
        coOwnerCommitteeIds: [],
        title: `Prøvefokus ${stamp}`,
        description: '',
        rank: 1,
        status: 'proposed',
        example: false,
      },
    ],
    actions: [],
    indicators: [],
    observations: [],
    links: [{ id: 'l1', kind: 'supports', sourceId: 'f1', targetId: 'ap1', rationale: '', strength: 2, example: false }],
  };
}

const asFile = (name: string, document: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(document)) });

async function planTitles(request: APIRequestContext): Promise<string[]> {
  return ((await (await request.get('/api/plans')).json()) as { title: string }[]).map((p) => p.title);
}

async function chooseDocument(page: Page, name: string, document: unknown) {
  await page.getByTestId('import-file').setInputFiles(asFile(name, document));
}

test.describe('the administrator sets up a plan in the app', () => {
  test.use({ as: 'admin' });

  test('imports a plan document (a broken one first, nothing written), creates a committee with a member and a unit with a manager; the member then edits the committee’s focus areas', async ({
    page,
    mapPage,
    plan,
    browser,
    baseURL,
  }) => {
    // Two imports, two people and a second browser on a busy two-core machine.
    test.setTimeout(180_000);
    const stamp = `${Date.now()}`;
    const good = planDocument(stamp);
    const broken = {
      ...good,
      committees: [{ ...good.committees[0], name: '' }],
      focusAreas: [{ ...good.focusAreas[0], committeeId: 'c9' }],
    };
    const before = await planTitles(page.request);

    await mapPage.goto(`/plans/${plan.id}`);
    await page.getByTestId('nav-admin').click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
    await page.getByTestId('admin-import').click();
    await expect(page).toHaveURL(/\/admin\/import$/);

    await test.step('a broken document: each problem at its field, the import cannot be confirmed, and nothing is written', async () => {
      await chooseDocument(page, 'broken.json', broken);
      await expect(page.getByTestId('import-preview')).toContainText('Dokumentet har fejl');
      const problems = page.getByTestId('import-problem');
      await expect(problems.and(page.locator('[data-field="committees.0.name"]'))).toContainText('Udvalg nr. 1 › Navn: Skal udfyldes.');
      await expect(problems.and(page.locator('[data-field="focusAreas.0.committeeId"]'))).toContainText(
        'Fokusområde nr. 1 › Udvalg (ejer): Henviser til et id, som dokumentet ikke har.',
      );
      await expect(page.getByTestId('import-confirm')).toBeDisabled();
      expect(await planTitles(page.request)).toEqual(before);
    });

    await test.step('a good document: its counts, then the import and a link to the new plan’s map', async () => {
      await chooseDocument(page, 'good.json', good);
      await expect(page.getByTestId('import-preview')).toContainText('Dokumentet er i orden');
      await expect(page.getByTestId('import-problems')).toHaveCount(0);
      await expect(page.getByTestId('import-count-committees')).toHaveText('1');
      await expect(page.getByTestId('import-count-focusAreas')).toHaveText('1');
      await expect(page.getByTestId('import-count-links')).toHaveText('1');
      await expect(page.getByTestId('import-same-as')).toHaveCount(0);
      // Still nothing written: the preview is a dry run.
      expect(await planTitles(page.request)).toEqual(before);
      await page.getByTestId('import-confirm').click();
      await expect(page.getByTestId('import-done')).toContainText(good.plan.title);
    });
    const plans = (await (await page.request.get('/api/plans')).json()) as { id: string; title: string }[];
    const imported = plans.find((p) => p.title === good.plan.title)!;
    expect(imported).toBeDefined();

    await test.step('the same document again is recognised as a plan that already exists', async () => {
      await page.goto('/admin/import');
      await chooseDocument(page, 'good.json', good);
      await expect(page.getByTestId('import-same-as')).toContainText(good.plan.title);
      await page.getByRole('link', { name: 'Administration', exact: true }).first().click();
    });

    // Two people to give roles to: created through the API, as an administrator would on the users page.
    const password = 'et langt og godt kodeord';
    const person = async (username: string, name: string) => {
      const res = await page.request.post('/api/users', { data: { username, name, password, roles: ['viewer'] } });
      expect(res.status(), await res.text()).toBe(201);
    };
    await person(`pia-${stamp}`, `Pia Prøve ${stamp}`);
    await person(`jens-${stamp}`, `Jens Prøve ${stamp}`);

    const committeeName = `Udvalget for Prøver ${stamp}`;
    await test.step('a new committee in the imported plan, with a member', async () => {
      await expect(page).toHaveURL(/\/admin$/);
      await page.getByTestId(`admin-new-committee-${imported.id}`).click();
      const form = page.getByTestId('committee-form');
      await form.getByTestId('committee-form-save').click();
      await expect(form.getByText('Skal udfyldes.')).toBeVisible();
      await form.getByLabel('Navn', { exact: true }).fill(committeeName);
      await form.getByLabel('Kerneområder').fill('prøver\nkvalitet');
      await form.getByTestId('committee-form-save').click();
      await expect(mapPage.toast(`${committeeName} er oprettet.`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/admin/plans/${imported.id}/committees/[0-9a-f-]{36}$`));
      const members = page.getByTestId('committee-members');
      await members.getByLabel('Tilføj et medlem').selectOption({ label: `Pia Prøve ${stamp} (pia-${stamp})` });
      await members.getByTestId('committee-members-add').click();
      await expect(members.getByTestId('committee-members-person')).toContainText(`Pia Prøve ${stamp}`);
    });
    const committee = (
      (await (await page.request.get(`/api/plans/${imported.id}/committees`)).json()) as { id: string; name: string }[]
    ).find((c) => c.name === committeeName)!;

    await test.step('a new unit, with a manager', async () => {
      await page.getByRole('link', { name: 'Administration', exact: true }).first().click();
      await page.getByTestId('admin-new-unit').click();
      const form = page.getByTestId('unit-form');
      await form.getByLabel('Navn', { exact: true }).fill(`Prøveskolen ${stamp}`);
      await form.getByTestId('unit-form-save').click();
      await expect(mapPage.toast(`Prøveskolen ${stamp} er oprettet.`)).toBeVisible();
      const managers = page.getByTestId('unit-managers');
      await managers.getByLabel('Tilføj en leder').selectOption({ label: `Jens Prøve ${stamp} (jens-${stamp})` });
      await managers.getByTestId('unit-managers-add').click();
      await expect(managers.getByTestId('unit-managers-person')).toContainText(`Jens Prøve ${stamp}`);
      const users = (await (await page.request.get('/api/users')).json()) as { username: string; roles: string[]; unitIds: string[] }[];
      expect(users.find((u) => u.username === `jens-${stamp}`)?.roles).toContain('manager');
    });

    await test.step('the member signs in and edits a focus area of that committee', async () => {
      const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
      try {
        const memberPage = await context.newPage();
        await memberPage.goto('/sign-in');
        await new SignInPage(memberPage).signIn(`pia-${stamp}`, password);
        await expect(memberPage).not.toHaveURL(/sign-in/);
        const created = await memberPage.request.post('/api/focus-areas', {
          data: { committeeId: committee.id, title: `Pias fokus ${stamp}` },
        });
        expect(created.status(), await created.text()).toBe(201);
        const focusArea = (await created.json()) as { id: string };
        await memberPage.goto(`/plans/${imported.id}/nodes/${focusArea.id}`);
        const panel = memberPage.getByTestId('side-panel');
        await expect(panel.getByTestId('node-form')).toBeVisible();
        await expect(panel.getByTestId('permission-note')).toHaveCount(0);
        await panel.getByTestId('node-form').getByLabel('Titel').fill(`Pias fokus ${stamp}, rettet`);
        await panel.getByTestId('node-save').click();
        await expect(memberPage.getByTestId('toast').filter({ hasText: `"Pias fokus ${stamp}, rettet" er gemt.` })).toBeVisible();
      } finally {
        await context.close();
      }
    });

    await test.step('the plan’s vision gets a new section, and the plan a new aiming point', async () => {
      await page.goto(`/admin/plans/${imported.id}`);
      const form = page.getByTestId('plan-form');
      await expect(form.getByLabel('Overskrift, afsnit 1')).toHaveValue('Vision i praksis');
      await form.getByLabel('Visionen').fill('Vi prøver alt af, sammen.');
      await form.getByRole('button', { name: 'Tilføj afsnit' }).click();
      await form.getByTestId('plan-form-save').click();
      await expect(form.getByLabel('Overskrift, afsnit 2')).toHaveAttribute('aria-invalid', 'true');
      await form.getByLabel('Overskrift, afsnit 2').fill('Sådan følger vi op');
      await form.getByLabel('Tekst, afsnit 2').fill('To gange om året.');
      await form.getByTestId('plan-form-save').click();
      await expect(mapPage.toast(`${good.plan.title} er gemt.`)).toBeVisible();
      const saved = (await (await page.request.get(`/api/plans/${imported.id}`)).json()) as {
        visionStatement: string;
        sections: { title: string; body: string }[];
      };
      expect(saved.visionStatement).toBe('Vi prøver alt af, sammen.');
      expect(saved.sections).toEqual([good.plan.sections[0], { title: 'Sådan følger vi op', body: 'To gange om året.' }]);

      await page.getByRole('link', { name: 'Administration', exact: true }).first().click();
      await page.getByTestId(`admin-new-aiming-point-${imported.id}`).click();
      const point = page.getByTestId('aiming-point-form');
      await point.getByLabel('Titel').fill(`Prøvefællesskab ${stamp}`);
      await point.getByTestId('aiming-point-form-save').click();
      await expect(mapPage.toast(`Prøvefællesskab ${stamp} er oprettet.`)).toBeVisible();
      await page.getByRole('link', { name: 'Administration', exact: true }).first().click();
      await expect(page.getByTestId(`admin-plan-${imported.id}`)).toContainText(`Prøvefællesskab ${stamp}`);
    });

    await test.step('the imported plan is deleted, the deletion undone, and deleted for good', async () => {
      const deletePlan = async () => {
        await page.goto(`/admin/plans/${imported.id}`);
        await page.getByTestId('plan-form-delete').click();
        await expect(page.getByTestId('confirm-dialog')).toContainText(`Slet ${good.plan.title}?`);
        await page.getByTestId('confirm-yes').click();
        await expect(page).toHaveURL(/\/admin$/);
      };
      await deletePlan();
      const deleted = mapPage.toast(`${good.plan.title} er slettet.`);
      await expect(deleted).toBeVisible();
      expect(await planTitles(page.request)).toEqual(before);
      await deleted.getByRole('button', { name: 'Fortryd' }).click();
      await expect(mapPage.toast(`${good.plan.title} er gendannet.`)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`/admin/plans/${imported.id}$`));
      expect(await planTitles(page.request)).toContain(good.plan.title);
      // Gone again, so the rest of the run sees only the demo plan.
      await deletePlan();
      expect(await planTitles(page.request)).toEqual(before);
    });
  });

  test('the administration pages have no serious or critical axe violations', async ({ page, plan, api }) => {
    test.setTimeout(90_000);
    const committees = await api.committees(plan.id);
    const units = (await (await page.request.get('/api/units')).json()) as { id: string; name: string }[];
    const pages: [string, string, () => Promise<void>][] = [
      ['/admin', 'the index', async () => void (await expect(page.getByTestId(`admin-plan-${plan.id}`)).toBeVisible())],
      [
        '/admin/import',
        'the import with a refused document',
        async () => {
          await chooseDocument(page, 'broken.json', { format: 'kompas.plan', version: 1, plan: {} });
          await expect(page.getByTestId('import-problem').first()).toBeVisible();
        },
      ],
      [`/admin/plans/${plan.id}`, 'a plan', async () => void (await expect(page.getByTestId('plan-form')).toBeVisible())],
      [
        `/admin/plans/${plan.id}/aiming-points/new`,
        'a new aiming point',
        async () => void (await expect(page.getByTestId('aiming-point-form')).toBeVisible()),
      ],
      [
        `/admin/plans/${plan.id}/committees/${committees[0].id}`,
        'a committee with its members',
        async () => void (await expect(page.getByTestId('committee-members')).toBeVisible()),
      ],
      [
        `/admin/units/${units[0].id}`,
        'a unit with its managers',
        async () => void (await expect(page.getByTestId('unit-managers')).toBeVisible()),
      ],
    ];
    for (const [path, what, ready] of pages) {
      await page.goto(path);
      await ready();
      const found = await test.step(`scan ${what}`, () => seriousViolations(page));
      expect.soft(found, `On ${what} (${path}):\n${found.join('\n')}`).toEqual([]);
    }
  });
});

test.describe('someone who is not an administrator', () => {
  test.use({ as: 'udvalg' });

  test('is not offered the administration pages, and is told so at their address', async ({ page, mapPage, plan }) => {
    await mapPage.goto(`/plans/${plan.id}`);
    await expect(page.getByTestId('nav-admin')).toHaveCount(0);
    await page.goto('/admin/import');
    await expect(page.getByText('Kun administratorer kan administrere planer, udvalg og enheder.')).toBeVisible();
    await expect(page.getByTestId('import-file')).toHaveCount(0);
  });
});
