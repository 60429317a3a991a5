// tests/browser/estimate.test.mjs: the estimate form as a person uses it, in Debian's Chromium (playwright-core).
// Usage: BASE_URL=http://127.0.0.1:PORT node estimate.test.mjs   (tests/browser/run sets everything up)
// Env: BASE_URL (required), E2E_OUT (folder for screenshots; a new folder under /tmp when unset),
//      CHROMIUM (browser binary, default /usr/bin/chromium), BROWSER_DEADLINE_MS (whole run, default 50000).
// Prints one "PASS: name" / "FAIL: name — why" line per case and ends with "N passed, N failed"; exit 1 on failure.
// Every step has its own timeout and the whole run a deadline: it never hangs. Traffic stays on loopback.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BASE_URL = (process.env.BASE_URL || '').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DEADLINE_MS = Number(process.env.BROWSER_DEADLINE_MS || 50000);
const STEP_MS = 5000; // one action (click, fill, wait for an element)
const NAV_MS = 10000; // one page load
const MAX_TABS = 25; // Tab presses allowed from the page start to #role

// What the worked example must show (docs/model.md).
const WANT = {
	point: '$149,533',
	base: '$135,980',
	react: '+$4,239 (+3.5%)',
	aws: '+$24,922 (+20%)',
	query: { role: 'backend-developer', region: 'us', years: '5' },
	skills: ['nodejs', 'react-nextjs'],
	certs: ['aws-certified-developer'],
};

let passed = 0;
let failed = 0;
const say = (line) => process.stdout.write(line.replace(/[\r\n]+/g, ' ') + '\n');
function result(ok, name, why) {
	if (ok) passed++;
	else failed++;
	say(ok ? `PASS: ${name}` : `FAIL: ${name} — ${why}`);
}
function done() {
	say(`${passed} passed, ${failed} failed`);
	process.exit(failed || passed === 0 ? 1 : 0);
}

// The whole run is bounded: past the deadline report what is left as failed and leave (the browser is our child
// and dies with us; tests/browser/run also kills the process group).
const deadline = setTimeout(() => {
	result(false, 'browser run', `did not finish within ${DEADLINE_MS / 1000} s`);
	done();
}, DEADLINE_MS);
deadline.unref();

if (!BASE_URL) {
	result(false, 'environment', 'BASE_URL is not set');
	done();
}

let outDir = process.env.E2E_OUT;
try {
	if (outDir) mkdirSync(outDir, { recursive: true });
	else outDir = mkdtempSync(join(tmpdir(), 'payband-browser-'));
} catch (e) {
	result(false, 'output folder', `cannot create ${outDir}: ${e.message}`);
	done();
}
say(`screenshots: ${outDir}`);

let chromium;
try {
	({ chromium } = await import('playwright-core'));
} catch (e) {
	result(false, 'playwright-core', `not installed (npm ci --no-audit --no-fund in tests/browser): ${e.message}`);
	done();
}

