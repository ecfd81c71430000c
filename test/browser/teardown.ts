import { rmSync } from 'node:fs';

export default function teardown(): void {
  const dir = process.env.CADRE_BROWSER_DATA;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
