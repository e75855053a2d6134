import { afterEach } from 'vitest';

// Tests that run the CLI with spawnSync block the worker's event loop; between tests only microtasks
// run, so vitest's replies to the worker wait in the message queue, and a file blocking for over 60 s
// in all ends with "Timeout calling onTaskUpdate" although every test passed. One macrotask turn after
// each test lets those replies in.
afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
