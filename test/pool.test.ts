// createPool's settings for piscina (src/node/pool.ts), read off a stand-in for piscina: no thread is started.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => ({ options: [] as Record<string, unknown>[] }));
vi.mock('piscina', () => ({
  Piscina: class {
    constructor(options: Record<string, unknown>) {
      seen.options.push(options);
    }
    run(): Promise<never> {
      return Promise.reject(new Error('not started'));
    }
    close(): Promise<void> {
      return Promise.resolve();
    }
  },
}));

const { CLI_YOUNG_GENERATION_MB, createPool } = await import('../src/node/pool.js');

describe('createPool', () => {
  beforeEach(() => {
    seen.options.length = 0;
  });

  it('makes a fixed-size pool of the given size, tasks queued ahead in each worker', async () => {
    await createPool(3).close();
    expect(seen.options[0]).toMatchObject({ minThreads: 3, maxThreads: 3, concurrentTasksPerWorker: 4 });
  });

  it("leaves the workers' heap limits to V8 by default (the library's pool)", async () => {
    await createPool(2).close();
    expect(seen.options[0]).not.toHaveProperty('resourceLimits');
  });

  it("caps the young generation when asked (the CLI's pool)", async () => {
    await createPool(2, { youngGenerationMb: CLI_YOUNG_GENERATION_MB }).close();
    expect(seen.options[0]).toMatchObject({ resourceLimits: { maxYoungGenerationSizeMb: 16 } });
  });
});
