// tests/browser/adjust.test.mjs: the "Adjust your estimate" form on a result page, sent unchanged, asks for the same
// estimate: for the nation, a state (whose metros are grouped under it in the region select) and a metro.
// Usage: BASE_URL=http://127.0.0.1:PORT node adjust.test.mjs   (tests/browser/run sets everything up)
// Env: BASE_URL (required), CHROMIUM (browser binary, default /usr/bin/chromium), BROWSER_DEADLINE_MS (default 40000).
// Prints one "PASS: name" / "FAIL: name — why" line per case and ends with "N passed, N failed"; exit 1 on failure.
const BASE_URL = (process.env.BASE_URL || '').replace(/\/+$/, '');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DEADLINE_MS = Number(process.env.BROWSER_DEADLINE_MS || 40000);
const STEP_MS = 5000;
const NAV_MS = 10000;

// Result pages to start from: JavaScript on, as most people use the page.
const START = [
	['the United States', 'role=backend-developer&region=us&years=5&skill=react-nextjs'],
	['a state (California)', 'role=backend-developer&region=us-ca&years=5&skill=react-nextjs'],
	['a metro (San Jose)', 'role=backend-developer&region=us-ca-san-jose-sunnyvale-santa-clara&years=5&skill=react-nextjs'],
];

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
const deadline = setTimeout(() => {
	result(false, 'adjust: browser run', `did not finish within ${DEADLINE_MS / 1000} s`);
	done();
}, DEADLINE_MS);
deadline.unref();

if (!BASE_URL) {
	result(false, 'adjust: environment', 'BASE_URL is not set');
	done();
}
let chromium;
try {
	({ chromium } = await import('playwright-core'));
} catch (e) {
	result(false, 'adjust: playwright-core', `not installed (npm ci --no-audit --no-fund in tests/browser): ${e.message}`);
	done();
}

async function check(name, fn) {
	try {
		await fn();
		result(true, name);
	} catch (e) {
		result(false, name, (e && e.message ? e.message : String(e)).split('\n')[0].slice(0, 300));
	}
}
const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
// The parameters of a query as sorted "key=value" pairs: the order of parameters never matters.
const params = (search) => [...new URLSearchParams(search)].map(([k, v]) => `${k}=${v}`).sort().join('&');

// What a result page says: the estimate, its canonical link, and the page's own query.
async function readResult(page) {
	await page.locator('#estimate-point').waitFor({ state: 'visible' });
	const point = clean(await page.locator('#estimate-point').textContent());
	const link = await page.locator('#permalink').getAttribute('href');
	return { point, canonical: params(new URL(link, BASE_URL).search), query: params(new URL(page.url()).search) };
}

let browser;
try {
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
} catch (e) {
	result(false, 'adjust: Chromium starts', e.message.split('\n')[0]);
	done();
}

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
context.setDefaultTimeout(STEP_MS);
context.setDefaultNavigationTimeout(NAV_MS);
const page = await context.newPage();
for (const [what, query] of START) {
	await check(`adjust: for ${what}, the result page's form sent unchanged gives the same estimate and canonical URL`,
		async () => {
			const res = await page.goto(`${BASE_URL}/estimate?${query}`, { waitUntil: 'load' });
			if (!res || res.status() !== 200) throw new Error(`GET /estimate?${query} → ${res ? res.status() : 'no answer'}`);
			const before = await readResult(page);
			await Promise.all([
				page.waitForNavigation({ waitUntil: 'load', timeout: NAV_MS }),
				page.getByRole('button', { name: 'Estimate my pay' }).click(),
			]);
			const after = await readResult(page);
			const why = [];
			if (after.point !== before.point) why.push(`estimate ${before.point} became ${after.point}`);
			if (after.canonical !== before.canonical) why.push(`canonical ${before.canonical} became ${after.canonical}`);
			if (after.query !== before.canonical) why.push(`the form sent ${after.query}, not ${before.canonical}`);
			if (why.length) throw new Error(why.join('; '));
		});
}
await context.close().catch(() => {});
await browser.close().catch(() => {});
clearTimeout(deadline);
done();
