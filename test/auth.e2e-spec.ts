import { JwtService } from '@nestjs/jwt';
import request from 'supertest';
import { TEST_PASSWORD } from './support/account-factories.js';
import { createEnterprise, createRegionTree } from './support/factories.js';
import { createSeeker } from './support/seeker-factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { TEST_ADMIN } from './support/test-env.js';

describe('sign-in and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const login = (username: string, password: string) => t.anonymous.post('/auth/login').send({ username, password });
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

  describe('POST /auth/login', () => {
    it('returns an access token, a refresh token and the account; case in the username does not matter', async () => {
      const tree = await createRegionTree(t.dataSource);
      const staff = await t.as({ role: 'centre_staff', regionCode: tree.district.code });
      const response = await login(staff.account.username.toUpperCase(), TEST_PASSWORD);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        tokenType: 'Bearer',
        expiresIn: 900,
        account: { id: staff.account.id, role: 'centre_staff', regionCode: tree.district.code, active: true },
      });
      expect(response.body.account.passwordHash).toBeUndefined();
      const me = await t.anonymous.get('/me').set(bearer(response.body.accessToken));
      expect(me.status).toBe(200);
      expect(me.body).toMatchObject({ id: staff.account.id, role: 'centre_staff' });
      expect(me.body.lastLoginAt).not.toBeNull();
    });

    it('answers the same 401 for an unknown user and a wrong password', async () => {
      const unknown = await login('nobody-here', 'whatever-password');
      const wrong = await login(TEST_ADMIN.username, 'not-the-password');
      for (const response of [unknown, wrong]) {
        expect(response.status).toBe(401);
        expect(response.body.error).toBe('INVALID_CREDENTIALS');
        expect(response.headers['www-authenticate']).toBe('Bearer');
      }
    });

    it('refuses a malformed body with 400 and the failing fields', async () => {
      const response = await t.anonymous.post('/auth/login').send({ username: '', password: 42 });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['password', 'username']);
    });
  });

  describe('access tokens', () => {
    it('401 without a token, with a forged token and with an expired one', async () => {
      const noToken = await t.anonymous.get('/enterprises');
      expect(noToken.status).toBe(401);
      expect(noToken.body.error).toBe('AUTH_REQUIRED');

      const { accessToken } = await t.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
      const claims = JSON.parse(Buffer.from(accessToken.split('.')[1] as string, 'base64url').toString());
      const forged = new JwtService({ secret: 'some other secret of at least thirty-two chars' }).sign({ sub: claims.sub, sid: claims.sid, role: 'centre_admin' });
      const forgedResponse = await t.anonymous.get('/enterprises').set(bearer(forged));
      expect(forgedResponse.status).toBe(401);
      expect(forgedResponse.body.error).toBe('TOKEN_INVALID');

      // Signed with the service's own key, but its lifetime is over.
      const expired = t.app.get(JwtService).sign({ sub: claims.sub, sid: claims.sid, role: claims.role, exp: Math.floor(Date.now() / 1000) - 5 });
      const expiredResponse = await t.anonymous.get('/enterprises').set(bearer(expired));
      expect(expiredResponse.status).toBe(401);
      expect(expiredResponse.body.error).toBe('TOKEN_EXPIRED');
      expect((await t.anonymous.get('/enterprises').set(bearer(accessToken))).status).toBe(200);
    });

    it('sends expiry and role from the token but checks the account live: a deactivated account stops at once', async () => {
      const tree = await createRegionTree(t.dataSource);
      const staff = await t.as({ role: 'centre_staff', regionCode: tree.district.code });
      expect((await staff.get('/me')).status).toBe(200);
      const deactivated = await t.http.patch(`/users/${staff.account.id}`).send({ active: false });
      expect(deactivated.status).toBe(200);
      expect(deactivated.body.active).toBe(false);
      const after = await staff.get('/me');
      expect(after.status).toBe(401);
      expect(after.body.error).toBe('SESSION_ENDED');
      expect((await login(staff.account.username, TEST_PASSWORD)).status).toBe(401);
    });
  });

  describe('refresh and logout', () => {
    it('rotates the refresh token: the new one works, the old one once replayed ends the whole sign-in', async () => {
      const first = await t.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
      const refreshed = await t.anonymous.post('/auth/refresh').send({ refreshToken: first.refreshToken });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body.refreshToken).not.toBe(first.refreshToken);
      expect((await t.anonymous.get('/me').set(bearer(refreshed.body.accessToken))).status).toBe(200);

      const replay = await t.anonymous.post('/auth/refresh').send({ refreshToken: first.refreshToken });
      expect(replay.status).toBe(401);
      expect(replay.body.error).toBe('REFRESH_TOKEN_INVALID');
      // The thief's replay revoked the session: the legitimate tokens stop too.
      expect((await t.anonymous.get('/me').set(bearer(refreshed.body.accessToken))).status).toBe(401);
      expect((await t.anonymous.post('/auth/refresh').send({ refreshToken: refreshed.body.refreshToken })).status).toBe(401);
    });

    it('logout ends the access and refresh tokens of that sign-in only', async () => {
      const kept = await t.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
      const ended = await t.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
      expect((await ended.client.post('/auth/logout')).status).toBe(204);
      expect((await ended.client.get('/me')).body.error).toBe('SESSION_ENDED');
      expect((await t.anonymous.post('/auth/refresh').send({ refreshToken: ended.refreshToken })).status).toBe(401);
      expect((await kept.client.get('/me')).status).toBe(200);
    });

    it('a refresh token past its lifetime is refused', async () => {
      const { refreshToken } = await t.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
      await t.dataSource.query(`UPDATE auth_session SET refresh_expires_at = now() - interval '1 second' WHERE revoked_at IS NULL AND refresh_expires_at > now() - interval '1 second' AND created_at > now() - interval '5 seconds'`);
      expect((await t.anonymous.post('/auth/refresh').send({ refreshToken })).status).toBe(401);
    });

    it('changing your password ends your other sign-ins but keeps this one', async () => {
      const tree = await createRegionTree(t.dataSource);
      const staff = await t.as({ role: 'centre_staff', regionCode: tree.district.code });
      const other = await t.signIn(staff.account.username, TEST_PASSWORD);
      const wrong = await staff.post('/me/password').send({ currentPassword: 'not it at all', newPassword: 'a brand new passphrase' });
      expect(wrong.status).toBe(401);
      expect((await staff.post('/me/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' })).status).toBe(400);
      expect((await staff.post('/me/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' })).status).toBe(204);
      expect((await staff.get('/me')).status).toBe(200);
      expect((await other.client.get('/me')).status).toBe(401);
      expect((await login(staff.account.username, 'a brand new passphrase')).status).toBe(200);
    });
  });

  describe('/users', () => {
    it('the first centre admin came from config and is nationwide', async () => {
      const rows = await t.dataSource.query(`SELECT username, region_code FROM user_account WHERE role = 'centre_admin' AND username = $1`, [TEST_ADMIN.username]);
      expect(rows).toEqual([{ username: TEST_ADMIN.username, region_code: null }]);
    });

    it('creates the configured admin when no account has that name, even beside other admins, and never changes it from config', async () => {
      const username = `cfg-admin-${Date.now()}`;
      const second = await createTestApp({ ADMIN_USERNAME: username, ADMIN_PASSWORD: 'configured password 1' });
      await second.close();
      expect((await login(username, 'configured password 1')).status).toBe(200);
      const third = await createTestApp({ ADMIN_USERNAME: username, ADMIN_PASSWORD: 'a different password 2' });
      await third.close();
      expect((await login(username, 'a different password 2')).status).toBe(401);
      expect((await login(username, 'configured password 1')).status).toBe(200);
      const unknownRegion = `cfg-region-${Date.now()}`;
      const fourth = await createTestApp({ ADMIN_USERNAME: unknownRegion, ADMIN_PASSWORD: 'configured password 3', ADMIN_REGION_CODE: 'nosuchregion1' });
      await fourth.close();
      expect((await login(unknownRegion, 'configured password 3')).status).toBe(401);
    });

    it('centre staff open HR and seeker accounts inside their region, nothing else', async () => {
      const mine = await createRegionTree(t.dataSource);
      const theirs = await createRegionTree(t.dataSource);
      const staff = await t.as({ role: 'centre_staff', regionCode: mine.district.code });
      const ownEnterprise = await createEnterprise(t.dataSource, { regionCode: mine.community.code });
      const otherEnterprise = await createEnterprise(t.dataSource, { regionCode: theirs.community.code });
      const body = (extra: Record<string, unknown>) => ({ username: `hr-${Date.now()}${Math.round(Math.random() * 1e6)}`, displayName: '李敏', password: 'a fine passphrase', ...extra });

      const hr = await staff.post('/users').send(body({ role: 'hr_officer', enterpriseId: ownEnterprise.id }));
      expect(hr.status).toBe(201);
      expect(hr.body).toMatchObject({ role: 'hr_officer', enterpriseId: ownEnterprise.id, regionCode: null });
      const outside = await staff.post('/users').send(body({ role: 'hr_officer', enterpriseId: otherEnterprise.id }));
      expect(outside.status).toBe(400);
      expect(outside.body.errors[0].field).toBe('enterpriseId');
      const colleague = await staff.post('/users').send(body({ role: 'centre_staff', regionCode: mine.street.code }));
      expect(colleague.status).toBe(403);
      const duplicate = await staff.post('/users').send({ ...body({ role: 'hr_officer', enterpriseId: ownEnterprise.id }), username: hr.body.username });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.error).toBe('USERNAME_TAKEN');
      const missingScope = await staff.post('/users').send(body({ role: 'hr_officer' }));
      expect(missingScope.status).toBe(400);

      const listed = await staff.get('/users').query({ pageSize: 100 });
      expect(listed.body.items.map((account: { id: string }) => account.id)).toContain(hr.body.id);
      expect(listed.body.items.every((account: { role: string }) => ['hr_officer', 'seeker'].includes(account.role))).toBe(true);
      expect((await staff.get(`/users/${staff.account.id}`)).status).toBe(404);

      const signedIn = await login(hr.body.username, 'a fine passphrase');
      expect(signedIn.status).toBe(200);
    });

    it('a grid worker must be placed on a community or grid and opens accounts for residents there', async () => {
      const tree = await createRegionTree(t.dataSource);
      const onStreet = await t.http.post('/users').send({ username: `gw-${Date.now()}`, displayName: '网格员', password: 'a fine passphrase', role: 'grid_worker', regionCode: tree.street.code });
      expect(onStreet.status).toBe(400);
      const worker = await t.as({ role: 'grid_worker', regionCode: tree.grid.code });
      const resident = await createSeeker(t, tree.grid.code);
      const neighbour = await createSeeker(t, tree.community.code);
      const account = await worker.post('/users').send({ username: `sk-${Date.now()}`, displayName: resident.fullName, password: 'a fine passphrase', role: 'seeker', seekerId: resident.id });
      expect(account.status).toBe(201);
      const again = await worker.post('/users').send({ username: `sk2-${Date.now()}`, displayName: resident.fullName, password: 'a fine passphrase', role: 'seeker', seekerId: resident.id });
      expect(again.status).toBe(409);
      const outside = await worker.post('/users').send({ username: `sk3-${Date.now()}`, displayName: neighbour.fullName, password: 'a fine passphrase', role: 'seeker', seekerId: neighbour.id });
      expect(outside.status).toBe(400);
    });

    it('an admin cannot deactivate themself', async () => {
      const admin = await t.as({ role: 'centre_admin', regionCode: null });
      const response = await admin.patch(`/users/${admin.account.id}`).send({ active: false });
      expect(response.status).toBe(409);
    });
  });
});