// case NAME FN: run one case; an exception or a thrown string fails it with that message.
async function check(name, fn) {
	try {
		await fn();
		result(true, name);
		return true;
	} catch (e) {
		result(false, name, (e && e.message ? e.message : String(e)).split('\n')[0].slice(0, 300));
		return false;
	}
}
function expectEq(what, got, want) {
	if (got !== want) throw new Error(`${what} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
}
const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();

// Open the <details> group around a control if it is closed (as a person would click its summary).
async function revealInDetails(page, selector) {
	const closed = await page.$eval(selector, (el) => {
		const d = el.closest('details');
		return d && !d.open ? true : false;
	});
	if (closed) {
		await page.locator('details', { has: page.locator(selector) }).locator('summary').first().click();
	}
}

// Tick a checkbox by clicking its label (the label is part of the click target a person uses).
async function tick(page, id) {
	const box = `#${id}`;
	if ((await page.locator(box).count()) !== 1) throw new Error(`no checkbox ${box} on the form`);
	await revealInDetails(page, box);
	await page.locator(`label[for="${id}"]`).click();
	if (!(await page.locator(box).isChecked())) throw new Error(`${box} is not checked after clicking its label`);
}

// Fill in and submit the form on BASE_URL/, then wait for the estimate. Returns the result page's URL.
async function fillAndSubmit(page) {
	const res = await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
	if (!res || res.status() !== 200) throw new Error(`GET / → ${res ? res.status() : 'no answer'}, expected 200`);
	await page.locator('#role').selectOption({ label: 'Backend Developer' });
	await page.locator('#region').selectOption({ label: 'United States' });
	await page.locator('#years').click();
	await page.locator('#years').fill('');
	await page.locator('#years').pressSequentially('5');
	await tick(page, 'skill-react-nextjs');
	await tick(page, 'skill-nodejs');
	await tick(page, 'cert-aws-certified-developer');
	await Promise.all([
		page.waitForURL((u) => u.pathname === '/estimate', { timeout: NAV_MS }),
		page.getByRole('button', { name: 'Estimate my pay' }).click(),
	]);
	await page.locator('#estimate-point').waitFor({ state: 'visible' });
	return new URL(page.url());
}

// The result page: figures, breakdown rows, the submitted query, the form filled in again.
async function checkResult(label, page, url) {
	await check(`${label}: the form submits GET /estimate with the chosen values`, async () => {
		const q = url.searchParams;
		for (const [k, v] of Object.entries(WANT.query)) expectEq(`query ${k}`, q.getAll(k).join(','), v);
		expectEq('query skills', q.getAll('skill').sort().join(','), WANT.skills.join(','));
		expectEq('query certs', q.getAll('cert').sort().join(','), WANT.certs.join(','));
	});
	await check(`${label}: #estimate-point shows ${WANT.point}`, async () => {
		expectEq('#estimate-point', clean(await page.locator('#estimate-point').textContent()), WANT.point);
	});
	await check(`${label}: the breakdown shows base, experience, React/Next.js, AWS Certified Developer, Node.js`,
		async () => {
			const rows = await page.$$eval('table.breakdown tbody tr', (trs) =>
				trs.map((tr) => [
					(tr.querySelector('th') || {}).textContent || '',
					(tr.querySelector('td') || {}).textContent || '',
				]));
			if (!rows.length) throw new Error('no rows in table.breakdown');
			const find = (re) => rows.map(([h, v]) => [clean(h), clean(v)]).find(([h]) => re.test(h));
			const need = [
				['base', /^Median pay/, WANT.base],
				['experience', /years? of professional experience/, null],
				['React/Next.js', /^React\/Next\.js/, WANT.react],
				['AWS Certified Developer', /^AWS Certified Developer/, WANT.aws],
				['Node.js', /^Node\.js/, null],
				['total', /^Estimate$/, WANT.point],
			];
			const why = [];
			for (const [what, re, value] of need) {
				const row = find(re);
				if (!row) why.push(`no ${what} row`);
				else if (value && row[1] !== value) why.push(`${what} row says ${JSON.stringify(row[1])}, expected ${value}`);
			}
			if (why.length) throw new Error(why.join('; '));
		});
	await check(`${label}: the form on the result page keeps role, region, years and the three boxes`, async () => {
		expectEq('#role', await page.locator('#role').inputValue(), 'backend-developer');
		expectEq('#region', await page.locator('#region').inputValue(), 'us');
		expectEq('#years', await page.locator('#years').inputValue(), '5');
		for (const id of ['skill-react-nextjs', 'skill-nodejs', 'cert-aws-certified-developer']) {
			if (!(await page.locator(`#${id}`).isChecked())) throw new Error(`#${id} is not checked`);
		}
	});
}

async function screenshot(label, page, file) {
	await check(`${label}: full-page screenshot saved`, async () => {
		const path = join(outDir, file);
		await page.screenshot({ path, fullPage: true, timeout: NAV_MS });
		say(`    screenshot: ${path}`);
	});
}

// Record what goes wrong on a page: failed requests, HTTP errors, console errors, uncaught exceptions.
function watch(page) {
	const problems = [];
	page.on('requestfailed', (r) => problems.push(`${r.url()} failed (${r.failure() && r.failure().errorText})`));
	page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.url()} → ${r.status()}`); });
	// Chromium asks for /favicon.ico by itself; payband ships none, and no page refers to one: not a page's fault.
	page.on('console', (m) => {
		const where = (m.location() && m.location().url) || '';
		if (m.type() === 'error' && !/\/favicon\.ico$/.test(where)) problems.push(`console error: ${m.text()} (${where})`);
	});
	page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	return problems;
}

async function newPage(browser, options) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	context.setDefaultTimeout(STEP_MS);
	context.setDefaultNavigationTimeout(NAV_MS);
	const page = await context.newPage();
	return { context, page };
}

let browser;
const launched = await check('Chromium starts (Debian /usr/bin/chromium, no download)', async () => {
	browser = await chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		timeout: 15000,
		args: [
			'--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
			'--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--no-proxy-server',
			'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
		],
	});
});

if (launched) {
	// 1. With JavaScript (the default).
	{
		const label = 'JS on';
		const { context, page } = await newPage(browser, {});
		const problems = watch(page);
		let url;
		const ok = await check(`${label}: fill in the form on / and submit`, async () => { url = await fillAndSubmit(page); });
		if (ok) {
			await checkResult(label, page, url);
			await screenshot(label, page, 'estimate-js.png');
			await check(`${label}: no failed request, HTTP error or console error`, async () => {
				if (problems.length) throw new Error(problems.slice(0, 3).join('; '));
			});
		} else {
			await page.screenshot({ path: join(outDir, 'estimate-js-failed.png'), fullPage: true }).catch(() => {});
		}
		await context.close();
	}
	// 2. Without JavaScript: the form must work as plain HTML.
	{
		const label = 'JS off';
		const { context, page } = await newPage(browser, { javaScriptEnabled: false });
		let url;
		const ok = await check(`${label}: fill in the form on / and submit`, async () => { url = await fillAndSubmit(page); });
		if (ok) {
			await checkResult(label, page, url);
			await screenshot(label, page, 'estimate-nojs.png');
		} else {
			await page.screenshot({ path: join(outDir, 'estimate-nojs-failed.png'), fullPage: true }).catch(() => {});
		}
		await context.close();
	}
	// 3. Keyboard: from the start of the page, Tab reaches the role field in a bounded number of presses.
	{
		const { context, page } = await newPage(browser, {});
		await check(`keyboard: Tab from the page start reaches #role within ${MAX_TABS} presses`, async () => {
			await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
			const seen = [];
			for (let i = 1; i <= MAX_TABS; i++) {
				await page.keyboard.press('Tab');
				const el = await page.evaluate(() => {
					const a = document.activeElement;
					if (!a || a === document.body) return '';
					return a.id ? `#${a.id}` : `${a.tagName.toLowerCase()}${a.textContent ? `(${a.textContent.trim().slice(0, 20)})` : ''}`;
				});
				seen.push(el);
				if (el === '#role') {
					say(`    #role reached after ${i} Tab presses: ${seen.join(' → ')}`);
					return;
				}
			}
			throw new Error(`not reached; focus went ${seen.join(' → ')}`);
		});
		await context.close();
	}
	await browser.close().catch(() => {});
}
clearTimeout(deadline);
done();
