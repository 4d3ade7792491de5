// When Chromium cannot be found the test command must say how to get it, not print a stack trace.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('ensure-chromium', () => {
  it('passes quietly when CHROMIUM_PATH points at an existing file', async () => {
    const { stdout, stderr } = await run(process.execPath, ['scripts/ensure-chromium.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: process.execPath },
    });
    expect(stdout + stderr).toBe('');
  });

  it('explains how to install Chromium when CHROMIUM_PATH names a missing binary', async () => {
    const error = await run(process.execPath, ['scripts/ensure-chromium.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('none was found at /nonexistent/chromium');
    expect(error?.stderr).toContain('apt-get install -y chromium');
    expect(error?.stderr).not.toMatch(/\n\s+at /);
  });
});
