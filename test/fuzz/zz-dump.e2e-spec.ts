import { writeFileSync } from 'node:fs';
import { startTestApp } from '../support/test-app';
it('dumps the document', async () => {
  const t = await startTestApp();
  try {
    writeFileSync('/tmp/h-openapi-doc.json', JSON.stringify((await t.anon().get('/docs/openapi.json')).body, null, 2));
  } finally {
    await t.close();
  }
});