describe('HTTP protections', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      THROTTLE_LOGIN_LIMIT: '3',
      THROTTLE_WRITE_LIMIT: '5',
      BODY_LIMIT: '2kb',
      CORS_ORIGINS: 'https://centre.example.cn, https://hr.example.cn',
      // Limits are shared through Redis by every API process of one deployment: give this app its own.
      QUEUE_PREFIX: `jobbridge-test-limits-${process.pid}`,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  it('limits sign-in attempts per address and username with 429 and Retry-After', async () => {
    const attempt = (username: string) => t.anonymous.post('/auth/login').send({ username, password: 'guessing-wrong' });
    const username = `target-${Date.now()}`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt(username)).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await attempt(username);
    expect(limited.body.error).toBe('TOO_MANY_REQUESTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another username from the same address still gets its own attempts.
    expect((await attempt(`${username}-other`)).status).toBe(401);
  });

  it('limits writes per signed-in user; reads are not counted', async () => {
    const tree = await createRegionTree(t.dataSource);
    const writer = await t.as({ role: 'centre_staff', regionCode: tree.district.code });
    const other = await t.as({ role: 'centre_staff', regionCode: tree.district.code });
    for (let i = 0; i < 8; i++) expect((await writer.get('/me')).status).toBe(200);
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await writer.post('/me/password').send({ currentPassword: 'wrong password', newPassword: 'irrelevant passphrase' })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await other.post('/me/password').send({ currentPassword: 'wrong password', newPassword: 'irrelevant passphrase' })).status).toBe(401);
  });

  it('answers 413 for a body over the limit', async () => {
    const response = await t.http.post('/regions').set('Content-Type', 'application/json').send(JSON.stringify({ name: 'x'.repeat(4000) }));
    expect(response.status).toBe(413);
    expect(response.body.error).toBe('PAYLOAD_TOO_LARGE');
  });

  it('sends security headers and allows only the configured origins', async () => {
    const health = await t.anonymous.get('/health').set('Origin', 'https://centre.example.cn');
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['strict-transport-security']).toBeDefined();
    expect(health.headers['x-powered-by']).toBeUndefined();
    expect(health.headers['access-control-allow-origin']).toBe('https://centre.example.cn');
    const foreign = await t.anonymous.get('/health').set('Origin', 'https://evil.example.com');
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.anonymous.options('/auth/login').set('Origin', 'https://hr.example.cn').set('Access-Control-Request-Method', 'POST');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://hr.example.cn');
  });

  it('documents the bearer scheme; the docs and health stay public', async () => {
    const docs = await t.anonymous.get('/docs/openapi.json');
    expect(docs.status).toBe(200);
    expect(docs.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(docs.body.security).toEqual([{ bearer: [] }]);
    expect((await t.anonymous.get('/docs')).status).toBe(200);
    expect((await request(t.app.getHttpServer()).get('/health')).status).toBe(200);
  });
});
