// A bad frontmatter must stop the build with a message that names the file and the field.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('chapter frontmatter validation', () => {
  it('fails the content sync, naming the file and the field, when order is not a number', async () => {
    const result = await run('npx', ['astro', 'sync'], {
      env: { ...process.env, UNROLLED_CHAPTERS: './tests/fixtures/bad-frontmatter' },
    }).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout: string; stderr: string }) => ({
        failed: true,
        output: `${error.stdout}\n${error.stderr}`,
      }),
    );
    expect(result.failed).toBe(true);
    expect(result.output).toContain('03-broken.mdx');
    expect(result.output).toMatch(/order.*Expected type `"number"`/);
  });
});
