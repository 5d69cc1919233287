import { creditCode, filingBody, ID, attachRequired } from '../../testing/filing-fixtures';
import { describeRaces, RACE_ROUNDS } from '../../testing/races';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { PDF } from '../../testing/upload-fixtures';
import { MAX_ATTACHMENTS_PER_KIND } from '@cqo/contracts';

/**
 * Requests that race on one filing. On the PostgreSQL server (CI) they really run in parallel;
 * on the embedded database they take turns, and the same invariants must hold.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describeRaces('filing races', () => {
  it(`an edit racing a submit never leaves a submitted filing with data the checks refuse (${RACE_ROUNDS} rounds)`, async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const applicant = await t.userWithRoles(['applicant']);
      const created = await applicant.post(
        '/api/filings',
        filingBody(creditCode(`MA4R${String(round).padStart(4, '0')}`)),
      );
      expect(created.status).toBe(201);
      const id = created.body.id as string;
      await attachRequired(applicant, id);
      const [edit, submit] = await Promise.all([
        applicant.patch(`/api/filings/${id}`, { cqo: { idNumber: '12345', birthDate: null } }),
        applicant.post(`/api/filings/${id}/submit`),
      ]);
      const after = (await applicant.get(`/api/filings/${id}`)).body;
      outcomes.add(`${edit.status}/${submit.status}`);
      if (submit.status === 200) {
        // Submitted first: the edit was refused, and the filing holds what was checked.
        expect(edit.status).toBe(409);
        expect(after.status).toBe('submitted');
        expect(after.cqo.birthDate).toBe('1985-06-15');
        expect(after.cqo.idNumber.slice(-4)).toBe(ID.slice(-4));
      } else {
        // Edited first: the submit saw the bad data and refused it; the draft keeps the edit.
        expect(edit.status).toBe(200);
        expect(submit.status).toBe(400);
        expect(submit.body.code).toBe('FILING_INCOMPLETE');
        expect(after.status).toBe('draft');
        expect(after.cqo.birthDate).toBeNull();
      }
    }
    expect([...outcomes].every((o) => o === '409/200' || o === '200/400')).toBe(true);
  });

  it(`six parallel "new filing" requests of one applicant make exactly one (${RACE_ROUNDS} rounds)`, async () => {
    for (let round = 0; round < RACE_ROUNDS; round++) {
      const applicant = await t.userWithRoles(['applicant']);
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          applicant.post('/api/filings', { enterprise: { name: `并发企业${round}` } }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'FILING_OPEN_EXISTS')).toBe(
        true,
      );
      expect((await applicant.get('/api/filings')).body.total).toBe(1);
    }
  });

  it(`twelve parallel uploads of one kind store no more than the limit (${Math.ceil(RACE_ROUNDS / 5)} rounds)`, async () => {
    for (let round = 0; round < Math.ceil(RACE_ROUNDS / 5); round++) {
      const applicant = await t.userWithRoles(['applicant']);
      const id = (await applicant.post('/api/filings', {})).body.id as string;
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          applicant.upload(`/api/filings/${id}/attachments?kind=diploma`, {
            name: `学历${i}.pdf`,
            bytes: PDF,
          }),
        ),
      );
      const stored = answers.filter((a) => a.status === 201).length;
      expect(stored).toBe(MAX_ATTACHMENTS_PER_KIND);
      expect(answers.filter((a) => a.status !== 201).every((a) => a.body.code === 'ATTACHMENT_LIMIT')).toBe(
        true,
      );
      const listed = (await applicant.get(`/api/filings/${id}`)).body.attachments as { kind: string }[];
      expect(listed.filter((f) => f.kind === 'diploma')).toHaveLength(MAX_ATTACHMENTS_PER_KIND);
    }
  });
});
